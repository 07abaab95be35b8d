package org.parley.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.model.diagnostic.Diagnostic;
import org.parley.model.diagnostic.LoadResult;
import org.parley.model.scenario.IssueValue;
import org.parley.model.scenario.Scenario;

class ScenarioLoaderTest {

    static Path resource(String name) {
        try {
            return Path.of(
                    ScenarioLoaderTest.class.getResource("/scenarios/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> lines(LoadResult<?> result) {
        return result.diagnostics().stream()
                .map(Diagnostic::toString)
                .map(s -> s.replaceAll("^.*/", ""))
                .toList();
    }

    @Test
    void aValidScenarioLoadsWithItsCitationsChecked() {
        LoadResult<Scenario> result = new ScenarioLoader().load(resource("small.yaml"), Optional.empty());
        assertThat(lines(result)).isEmpty();
        Scenario s = result.orElseThrow();
        assertThat(s.actors()).hasSize(2);
        assertThat(s.position("north", "troops").orElseThrow().value()).isEqualTo(IssueValue.of(85000));
        assertThat(s.position("north", "status").orElseThrow().provenance().isAssumed())
                .isTrue();
        assertThat(s.citations()).hasSize(3);
    }

    @Test
    void everyProblemInABrokenFileIsReportedAtOnceSortedByLine() {
        LoadResult<Scenario> result = new ScenarioLoader().load(resource("bad.yaml"), Optional.empty());
        assertThat(result.isLoaded()).isFalse();
        assertThat(lines(result))
                .containsExactly(
                        "bad.yaml:9:11: error INVALID_VALUE sources[0].date: expected a calendar date, found '2025-02-30'",
                        "bad.yaml:14:17: error OUT_OF_RANGE actors[0].capability: expected a number >= 0, found the number -3",
                        "bad.yaml:15:9: error DUPLICATE_ID actors[1].id: expected a unique id, found 'north' again; first at line 11",
                        "bad.yaml:17:11: error INVALID_VALUE actors[1].kind: expected one of state, organisation, bloc, person, group, found the text 'empire'",
                        "bad.yaml:24:5: error MISSING_EVIDENCE positions[0].evidence: expected at least one citation, or 'assumed: true' with a reason, found neither; cite the report that supports it",
                        "bad.yaml:24:5: error MISSING_KEY positions[0].salience: expected the key 'salience'",
                        "bad.yaml:26:12: error NOT_ON_SCALE positions[0].value: expected a value on the scale of issue 'troops'; expected a number between 0 and 500000 soldiers, found 600000",
                        "bad.yaml:27:5: error UNKNOWN_KEY positions[0].salence: expected one of the keys actor, issue, value, salience, acceptable, red_line, flexibility, as_of, confidence, evidence, assumed, reason, assumptions, found 'salence'; did you mean 'salience'?",
                        "bad.yaml:30:12: error UNRESOLVED_REFERENCE positions[1].actor: expected the id of an actor, found 'west'",
                        "bad.yaml:33:15: error OUT_OF_RANGE positions[1].salience: expected a number <= 100, found the number 140",
                        "bad.yaml:37:18: error UNRESOLVED_REFERENCE positions[1].evidence[0].source: expected the id of a source, found 'mem0'; did you mean 'memo'?",
                        "bad.yaml:37:30: error INVALID_VALUE positions[1].evidence[0].span: expected a span [start, end) with start < end, found [5, 2]",
                        "bad.yaml:37:44: error MISSING_KEY positions[1].evidence[0].speaker: expected the speaker of a direct citation");
    }

    @Test
    void aChangedSourceTextAndASpanPastItsEndAreErrors() {
        String yaml = new String(readAll("small.yaml"), StandardCharsets.UTF_8)
                .replace("c74579ae", "d74579ae")
                .replace("span: [20, 30]", "span: [20, 99]");
        LoadResult<Scenario> result = new ScenarioLoader()
                .parse(
                        "s.yaml",
                        yaml.getBytes(StandardCharsets.UTF_8),
                        Optional.of(new SourceLibrary(resource("sources"))));
        assertThat(lines(result))
                .containsExactly(
                        "s.yaml:11:13: error HASH_MISMATCH sources[0].sha256: expected d74579aeba50c05bc0cd36bce93919343ebfc1ddf74ae96417e7aba274351c5e, found c74579aeba50c05bc0cd36bce93919343ebfc1ddf74ae96417e7aba274351c5e; the text of 'memo.txt' has changed since it was cited",
                        "s.yaml:81:35: error SPAN_OUT_OF_RANGE facts[0].evidence[0].span[1]: expected an end <= 37 (the length of 'memo.txt' in code points), found 99");
    }

    static byte[] readAll(String name) {
        try {
            return java.nio.file.Files.readAllBytes(resource(name));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
