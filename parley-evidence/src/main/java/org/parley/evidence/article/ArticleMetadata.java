package org.parley.evidence.article;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What is known about a report besides its text. Every field is optional; {@link #orElse(ArticleMetadata)}
 * combines sources of metadata in order of precedence (flags, then sidecar file, then header lines).
 *
 * @param outlet who published it
 * @param title the headline
 * @param date publication date
 * @param author the byline
 * @param url where it was published
 */
public record ArticleMetadata(
        Optional<String> outlet,
        Optional<String> title,
        Optional<LocalDate> date,
        Optional<String> author,
        Optional<String> url) {

    /** No metadata. */
    public static final ArticleMetadata EMPTY = new ArticleMetadata(
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    public ArticleMetadata {
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(url, "url");
    }

    /** This metadata, with each missing field taken from {@code fallback}. */
    public ArticleMetadata orElse(ArticleMetadata fallback) {
        return new ArticleMetadata(
                outlet.or(fallback::outlet),
                title.or(fallback::title),
                date.or(fallback::date),
                author.or(fallback::author),
                url.or(fallback::url));
    }

    /** The same metadata with an outlet. */
    public ArticleMetadata withOutlet(String value) {
        return new ArticleMetadata(Optional.of(value), title, date, author, url);
    }

    /** The same metadata with a date. */
    public ArticleMetadata withDate(LocalDate value) {
        return new ArticleMetadata(outlet, title, Optional.of(value), author, url);
    }
}
