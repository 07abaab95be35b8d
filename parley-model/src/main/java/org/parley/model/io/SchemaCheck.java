package org.parley.model.io;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.parley.model.diagnostic.Diagnostic;
import org.parley.model.diagnostic.DiagnosticCode;
import org.parley.model.diagnostic.SourceLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checks a located tree against the published JSON Schema of the scenario format
 * ({@value #SCHEMA_RESOURCE}) and turns each schema error into a located {@link Diagnostic}: unknown keys
 * with a "did you mean" suggestion from the keys the schema allows at that place, missing keys, wrong types,
 * values out of range, values not among the allowed ones.
 */
public final class SchemaCheck {

    /** Class-path location of the scenario schema. */
    public static final String SCHEMA_RESOURCE = "/org/parley/model/scenario-v1.schema.json";

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();
    private static final JsonNode SCHEMA_NODE = readSchema();
    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(SCHEMA_NODE);

    private SchemaCheck() {}

    /** The schema document itself. */
    public static JsonNode schemaNode() {
        return SCHEMA_NODE.deepCopy();
    }

    private static JsonNode readSchema() {
        try (InputStream in = SchemaCheck.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("schema resource missing: " + SCHEMA_RESOURCE);
            }
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** All schema violations in the tree, located. */
    public static List<Diagnostic> check(Node root) {
        List<Diagnostic> out = new ArrayList<>();
        for (Error e : SCHEMA.validate(toJson(root))) {
            out.add(toDiagnostic(root, e));
        }
        return out;
    }

    /** The tree as a Jackson node (locations dropped). */
    static JsonNode toJson(Node node) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (node instanceof Node.MapNode map) {
            ObjectNode o = f.objectNode();
            map.entries().forEach((k, e) -> o.set(k, toJson(e.value())));
            return o;
        }
        if (node instanceof Node.ListNode list) {
            ArrayNode a = f.arrayNode();
            list.items().forEach(i -> a.add(toJson(i)));
            return a;
        }
        Object v = ((Node.Scalar) node).value();
        if (v == null) {
            return f.nullNode();
        }
        if (v instanceof String s) {
            return f.stringNode(s);
        }
        if (v instanceof Boolean b) {
            return f.booleanNode(b);
        }
        if (v instanceof Long l) {
            return f.numberNode(l);
        }
        if (v instanceof java.math.BigInteger big) {
            return f.numberNode(big);
        }
        return f.numberNode((Double) v);
    }

    private static Diagnostic toDiagnostic(Node root, Error e) {
        NodePath instance = e.getInstanceLocation();
        String path = Paths.render(instance);
        Node node = Paths.find(root, instance);
        SourceLocation at = node == null ? root.at() : node.at();
        String found = node == null ? "nothing" : node.describe();
        JsonNode keywordValue = e.getSchemaNode();
        String keyword = e.getKeyword() == null ? "" : e.getKeyword();
        switch (keyword) {
            case "additionalProperties": {
                String key = e.getProperty();
                Node.MapNode map = (Node.MapNode) node;
                Node.Entry entry = map.entries().get(key);
                List<String> allowed = allowedKeys(e);
                return Diagnostic.error(
                                DiagnosticCode.UNKNOWN_KEY,
                                entry == null ? at : entry.keyAt(),
                                Paths.child(path, key),
                                "one of the keys " + String.join(", ", allowed),
                                "'" + key + "'")
                        .withHint(Suggestions.didYouMean(key, allowed));
            }
            case "required":
                return Diagnostic.error(
                        DiagnosticCode.MISSING_KEY,
                        at,
                        Paths.child(path, e.getProperty()),
                        "the key '" + e.getProperty() + "'",
                        "");
            case "type":
                return Diagnostic.error(DiagnosticCode.WRONG_TYPE, at, path, typeName(keywordValue), found);
            case "minimum":
            case "maximum":
            case "exclusiveMinimum":
            case "exclusiveMaximum":
                return Diagnostic.error(DiagnosticCode.OUT_OF_RANGE, at, path, rangeText(root, e), found);
            case "enum":
                List<String> values = new ArrayList<>();
                keywordValue.forEach(v -> values.add(v.asString()));
                return Diagnostic.error(
                                DiagnosticCode.INVALID_VALUE, at, path, "one of " + String.join(", ", values), found)
                        .withHint(
                                node instanceof Node.Scalar s && s.value() instanceof String str
                                        ? Suggestions.didYouMean(str, values)
                                        : "");
            case "const":
                if (path.equals("parley")) {
                    return Diagnostic.error(DiagnosticCode.UNSUPPORTED_VERSION, at, path, "format version 1", found);
                }
                return Diagnostic.error(DiagnosticCode.INVALID_VALUE, at, path, keywordValue.toString(), found);
            case "pattern":
                return Diagnostic.error(
                        DiagnosticCode.INVALID_VALUE, at, path, patternText(keywordValue.asString()), found);
            case "minItems":
            case "maxItems":
            case "minLength":
            case "maxLength":
            case "minProperties":
                return Diagnostic.error(DiagnosticCode.INVALID_VALUE, at, path, sizeText(keyword, keywordValue), found);
            default:
                return Diagnostic.error(DiagnosticCode.INVALID_VALUE, at, path, e.getMessage(), found);
        }
    }

    private static List<String> allowedKeys(Error e) {
        NodePath fragment = e.getSchemaLocation().getFragment().getParent();
        JsonNode schema = SCHEMA_NODE;
        for (int i = 0; i < fragment.getNameCount() && schema != null; i++) {
            Object el = fragment.getElement(i);
            schema = el instanceof Integer idx ? schema.get(idx) : schema.get(el.toString());
        }
        List<String> keys = new ArrayList<>();
        if (schema != null && schema.get("properties") != null) {
            for (Map.Entry<String, JsonNode> p : schema.get("properties").properties()) {
                keys.add(p.getKey());
            }
        }
        return keys;
    }

    private static String typeName(JsonNode type) {
        if (type == null) {
            return "another type";
        }
        if (type.isArray()) {
            List<String> names = new ArrayList<>();
            type.forEach(t -> names.add(article(t.asString())));
            return String.join(" or ", names);
        }
        return article(type.asString());
    }

    private static String article(String type) {
        switch (type) {
            case "object":
                return "a mapping";
            case "array":
                return "a list";
            case "integer":
                return "a whole number";
            case "number":
                return "a number";
            case "string":
                return "text";
            case "boolean":
                return "true or false";
            default:
                return type;
        }
    }

    private static String rangeText(Node root, Error e) {
        String kw = e.getKeyword();
        String limit = e.getSchemaNode().asString();
        switch (kw) {
            case "minimum":
                return "a number >= " + limit;
            case "maximum":
                return "a number <= " + limit;
            case "exclusiveMinimum":
                return "a number > " + limit;
            default:
                return "a number < " + limit;
        }
    }

    private static String sizeText(String keyword, JsonNode value) {
        String n = value.asString();
        switch (keyword) {
            case "minItems":
                return "at least " + n + " item(s)";
            case "maxItems":
                return "at most " + n + " item(s)";
            case "minLength":
                return "at least " + n + " character(s)";
            case "maxLength":
                return "at most " + n + " character(s)";
            default:
                return "at least " + n + " key(s)";
        }
    }

    private static String patternText(String pattern) {
        switch (pattern) {
            case "^[a-z0-9][a-z0-9_.-]{0,63}$":
                return "an id: lower-case letters, digits, '_', '.', '-', starting with a letter or digit, at most 64";
            case "^[0-9]{4}-[0-9]{2}-[0-9]{2}$":
                return "a date as YYYY-MM-DD";
            case "^[0-9a-f]{64}$":
                return "a SHA-256 as 64 lower-case hex digits";
            case "^https?://":
                return "an http(s) URL";
            default:
                return "text matching " + pattern;
        }
    }
}
