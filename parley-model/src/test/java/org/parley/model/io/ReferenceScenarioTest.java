package org.parley.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.model.diagnostic.LoadResult;
import org.parley.model.scenario.Citation;
import org.parley.model.scenario.Scenario;
import org.parley.model.scenario.Source;

/**
 * The reference scenario of the five reports loads with the source texts from {@code ../shared/sources}:
 * every source text found, every hash equal, every span inside its text — with no warning at all.
 */
class ReferenceScenarioTest {

    static final Path SCENARIO = Path.of("../examples/ukraine-2025/scenario.yaml");
    static final Path SOURCES = Path.of("../../shared/sources");

    @Test
    void theReferenceScenarioLoadsWithEveryCitationResolved() {
        assertThat(SOURCES)
                .as("the source texts (../shared/sources beside the repository)")
                .isDirectory();
        LoadResult<Scenario> result = new ScenarioLoader().load(SCENARIO, Optional.of(SOURCES));
        assertThat(result.diagnostics()).isEmpty();
        Scenario s = result.orElseThrow();
        SourceLibrary library = new SourceLibrary(SOURCES);
        for (Citation c : s.citations()) {
            Source source = s.source(c.source()).orElseThrow();
            SourceText text = library.text(source.file().orElseThrow()).orElseThrow();
            assertThat(text.sha256()).isEqualTo(source.sha256().orElseThrow());
            assertThat(text.span(c.start(), c.end())).isNotBlank();
        }
    }

    @Test
    void theReferenceScenarioCoversThePartiesAndIssuesTheReportsName() {
        Scenario s = new ScenarioLoader().load(SCENARIO, Optional.of(SOURCES)).orElseThrow();
        assertThat(s.actors())
                .extracting(a -> a.id())
                .contains("russia", "ukraine", "united_states", "nato", "china", "qatar");
        assertThat(s.issues()).hasSizeGreaterThanOrEqualTo(20);
        assertThat(s.sources()).hasSize(5);
        assertThat(s.positions())
                .allSatisfy(p -> assertThat(p.provenance().isUnsupported()).isFalse());
        assertThat(s.facts()).isNotEmpty();
    }

    @Test
    void theDefaultSourcesDirectoryBesideTheScenarioReachesTheSharedTexts() {
        assertThat(Files.isDirectory(ScenarioLoader.defaultSourcesDir(SCENARIO)))
                .isTrue();
    }
}
