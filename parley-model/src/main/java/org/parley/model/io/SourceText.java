package org.parley.model.io;

import java.util.Objects;

/**
 * The text of a source with its SHA-256, addressed in Unicode code points.
 *
 * @param fileName the file it was read from
 * @param text the decoded text
 * @param sha256 lower-case hex SHA-256 of the file's bytes
 */
public record SourceText(String fileName, String text, String sha256) {

    public SourceText {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sha256, "sha256");
    }

    /** Length in code points. */
    public int length() {
        return text.codePointCount(0, text.length());
    }

    /** The text of the code-point span {@code [start, end)}; the span must lie inside the text. */
    public String span(int start, int end) {
        if (start < 0 || end < start || end > length()) {
            throw new IndexOutOfBoundsException("span [" + start + ", " + end + ") outside text of " + length());
        }
        int from = text.offsetByCodePoints(0, start);
        int to = text.offsetByCodePoints(from, end - start);
        return text.substring(from, to);
    }
}
