package org.parley.dealspace.genius;

import java.util.Objects;

/**
 * A problem found while importing a file.
 *
 * @param file the file name as given
 * @param line 1-based line, 0 when unknown
 * @param column 1-based column, 0 when unknown
 * @param code stable identifier of the kind of problem
 * @param message what is wrong, in one sentence
 * @param error true for errors (nothing is imported), false for warnings
 */
public record ImportDiagnostic(String file, int line, int column, Code code, String message, boolean error) {

    /** Kinds of import problems. */
    public enum Code {
        MALFORMED,
        TOO_LARGE,
        MISSING,
        BAD_NUMBER,
        OUT_OF_RANGE,
        UNKNOWN_ISSUE,
        UNSUPPORTED,
        NORMALISED
    }

    public ImportDiagnostic {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    /** {@code file:line:col: error CODE message}, as compilers print it. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + (error ? "error" : "warning") + " " + code + " " + message;
    }
}
