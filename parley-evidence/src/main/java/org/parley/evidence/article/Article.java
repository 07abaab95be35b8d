package org.parley.evidence.article;

import java.util.Objects;

/**
 * A news report to extract claims from.
 *
 * @param fileName the name of the file it was read from (without directories); also its identity
 * @param text the text, decoded from strict UTF-8
 * @param sha256 lower-case hex SHA-256 of the file's bytes
 * @param metadata outlet, title, date, author, url where known
 */
public record Article(String fileName, String text, String sha256, ArticleMetadata metadata) {
    public Article {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(metadata, "metadata");
    }

    /** The outlet, or "unknown outlet". */
    public String outlet() {
        return metadata.outlet().orElse("unknown outlet");
    }
}
