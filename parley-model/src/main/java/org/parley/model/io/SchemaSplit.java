package org.parley.model.io;

import java.util.HashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The schema split for element-wise checking: {@code shallow} checks the document without the items of
 * the top-level lists in {@code items}, and {@code items} checks one item of each such list. A top-level
 * list qualifies when its schema says no more than "an array (of at least one item) of items like this",
 * so that its items' errors do not depend on one another.
 */
record SchemaSplit(FastSchema.Rule shallow, Map<String, FastSchema.Rule> items) {

    /** The split of a schema, or null when it uses keywords outside the subset. */
    static SchemaSplit of(JsonNode schema) {
        try {
            ObjectNode shallow = (ObjectNode) schema.deepCopy();
            Map<String, FastSchema.Rule> items = new HashMap<>();
            JsonNode props = shallow.get("properties");
            if (props != null && props.isObject()) {
                for (Map.Entry<String, JsonNode> p : props.properties()) {
                    if (elementWise(p.getValue())) {
                        items.put(
                                p.getKey(), FastSchema.compile(schema, "/properties/" + escape(p.getKey()) + "/items"));
                        ((ObjectNode) p.getValue()).remove("items");
                    }
                }
            }
            return new SchemaSplit(FastSchema.compile(shallow), Map.copyOf(items));
        } catch (FastSchema.Unsupported e) {
            return null;
        }
    }

    private static boolean elementWise(JsonNode s) {
        if (!s.isObject() || !s.has("items") || !"array".equals(s.path("type").asString(""))) {
            return false;
        }
        for (Map.Entry<String, JsonNode> e : s.properties()) {
            String k = e.getKey();
            boolean ok = k.equals("type")
                    || k.equals("items")
                    || FastSchema.ANNOTATIONS.contains(k)
                    || (k.equals("minItems") && e.getValue().asLong() <= 1);
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
