package org.parley.model.diagnostic;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem in user input.
 *
 * @param severity error or warning
 * @param code the problem's identity
 * @param at where in the file
 * @param path the element's path in the document, e.g. {@code positions[12].salience}; empty for the document
 * @param expected what the format expects there
 * @param found what the file has there
 * @param hint a suggestion (e.g. "did you mean 'salience'?"), may be empty
 */
public record Diagnostic(
        Severity severity,
        DiagnosticCode code,
        SourceLocation at,
        String path,
        String expected,
        String found,
        String hint)
        implements Comparable<Diagnostic> {

    private static final Comparator<Diagnostic> ORDER = Comparator.comparing(Diagnostic::at)
            .thenComparing(Diagnostic::severity)
            .thenComparing(Diagnostic::path)
            .thenComparing(Diagnostic::code);

    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(at, "at");
        path = path == null ? "" : path;
        expected = expected == null ? "" : expected;
        found = found == null ? "" : found;
        hint = hint == null ? "" : hint;
    }

    /** An error. */
    public static Diagnostic error(DiagnosticCode code, SourceLocation at, String path, String expected, String found) {
        return new Diagnostic(Severity.ERROR, code, at, path, expected, found, "");
    }

    /** A warning. */
    public static Diagnostic warning(
            DiagnosticCode code, SourceLocation at, String path, String expected, String found) {
        return new Diagnostic(Severity.WARNING, code, at, path, expected, found, "");
    }

    /** The same diagnostic with a hint. */
    public Diagnostic withHint(String newHint) {
        return new Diagnostic(severity, code, at, path, expected, found, newHint);
    }

    /** Whether this is an error. */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The message without location: what was expected and what was found, and the hint. */
    public String message() {
        StringBuilder sb = new StringBuilder();
        if (!expected.isEmpty()) {
            sb.append("expected ").append(expected);
        }
        if (!found.isEmpty()) {
            sb.append(sb.length() == 0 ? "found " : ", found ").append(found);
        }
        if (!hint.isEmpty()) {
            sb.append(sb.length() == 0 ? "" : "; ").append(hint);
        }
        return sb.toString();
    }

    /**
     * One line: {@code file:line:col: error OUT_OF_RANGE positions[12].salience: expected 0–100, found 140}.
     */
    @Override
    public String toString() {
        return at + ": " + severity.key() + " " + code + (path.isEmpty() ? "" : " " + path) + ": " + message();
    }

    @Override
    public int compareTo(Diagnostic other) {
        return ORDER.compare(this, other);
    }
}
