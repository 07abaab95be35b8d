package org.parley.model.diagnostic;

import java.util.Comparator;
import java.util.Objects;

/**
 * A place in an input file: 1-based line and column (columns count Unicode code points).
 *
 * @param file the file name as the user gave it
 * @param line line number, from 1; 0 when the problem concerns the file as a whole
 * @param column column number, from 1; 0 when unknown
 */
public record SourceLocation(String file, int line, int column) implements Comparable<SourceLocation> {

    private static final Comparator<SourceLocation> ORDER = Comparator.comparing(SourceLocation::file)
            .thenComparingInt(SourceLocation::line)
            .thenComparingInt(SourceLocation::column);

    public SourceLocation {
        Objects.requireNonNull(file, "file");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must be >= 0");
        }
    }

    /** The location of a file as a whole. */
    public static SourceLocation ofFile(String file) {
        return new SourceLocation(file, 0, 0);
    }

    @Override
    public int compareTo(SourceLocation other) {
        return ORDER.compare(this, other);
    }

    /** {@code file:line:column}, or {@code file} alone for the whole file. */
    @Override
    public String toString() {
        if (line == 0) {
            return file;
        }
        return file + ":" + line + (column == 0 ? "" : ":" + column);
    }
}
