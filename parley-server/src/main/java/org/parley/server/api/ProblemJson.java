package org.parley.server.api;

import java.util.List;
import java.util.Map;
import org.parley.model.diagnostic.Diagnostic;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one JSON shape of every error:
 *
 * <pre>{"status": 400, "code": "INVALID_SCENARIO", "detail": "…",
 *  "diagnostics": [{"severity": "error", "code": "OUT_OF_RANGE", "file": "scenario.yaml", "line": 14,
 *                   "column": 7, "path": "positions[12].salience", "field": "salience",
 *                   "expected": "…", "found": "140", "hint": "", "message": "expected …, found 140",
 *                   "text": "scenario.yaml:14:7: error OUT_OF_RANGE positions[12].salience: expected …"}]}</pre>
 *
 * {@code text} is the line the command line prints for the same problem. For edits (not located) there is
 * no file, line or column and {@code text} starts at the severity.
 */
public final class ProblemJson {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private ProblemJson() {}

    /** The body of a problem. */
    public static ObjectNode of(Problem p) {
        ObjectNode o = F.objectNode();
        o.put("status", p.status());
        o.put("code", p.code());
        o.put("detail", p.detail());
        o.set("diagnostics", diagnostics(p.diagnostics(), p.located()));
        for (Map.Entry<String, Object> e : p.extra().entrySet()) {
            o.set(e.getKey(), Json.MAPPER.valueToTree(e.getValue()));
        }
        return o;
    }

    /** Diagnostics as a JSON array. */
    public static ArrayNode diagnostics(List<Diagnostic> diagnostics, boolean located) {
        ArrayNode a = F.arrayNode();
        diagnostics.forEach(d -> a.add(diagnostic(d, located)));
        return a;
    }

    private static ObjectNode diagnostic(Diagnostic d, boolean located) {
        ObjectNode o = F.objectNode();
        o.put("severity", d.severity().key());
        o.put("code", d.code().name());
        if (located) {
            o.put("file", d.at().file());
            o.put("line", d.at().line());
            o.put("column", d.at().column());
        }
        o.put("path", d.path());
        o.put("field", EditPaths.field(d.path()));
        o.put("expected", d.expected());
        o.put("found", d.found());
        o.put("hint", d.hint());
        o.put("message", d.message());
        o.put(
                "text",
                located
                        ? d.toString()
                        : d.severity().key() + " " + d.code() + (d.path().isEmpty() ? "" : " " + d.path()) + ": "
                                + d.message());
        return o;
    }
}
