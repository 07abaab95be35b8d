package org.parley.server.edit;

import java.util.Map;
import java.util.Objects;
import org.parley.server.api.Outcome;
import org.parley.server.api.Problem;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A change to one element of a scenario, applied to its scenario-file tree (the JSON form written by
 * {@code ScenarioWriter}). Applying never validates: the changed tree goes through the scenario loader like
 * any upload, so an edit is held to exactly the checks of a file.
 */
public sealed interface ScenarioEdit {

    /**
     * Applies the edit to a copy of {@code scenario}; the original is not changed.
     *
     * @return the changed tree and the index of the changed element in its collection (-1 when removed), or
     *     404 when the element does not exist
     */
    Outcome<Applied> applyTo(ObjectNode scenario);

    /** A changed tree and where the element is in it. */
    record Applied(ObjectNode scenario, ElementRef.Collection collection, int index) {}

    /**
     * Changes fields of an element, as a JSON merge patch (RFC 7386): a field set to {@code null} is removed,
     * objects merge, anything else replaces.
     */
    record Patch(ElementRef target, ObjectNode changes) implements ScenarioEdit {
        public Patch {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(changes, "changes");
        }

        @Override
        public Outcome<Applied> applyTo(ObjectNode scenario) {
            ObjectNode copy = scenario.deepCopy();
            ArrayNode items = ScenarioEdit.collection(copy, target.collection());
            for (int i = 0; i < items.size(); i++) {
                if (target.matches(items.get(i)) && items.get(i) instanceof ObjectNode element) {
                    merge(element, changes);
                    return Outcome.ok(new Applied(copy, target.collection(), i));
                }
            }
            return Outcome.failed(Problem.notFound(capitalise(target.describe())));
        }
    }

    /** Adds an element at the end of its collection. */
    record Add(ElementRef.Collection collection, ObjectNode element) implements ScenarioEdit {
        public Add {
            Objects.requireNonNull(collection, "collection");
            Objects.requireNonNull(element, "element");
        }

        @Override
        public Outcome<Applied> applyTo(ObjectNode scenario) {
            ObjectNode copy = scenario.deepCopy();
            ArrayNode items = ScenarioEdit.collection(copy, collection);
            items.add(element.deepCopy());
            return Outcome.ok(new Applied(copy, collection, items.size() - 1));
        }
    }

    /** Removes an element. */
    record Remove(ElementRef target) implements ScenarioEdit {
        public Remove {
            Objects.requireNonNull(target, "target");
        }

        @Override
        public Outcome<Applied> applyTo(ObjectNode scenario) {
            ObjectNode copy = scenario.deepCopy();
            ArrayNode items = ScenarioEdit.collection(copy, target.collection());
            for (int i = 0; i < items.size(); i++) {
                if (target.matches(items.get(i))) {
                    items.remove(i);
                    return Outcome.ok(new Applied(copy, target.collection(), -1));
                }
            }
            return Outcome.failed(Problem.notFound(capitalise(target.describe())));
        }
    }

    /** The array of a collection in a scenario tree (created empty when absent). */
    static ArrayNode collection(ObjectNode scenario, ElementRef.Collection collection) {
        JsonNode node = scenario.get(collection.key());
        if (node instanceof ArrayNode array) {
            return array;
        }
        return scenario.putArray(collection.key());
    }

    /** RFC 7386 merge of {@code patch} into {@code target}, in place. */
    static void merge(ObjectNode target, ObjectNode patch) {
        for (Map.Entry<String, JsonNode> e : patch.properties()) {
            JsonNode value = e.getValue();
            if (value.isNull()) {
                target.remove(e.getKey());
            } else if (value instanceof ObjectNode patchObject) {
                ObjectNode t =
                        target.get(e.getKey()) instanceof ObjectNode existing ? existing : target.putObject(e.getKey());
                merge(t, patchObject);
            } else {
                target.set(e.getKey(), value.deepCopy());
            }
        }
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
