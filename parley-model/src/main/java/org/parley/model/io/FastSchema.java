package org.parley.model.io;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * A fast yes/no check of a located tree against a JSON Schema, for the subset of draft 2020-12 keywords the
 * scenario schema uses (compiled from the schema document itself, so the schema file stays the single
 * description of the format).
 *
 * <p>It answers only "valid or not"; the reference validator (networknt) still produces every error message.
 * The check is conservative: whenever a value's validity could depend on a detail of the reference
 * implementation (integral doubles, big integers, line terminators under a pattern, code points versus
 * chars), it answers "not valid" and leaves the verdict to the reference. So it may send a valid element to
 * the reference, but never passes an element the reference would reject ({@code SchemaCheckAgreementTest}).
 * A schema using any other keyword is refused with {@link Unsupported}.
 */
final class FastSchema {

    /** A schema keyword this checker does not implement. */
    static final class Unsupported extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unsupported(String message) {
            super(message);
        }
    }

    /** One compiled (sub)schema. */
    interface Rule {
        boolean valid(Node node);
    }

    static final Set<String> ANNOTATIONS =
            Set.of("$schema", "$id", "$comment", "$defs", "title", "description", "examples", "default");
    private static final double SAFE_INTEGER = 9007199254740992.0; // 2^53

    private final JsonNode document;
    private final Map<String, Rule> byPointer = new HashMap<>();

    private FastSchema(JsonNode document) {
        this.document = document;
    }

    /** Compiles a whole schema document; throws {@link Unsupported} for keywords outside the subset. */
    static Rule compile(JsonNode document) {
        FastSchema s = new FastSchema(document);
        return s.rule(document);
    }

    /** Compiles a schema document, then the subschema at a JSON pointer inside it (e.g. {@code /properties/x}). */
    static Rule compile(JsonNode document, String pointer) {
        FastSchema s = new FastSchema(document);
        s.rule(document);
        return s.ref("#" + pointer);
    }

    private Rule ref(String ref) {
        if (!ref.startsWith("#")) {
            throw new Unsupported("$ref " + ref);
        }
        String pointer = ref.substring(1);
        Rule known = byPointer.get(pointer);
        if (known != null) {
            return known;
        }
        JsonNode target = document.at(pointer);
        if (target == null || target.isMissingNode()) {
            throw new Unsupported("$ref " + ref);
        }
        Rule[] slot = new Rule[1];
        byPointer.put(pointer, n -> slot[0].valid(n));
        slot[0] = rule(target);
        return slot[0];
    }

    private Rule rule(JsonNode schema) {
        if (schema.isBoolean()) {
            boolean b = schema.asBoolean();
            return n -> b;
        }
        if (!schema.isObject()) {
            throw new Unsupported("schema " + schema);
        }
        List<Rule> rules = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : schema.properties()) {
            String kw = e.getKey();
            JsonNode v = e.getValue();
            if (ANNOTATIONS.contains(kw) || kw.equals("then") || kw.equals("else")) {
                continue;
            }
            rules.add(keyword(kw, v, schema));
        }
        Rule[] all = rules.toArray(new Rule[0]);
        return n -> {
            for (Rule r : all) {
                if (!r.valid(n)) {
                    return false;
                }
            }
            return true;
        };
    }

    private Rule keyword(String kw, JsonNode v, JsonNode schema) {
        switch (kw) {
            case "$ref":
                return ref(v.asString());
            case "type":
                return type(v);
            case "const":
                checkConst(v);
                return n -> equalsConst(n, v);
            case "enum": {
                List<JsonNode> values = new ArrayList<>();
                v.forEach(c -> values.add(checkConst(c)));
                return n -> values.stream().anyMatch(c -> equalsConst(n, c));
            }
            case "pattern": {
                Pattern p = Pattern.compile(v.asString());
                // ids and dates repeat across elements: remember the verdict for a bounded number of texts
                Map<String, Boolean> seen = new ConcurrentHashMap<>();
                return n -> {
                    if (!(text(n) instanceof String s)) {
                        return true;
                    }
                    Boolean known = seen.get(s);
                    if (known == null) {
                        known = plain(s) && p.matcher(s).find();
                        if (seen.size() < 8192) {
                            seen.put(s, known);
                        }
                    }
                    return known;
                };
            }
            case "minLength": {
                long min = v.asLong();
                return n -> !(text(n) instanceof String s) || (s.length() >= min && cp(s) >= min);
            }
            case "maxLength": {
                long max = v.asLong();
                return n -> !(text(n) instanceof String s) || (s.length() <= max && cp(s) <= max);
            }
            case "minimum":
            case "maximum":
            case "exclusiveMinimum":
            case "exclusiveMaximum":
                return range(kw, v);
            case "minItems": {
                long min = v.asLong();
                return n -> !(n instanceof Node.ListNode l) || l.items().size() >= min;
            }
            case "maxItems": {
                long max = v.asLong();
                return n -> !(n instanceof Node.ListNode l) || l.items().size() <= max;
            }
            case "minProperties": {
                long min = v.asLong();
                return n -> !(n instanceof Node.MapNode m) || m.size() >= min;
            }
            case "maxProperties": {
                long max = v.asLong();
                return n -> !(n instanceof Node.MapNode m) || m.size() <= max;
            }
            case "required": {
                List<String> keys = new ArrayList<>();
                v.forEach(k -> keys.add(k.asString()));
                return n -> !(n instanceof Node.MapNode m) || keys.stream().allMatch(m::has);
            }
            case "properties": {
                Map<String, Rule> props = new HashMap<>();
                for (Map.Entry<String, JsonNode> p : v.properties()) {
                    props.put(p.getKey(), rule(p.getValue()));
                }
                return n -> {
                    if (n instanceof Node.MapNode m) {
                        for (int i = 0; i < m.size(); i++) {
                            Rule r = props.get(m.keys().get(i));
                            if (r != null && !r.valid(m.value(i))) {
                                return false;
                            }
                        }
                    }
                    return true;
                };
            }
            case "additionalProperties":
                return additional(v, schema);
            case "propertyNames": {
                Rule names = rule(v);
                return n -> !(n instanceof Node.MapNode m)
                        || m.keys().stream().allMatch(k -> names.valid(new Node.Scalar("", 0, k)));
            }
            case "items": {
                if (!v.isObject() && !v.isBoolean()) {
                    throw new Unsupported("items " + v);
                }
                Rule item = rule(v);
                return n ->
                        !(n instanceof Node.ListNode l) || l.items().stream().allMatch(item::valid);
            }
            case "allOf": {
                List<Rule> parts = new ArrayList<>();
                v.forEach(s -> parts.add(rule(s)));
                return n -> parts.stream().allMatch(r -> r.valid(n));
            }
            case "if": {
                Rule cond = rule(v);
                Rule then = schema.has("then") ? rule(schema.get("then")) : n -> true;
                Rule otherwise = schema.has("else") ? rule(schema.get("else")) : n -> true;
                return n -> cond.valid(n) ? then.valid(n) : otherwise.valid(n);
            }
            default:
                throw new Unsupported("keyword " + kw);
        }
    }

    private Rule additional(JsonNode v, JsonNode schema) {
        if (schema.has("patternProperties")) {
            throw new Unsupported("patternProperties");
        }
        Set<String> declared = new HashSet<>();
        if (schema.has("properties")) {
            schema.get("properties").properties().forEach(p -> declared.add(p.getKey()));
        }
        Rule extra = rule(v);
        return n -> {
            if (n instanceof Node.MapNode m) {
                for (int i = 0; i < m.size(); i++) {
                    if (!declared.contains(m.keys().get(i)) && !extra.valid(m.value(i))) {
                        return false;
                    }
                }
            }
            return true;
        };
    }

    private static Rule type(JsonNode v) {
        List<String> names = new ArrayList<>();
        if (v.isArray()) {
            v.forEach(t -> names.add(t.asString()));
        } else {
            names.add(v.asString());
        }
        for (String t : names) {
            if (!Set.of("object", "array", "string", "number", "integer", "boolean", "null")
                    .contains(t)) {
                throw new Unsupported("type " + t);
            }
        }
        String[] types = names.toArray(new String[0]);
        return n -> {
            for (String t : types) {
                if (hasType(n, t)) {
                    return true;
                }
            }
            return false;
        };
    }

    private static boolean hasType(Node n, String type) {
        if (n instanceof Node.MapNode) {
            return type.equals("object");
        }
        if (n instanceof Node.ListNode) {
            return type.equals("array");
        }
        Object v = ((Node.Scalar) n).value();
        switch (type) {
            case "string":
                return v instanceof String;
            case "boolean":
                return v instanceof Boolean;
            case "null":
                return v == null;
            case "integer":
                return v instanceof Long; // an integral double is left to the reference
            case "number":
                return v instanceof Long || v instanceof Double;
            default:
                return false;
        }
    }

    private static Rule range(String kw, JsonNode v) {
        if (!v.isNumber()) {
            throw new Unsupported(kw + " " + v);
        }
        double limit = v.asDouble();
        return n -> {
            if (!(n instanceof Node.Scalar s) || !(s.value() instanceof Number num)) {
                return true;
            }
            if (num instanceof BigInteger || Math.abs(num.doubleValue()) >= SAFE_INTEGER) {
                return false;
            }
            double d = num.doubleValue();
            switch (kw) {
                case "minimum":
                    return d >= limit;
                case "maximum":
                    return d <= limit;
                case "exclusiveMinimum":
                    return d > limit;
                default:
                    return d < limit;
            }
        };
    }

    private static JsonNode checkConst(JsonNode c) {
        if (!(c.isString() || c.isBoolean() || c.isNull() || (c.isIntegralNumber() && c.canConvertToLong()))) {
            throw new Unsupported("const " + c);
        }
        return c;
    }

    /** Equality with a const/enum value; numbers compare only as exact longs (anything else: not equal). */
    private static boolean equalsConst(Node n, JsonNode c) {
        if (!(n instanceof Node.Scalar s)) {
            return false;
        }
        Object v = s.value();
        if (c.isString()) {
            return c.asString().equals(v);
        }
        if (c.isBoolean()) {
            return v instanceof Boolean b && b == c.asBoolean();
        }
        if (c.isNull()) {
            return v == null;
        }
        return v instanceof Long l && l == c.asLong();
    }

    private static Object text(Node n) {
        return n instanceof Node.Scalar s ? s.value() : null;
    }

    /** No control characters or Unicode line terminators (where regex dialects differ on '$'). */
    private static boolean plain(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == 0x7f || c == 0x85 || c == 0x2028 || c == 0x2029) {
                return false;
            }
        }
        return true;
    }

    private static int cp(String s) {
        return s.codePointCount(0, s.length());
    }
}
