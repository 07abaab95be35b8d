package org.parley.server.edit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What changed between two revisions of a scenario, element by element: elements of the keyed collections
 * (sources, actors, issues, status quo, positions, facts, alternatives) are matched by their key — a
 * position by actor and issue — and reported as added, removed or changed with the fields that differ;
 * the scenario's own fields are compared one by one. Fields are flattened to paths
 * ({@code evidence[0].paraphrase}) with their values as JSON text.
 *
 * <p>Cost O(n) in the size of the two trees (hash matching of keys).
 */
public final class RevisionDiff {

    /** The kinds of change. */
    public enum Kind {
        ADDED,
        REMOVED,
        CHANGED
    }

    /**
     * One field that differs.
     *
     * @param field its path inside the element
     * @param before its value before, as JSON text ({@code null} when absent)
     * @param after its value after, as JSON text ({@code null} when absent)
     */
    public record FieldChange(String field, String before, String after) {
        public FieldChange {
            Objects.requireNonNull(field, "field");
        }
    }

    /**
     * One element that differs.
     *
     * @param kind added, removed or changed
     * @param collection the collection key ({@code positions}), or {@code scenario} for the scenario's fields
     * @param key the element's key ({@code russia/territory}), empty for the scenario's fields
     * @param fields the fields that differ (for added and removed: all of them)
     */
    public record Change(Kind kind, String collection, String key, List<FieldChange> fields) {
        public Change {
            fields = List.copyOf(fields);
        }
    }

    private static final Map<String, Function<JsonNode, String>> KEYS = new LinkedHashMap<>();

    static {
        KEYS.put("sources", e -> e.path("id").asString(""));
        KEYS.put("actors", e -> e.path("id").asString(""));
        KEYS.put("issues", e -> e.path("id").asString(""));
        KEYS.put("status_quo", e -> e.path("issue").asString(""));
        KEYS.put(
                "positions",
                e -> e.path("actor").asString("") + "/" + e.path("issue").asString(""));
        KEYS.put("facts", e -> e.path("id").asString(""));
        KEYS.put("alternatives", e -> e.path("actor").asString(""));
    }

    private RevisionDiff() {}

    /** The changes from {@code before} to {@code after}, scenario fields first, then collection by collection. */
    public static List<Change> between(ObjectNode before, ObjectNode after) {
        List<Change> changes = new ArrayList<>();
        Map<String, String> top0 = new LinkedHashMap<>();
        Map<String, String> top1 = new LinkedHashMap<>();
        for (String name : names(before, after)) {
            if (!KEYS.containsKey(name)) {
                flatten(name, before.get(name), top0);
                flatten(name, after.get(name), top1);
            }
        }
        List<FieldChange> topFields = compare(top0, top1);
        if (!topFields.isEmpty()) {
            changes.add(new Change(Kind.CHANGED, "scenario", "", topFields));
        }
        for (Map.Entry<String, Function<JsonNode, String>> c : KEYS.entrySet()) {
            Map<String, JsonNode> b = index(before.get(c.getKey()), c.getValue());
            Map<String, JsonNode> a = index(after.get(c.getKey()), c.getValue());
            for (Map.Entry<String, JsonNode> e : b.entrySet()) {
                JsonNode other = a.get(e.getKey());
                List<FieldChange> fields = compare(flat(e.getValue()), flat(other));
                if (other == null) {
                    changes.add(new Change(Kind.REMOVED, c.getKey(), e.getKey(), fields));
                } else if (!fields.isEmpty()) {
                    changes.add(new Change(Kind.CHANGED, c.getKey(), e.getKey(), fields));
                }
            }
            for (Map.Entry<String, JsonNode> e : a.entrySet()) {
                if (!b.containsKey(e.getKey())) {
                    changes.add(new Change(Kind.ADDED, c.getKey(), e.getKey(), compare(Map.of(), flat(e.getValue()))));
                }
            }
        }
        return changes;
    }

    private static Set<String> names(ObjectNode a, ObjectNode b) {
        Set<String> names = new LinkedHashSet<>(a.propertyNames());
        names.addAll(b.propertyNames());
        return names;
    }

    private static Map<String, JsonNode> index(JsonNode items, Function<JsonNode, String> key) {
        Map<String, JsonNode> map = new LinkedHashMap<>();
        if (items instanceof ArrayNode array) {
            for (JsonNode item : array) {
                map.putIfAbsent(key.apply(item), item);
            }
        }
        return map;
    }

    private static Map<String, String> flat(JsonNode element) {
        Map<String, String> out = new LinkedHashMap<>();
        if (element instanceof ObjectNode o) {
            for (Map.Entry<String, JsonNode> e : o.properties()) {
                flatten(e.getKey(), e.getValue(), out);
            }
        }
        return out;
    }

    private static void flatten(String path, JsonNode node, Map<String, String> out) {
        if (node == null || node.isMissingNode()) {
            return;
        }
        if (node instanceof ObjectNode o && !o.isEmpty()) {
            for (Map.Entry<String, JsonNode> e : o.properties()) {
                flatten(path + "." + e.getKey(), e.getValue(), out);
            }
        } else if (node instanceof ArrayNode a && a.size() > 0 && containsContainers(a)) {
            for (int i = 0; i < a.size(); i++) {
                flatten(path + "[" + i + "]", a.get(i), out);
            }
        } else {
            out.put(path, node.toString());
        }
    }

    private static boolean containsContainers(ArrayNode a) {
        for (JsonNode n : a) {
            if (n.isContainer()) {
                return true;
            }
        }
        return false;
    }

    private static List<FieldChange> compare(Map<String, String> before, Map<String, String> after) {
        List<FieldChange> out = new ArrayList<>();
        Set<String> fields = new LinkedHashSet<>(before.keySet());
        fields.addAll(after.keySet());
        for (String f : fields) {
            String b = before.get(f);
            String a = after.get(f);
            if (!Objects.equals(a, b)) {
                out.add(new FieldChange(f, b, a));
            }
        }
        return out;
    }
}
