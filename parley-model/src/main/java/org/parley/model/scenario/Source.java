package org.parley.model.scenario;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A report that evidence is drawn from.
 *
 * @param id short identifier used by citations
 * @param outlet who published it (e.g. a news agency)
 * @param title the report's headline
 * @param date publication date
 * @param url where it was published, if known
 * @param file name of the plain-text copy inside a sources directory, if there is one
 * @param sha256 lower-case hex SHA-256 of that file's bytes, so that a citation cannot silently point into a
 *     changed text; required when {@code file} is given
 */
public record Source(
        String id,
        String outlet,
        String title,
        LocalDate date,
        Optional<String> url,
        Optional<String> file,
        Optional<String> sha256) {

    public Source {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(sha256, "sha256");
        if (file.isPresent() != sha256.isPresent()) {
            throw new IllegalArgumentException("source " + id + ": file and sha256 go together");
        }
    }
}
