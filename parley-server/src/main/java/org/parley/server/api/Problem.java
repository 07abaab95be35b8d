package org.parley.server.api;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.parley.model.diagnostic.Diagnostic;

/**
 * Why a request failed, as a value: the HTTP status, a stable code, a sentence, and — for invalid input —
 * the located diagnostics. Rendered as one JSON shape by {@link ProblemJson}, whatever the failure.
 *
 * @param status the HTTP status
 * @param code stable identity of the failure, e.g. {@code INVALID_SCENARIO}, {@code STALE_REVISION}
 * @param detail one sentence for a person
 * @param diagnostics located problems in the input (empty when the input is not at fault)
 * @param located whether the diagnostics' file:line:column mean something (uploads) or only their paths do
 *     (edits)
 * @param extra further fields, e.g. the current head revision of a 409
 */
public record Problem(
        int status,
        String code,
        String detail,
        List<Diagnostic> diagnostics,
        boolean located,
        Map<String, Object> extra) {

    public Problem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(detail, "detail");
        diagnostics = List.copyOf(diagnostics);
        extra = Map.copyOf(extra);
    }

    /** A problem without diagnostics. */
    public static Problem of(int status, String code, String detail) {
        return new Problem(status, code, detail, List.of(), false, Map.of());
    }

    /** 400: an uploaded scenario file has errors, located by file:line:column. */
    public static Problem invalidScenario(List<Diagnostic> diagnostics) {
        return new Problem(
                400,
                "INVALID_SCENARIO",
                "The scenario has " + errorCount(diagnostics) + " error(s); nothing was saved.",
                diagnostics,
                true,
                Map.of());
    }

    /** 400: an edit or a request body has errors, located by field path. */
    public static Problem invalidEdit(List<Diagnostic> diagnostics) {
        return new Problem(
                400,
                "INVALID_EDIT",
                "The edit has " + errorCount(diagnostics) + " error(s); nothing was saved.",
                diagnostics,
                false,
                Map.of());
    }

    /** 404. */
    public static Problem notFound(String what) {
        return of(404, "NOT_FOUND", what + " does not exist.");
    }

    /** 409: the edit was made on a revision that is no longer the latest. */
    public static Problem stale(int base, int head) {
        return new Problem(
                409,
                "STALE_REVISION",
                "The edit was made on revision " + base + " but the scenario is now at revision " + head
                        + "; nothing was saved. Reload, re-apply the change and save again.",
                List.of(),
                false,
                Map.of("base_revision", base, "head_revision", head));
    }

    /** The same problem with another extra field. */
    public Problem with(String key, Object value) {
        var map = new java.util.LinkedHashMap<>(extra);
        map.put(key, value);
        return new Problem(status, code, detail, diagnostics, located, map);
    }

    private static long errorCount(List<Diagnostic> diagnostics) {
        return diagnostics.stream().filter(Diagnostic::isError).count();
    }
}
