package org.parley.server.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.server.api.Json;
import org.parley.server.edit.RevisionDiff.Change;
import org.parley.server.edit.RevisionDiff.FieldChange;
import org.parley.server.edit.RevisionDiff.Kind;
import tools.jackson.databind.node.ObjectNode;

class RevisionDiffTest {

    private static ObjectNode tree(String json) {
        return (ObjectNode) Json.MAPPER.readTree(json.replace('\'', '"'));
    }

    @Test
    void identicalTreesHaveNoChanges() {
        ObjectNode t = tree("{'title': 'T', 'positions': [{'actor': 'a', 'issue': 'i', 'salience': 50}]}");

        assertThat(RevisionDiff.between(t, t.deepCopy())).isEmpty();
    }

    @Test
    void positionsAreMatchedByActorAndIssueWhateverTheirOrder() {
        ObjectNode before = tree("{'positions': [{'actor': 'a', 'issue': 'i', 'salience': 50},"
                + " {'actor': 'b', 'issue': 'i', 'salience': 10}]}");
        ObjectNode after = tree("{'positions': [{'actor': 'b', 'issue': 'i', 'salience': 10},"
                + " {'actor': 'a', 'issue': 'i', 'salience': 70}]}");

        assertThat(RevisionDiff.between(before, after))
                .containsExactly(
                        new Change(Kind.CHANGED, "positions", "a/i", List.of(new FieldChange("salience", "50", "70"))));
    }

    @Test
    void addedAndRemovedElementsListTheirFieldsAndNestedEvidenceIsFlattened() {
        ObjectNode before = tree("{'title': 'Old', 'actors': [{'id': 'x', 'name': 'X'}],"
                + " 'positions': [{'actor': 'x', 'issue': 'i', 'evidence': [{'source': 's', 'span': [1, 5]}]}]}");
        ObjectNode after = tree("{'title': 'New', 'actors': [{'id': 'y', 'name': 'Y'}],"
                + " 'positions': [{'actor': 'x', 'issue': 'i', 'evidence': [{'source': 's', 'span': [1, 9]}]}]}");

        assertThat(RevisionDiff.between(before, after))
                .containsExactly(
                        new Change(
                                Kind.CHANGED, "scenario", "", List.of(new FieldChange("title", "\"Old\"", "\"New\""))),
                        new Change(
                                Kind.REMOVED,
                                "actors",
                                "x",
                                List.of(new FieldChange("id", "\"x\"", null), new FieldChange("name", "\"X\"", null))),
                        new Change(
                                Kind.ADDED,
                                "actors",
                                "y",
                                List.of(new FieldChange("id", null, "\"y\""), new FieldChange("name", null, "\"Y\""))),
                        new Change(
                                Kind.CHANGED,
                                "positions",
                                "x/i",
                                List.of(new FieldChange("evidence[0].span", "[1,5]", "[1,9]"))));
    }
}
