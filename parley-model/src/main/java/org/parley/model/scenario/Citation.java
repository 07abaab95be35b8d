package org.parley.model.scenario;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A claim tied to a span of a source text.
 *
 * <p>The span is {@code [start, end)} in Unicode code points of the source text (not UTF-16 units, not
 * bytes), so that it means the same in every language a reader uses to check it. The repository never stores
 * the quoted words: tools read them from the source text, and the {@code paraphrase} says in our own words
 * what the span supports.
 *
 * @param source id of the {@link Source}
 * @param start first code point of the span
 * @param end one past the last code point of the span
 * @param kind on whose word the claim rests
 * @param speaker who said it, for {@link CitationKind#DIRECT}, {@link CitationKind#ATTRIBUTED} and
 *     {@link CitationKind#ANALYST} citations
 * @param count how many anonymous sources, where the report says
 * @param affiliation who the anonymous sources are (e.g. "Russian officials"), where the report says
 * @param paraphrase what the span supports, in our own words
 */
public record Citation(
        String source,
        int start,
        int end,
        CitationKind kind,
        Optional<String> speaker,
        OptionalInt count,
        Optional<String> affiliation,
        String paraphrase) {

    public Citation {
        Objects.requireNonNull(source, "source");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("citation span must satisfy 0 <= start < end");
        }
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(count, "count");
        Objects.requireNonNull(affiliation, "affiliation");
        Objects.requireNonNull(paraphrase, "paraphrase");
    }

    /** Who the claim rests on, in a few words. */
    public String attribution() {
        return switch (kind) {
            case ANONYMOUS ->
                (count.isPresent() ? count.getAsInt() + " " : "")
                        + "anonymous source" + (count.isPresent() && count.getAsInt() == 1 ? "" : "s")
                        + affiliation.map(a -> " (" + a + ")").orElse("");
            case REPORTED -> "the outlet";
            default -> speaker.orElse(kind.key());
        };
    }
}
