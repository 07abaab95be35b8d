package org.parley.server.edit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parley.server.api.Json;
import org.parley.server.api.Outcome;
import tools.jackson.databind.node.ObjectNode;

class ScenarioEditTest {

    private static ObjectNode tree(String json) {
        return (ObjectNode) Json.MAPPER.readTree(json.replace('\'', '"'));
    }

    private static final ObjectNode SCENARIO = tree("{'actors': [{'id': 'a', 'capability': 1}],"
            + " 'positions': [{'actor': 'a', 'issue': 'i', 'salience': 50, 'flexibility': 0.5,"
            + " 'assumptions': {'salience': 'guess', 'value': 'guess'}}]}");

    @Test
    void aPatchMergesNullRemovesAndLeavesTheOriginalAlone() {
        ScenarioEdit edit = new ScenarioEdit.Patch(
                new ElementRef.Position("a", "i"),
                tree("{'salience': 70, 'flexibility': null, 'assumptions': {'value': null}}"));

        ScenarioEdit.Applied applied = edit.applyTo(SCENARIO).orThrow();

        assertThat(applied.index()).isZero();
        assertThat(applied.scenario().at("/positions/0"))
                .isEqualTo(tree("{'actor': 'a', 'issue': 'i', 'salience': 70, 'assumptions': {'salience': 'guess'}}"));
        assertThat(SCENARIO.at("/positions/0/salience").asInt()).isEqualTo(50);
    }

    @Test
    void anEditOfAMissingElementIs404() {
        Outcome<ScenarioEdit.Applied> r =
                new ScenarioEdit.Patch(new ElementRef.Actor("b"), tree("{}")).applyTo(SCENARIO);

        assertThat(r).isInstanceOf(Outcome.Failed.class);
        assertThat(((Outcome.Failed<ScenarioEdit.Applied>) r).problem().status())
                .isEqualTo(404);
        assertThat(((Outcome.Failed<ScenarioEdit.Applied>) r).problem().detail())
                .isEqualTo("Actor 'b' does not exist.");
    }

    @Test
    void addAppendsAndRemoveDeletes() {
        ObjectNode added = new ScenarioEdit.Add(ElementRef.Collection.ACTORS, tree("{'id': 'b'}"))
                .applyTo(SCENARIO)
                .orThrow()
                .scenario();
        ObjectNode removed = new ScenarioEdit.Remove(new ElementRef.Position("a", "i"))
                .applyTo(SCENARIO)
                .orThrow()
                .scenario();

        assertThat(added.get("actors").findValuesAsString("id")).containsExactly("a", "b");
        assertThat(removed.get("positions").size()).isZero();
    }
}
