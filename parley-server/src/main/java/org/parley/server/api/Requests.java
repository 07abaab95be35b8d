package org.parley.server.api;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.parley.model.diagnostic.Diagnostic;
import org.parley.model.diagnostic.DiagnosticCode;
import org.parley.model.diagnostic.SourceLocation;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads what a request says, checked: path parameters (ids in the scenario format's id syntax, revision
 * numbers), query parameters and JSON bodies. Every failure becomes a {@link Problem} with diagnostics
 * naming the parameter or field at fault. No request value is ever used as a file path.
 */
public final class Requests {

    /** The id syntax of the scenario format. */
    public static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_.-]{0,63}");

    private static final Pattern SAFE_FILE_NAME = Pattern.compile("[A-Za-z0-9._-]{1,100}");
    private static final SourceLocation REQUEST = SourceLocation.ofFile("request");

    private Requests() {}

    /** A path parameter that must be an id. */
    public static String id(Context ctx, String name) {
        String value = ctx.pathParam(name);
        if (!ID.matcher(value).matches()) {
            throw new ProblemException(Problem.notFound("'" + abbreviate(value) + "' (not a valid " + name + ")"));
        }
        return value;
    }

    /** A path parameter that must be a revision number. */
    public static int revision(Context ctx, String name) {
        return positive(ctx.pathParam(name), name, true);
    }

    /** A required query parameter that must be a positive number. */
    public static int queryRevision(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null) {
            throw invalid(name, DiagnosticCode.MISSING_KEY, "a revision number", "nothing");
        }
        return positive(value, name, false);
    }

    private static int positive(String value, String name, boolean inPath) {
        try {
            int n = Integer.parseInt(value);
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        if (inPath) {
            throw new ProblemException(Problem.notFound("Revision '" + abbreviate(value) + "'"));
        }
        throw invalid(name, DiagnosticCode.INVALID_VALUE, "a revision number (1, 2, …)", "'" + abbreviate(value) + "'");
    }

    /**
     * The name an upload is reported under in diagnostics: the {@code filename} query parameter reduced to a
     * plain name, or a default by content type. Only ever shown, never opened.
     */
    public static String uploadName(Context ctx) {
        String given = ctx.queryParam("filename");
        if (given != null) {
            String base = given.replace('\\', '/');
            base = base.substring(base.lastIndexOf('/') + 1);
            if (SAFE_FILE_NAME.matcher(base).matches() && !base.startsWith(".")) {
                return base;
            }
        }
        String type = ctx.contentType() == null ? "" : ctx.contentType();
        return type.contains("json") ? "upload.json" : "upload.yaml";
    }

    /** The body as a JSON object, or 400 naming the line and column of the syntax error. */
    public static ObjectNode jsonBody(Context ctx) {
        String text = new String(ctx.bodyAsBytes(), StandardCharsets.UTF_8);
        try {
            JsonNode node = Json.MAPPER.readTree(text);
            if (node instanceof ObjectNode o) {
                return o;
            }
            throw invalid(
                    "",
                    DiagnosticCode.WRONG_TYPE,
                    "a JSON object",
                    node == null ? "nothing" : node.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
        } catch (JacksonException e) {
            var loc = e.getLocation();
            int line = loc == null ? 0 : Math.max(0, loc.getLineNr());
            int column = loc == null ? 0 : Math.max(0, loc.getColumnNr());
            throw new ProblemException(new Problem(
                    400,
                    "INVALID_REQUEST",
                    "The request body is not valid JSON.",
                    List.of(Diagnostic.error(
                            DiagnosticCode.SYNTAX,
                            new SourceLocation("request", line, line == 0 ? 0 : column),
                            "",
                            "a JSON object",
                            e.getOriginalMessage())),
                    true,
                    java.util.Map.of()));
        }
    }

    /**
     * The envelope of an edit: {@code base_revision}, {@code message}, optional {@code author}, and the
     * object under {@code payloadKey} ({@code changes} or {@code element}); every missing or wrong field is
     * reported at once.
     */
    public static EditEnvelope editEnvelope(ObjectNode body, String payloadKey) {
        List<Diagnostic> errors = new ArrayList<>();
        JsonNode base = body.get("base_revision");
        if (base == null) {
            errors.add(
                    error("base_revision", DiagnosticCode.MISSING_KEY, "the revision the edit was made on", "nothing"));
        } else if (!base.isIntegralNumber() || base.asLong() < 1 || base.asLong() > Integer.MAX_VALUE) {
            errors.add(error(
                    "base_revision", DiagnosticCode.INVALID_VALUE, "a revision number (1, 2, …)", base.toString()));
        }
        String message = text(body, "message", true, 4000, errors);
        String author = text(body, "author", false, 200, errors);
        JsonNode payload = payloadKey == null ? null : body.get(payloadKey);
        if (payloadKey != null && !(payload instanceof ObjectNode)) {
            errors.add(error(
                    payloadKey,
                    payload == null ? DiagnosticCode.MISSING_KEY : DiagnosticCode.WRONG_TYPE,
                    "an object",
                    payload == null ? "nothing" : payload.toString()));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.invalidEdit(errors));
        }
        return new EditEnvelope(
                (int) base.asLong(),
                message,
                author == null || author.isBlank() ? EditEnvelope.DEFAULT_AUTHOR : author.strip(),
                payload instanceof ObjectNode o ? o : Json.object());
    }

    /** Message and author from query parameters (for uploads and deletions, whose bodies are not JSON). */
    public static EditEnvelope queryEnvelope(Context ctx) {
        int base = queryRevision(ctx, "base_revision");
        ObjectNode fields = Json.object();
        if (ctx.queryParam("message") != null) {
            fields.put("message", ctx.queryParam("message"));
        }
        if (ctx.queryParam("author") != null) {
            fields.put("author", ctx.queryParam("author"));
        }
        fields.put("base_revision", base);
        return editEnvelope(fields, null);
    }

    private static String text(ObjectNode body, String field, boolean required, int max, List<Diagnostic> errors) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            if (required) {
                errors.add(error(field, DiagnosticCode.MISSING_KEY, "a short text saying why", "nothing"));
            }
            return null;
        }
        if (!node.isString()) {
            errors.add(error(field, DiagnosticCode.WRONG_TYPE, "text", node.toString()));
            return null;
        }
        String s = node.asString();
        if (required && s.isBlank()) {
            errors.add(error(field, DiagnosticCode.INVALID_VALUE, "a short text saying why", "an empty text"));
        } else if (s.length() > max) {
            errors.add(error(
                    field, DiagnosticCode.OUT_OF_RANGE, "at most " + max + " characters", s.length() + " characters"));
        }
        return s;
    }

    private static Diagnostic error(String path, DiagnosticCode code, String expected, String found) {
        return Diagnostic.error(code, REQUEST, path, expected, found);
    }

    private static ProblemException invalid(String path, DiagnosticCode code, String expected, String found) {
        return new ProblemException(Problem.invalidEdit(List.of(error(path, code, expected, found))));
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
