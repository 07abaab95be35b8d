package org.parley.evidence.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.evidence.Fixtures;
import org.parley.evidence.article.Article;
import org.parley.evidence.article.ArticleMetadata;
import org.parley.evidence.article.ArticleReader;
import org.parley.evidence.claim.Claim;
import org.parley.evidence.claim.ClaimExtractor;
import org.parley.evidence.nlp.TextAnalyzer;
import org.parley.model.diagnostic.LoadResult;
import org.parley.model.scenario.IssueValue;
import org.parley.model.scenario.Scenario;

/** A report written for this test (not from any outlet) proposing a lower troop cap. */
class ProposerTest {

    @TempDir
    Path sources;

    private Article report() throws Exception {
        for (Path p : Fixtures.reports()) {
            Files.copy(p, sources.resolve(p.getFileName()));
        }
        Path f = sources.resolve("wire-2025-03-01.txt");
        Files.writeString(
                f,
                "Cap talk\nThe Kremlin will demand a cap of 60,000 soldiers for Kyiv's army, "
                        + "three officials said.\nRussia controls 21% of Ukraine, the agency estimates.\n");
        Files.writeString(sources.resolve("wire-2025-03-01.txt.meta"), "outlet: Test Wire\ndate: 2025-03-01\n");
        return new ArticleReader().read(f, ArticleMetadata.EMPTY).orElseThrow();
    }

    private Proposal proposal(Article a) {
        List<Claim> claims = new ClaimExtractor(Fixtures.scenario(), TextAnalyzer.english()).extract(a);
        return Proposer.propose(Fixtures.scenario(), List.of(a), claims);
    }

    @Test
    void aNewerDemandGivesACitationAChangedValueANewFactAndANewSource() throws Exception {
        Proposal p = proposal(report());
        assertThat(p.newSources()).extracting(s -> s.id()).containsExactly("test-wire-2025-03-01");
        assertThat(p.changes())
                .extracting(c -> c.getClass().getSimpleName() + " " + c.id())
                .containsExactly("NewCitation c1", "ChangedValue c2", "NewFact c3");
        var changed = (ProposedChange.ChangedValue) p.changes().get(1);
        assertThat(changed.from()).isEqualTo(new IssueValue.Number(85000));
        assertThat(changed.to()).isEqualTo(new IssueValue.Number(60000));
        assertThat(changed.outlets()).isEqualTo(1);
        assertThat(ProposalRenderer.patch(p))
                .contains("[c2] ~ position russia/troop_cap: value 85000 -> 60000")
                .contains("1 claim(s), 1 independent outlet(s): 3 anonymous (officials)");
    }

    @Test
    void applyWritesANewFileThatReloadsAndNeverOverwrites() throws Exception {
        Proposal p = proposal(report());
        Path out = sources.getParent().resolve("applied-" + System.nanoTime() + ".yaml");
        LoadResult<Scenario> r = ProposalApplier.apply(Fixtures.scenario(), p, Set.of("c1", "c2"), out, sources);
        Scenario s = r.orElseThrow();
        assertThat(s.position("russia", "troop_cap").orElseThrow().value()).isEqualTo(new IssueValue.Number(60000));
        assertThat(s.facts()).hasSameSizeAs(Fixtures.scenario().facts());
        assertThat(ProposalApplier.apply(Fixtures.scenario(), p, Set.of(), out, sources)
                        .isLoaded())
                .isFalse();
        Files.delete(out);
    }

    @Test
    void reportsTheScenarioAlreadyCitesAddNothingNew() throws Exception {
        Article reuters = new ArticleReader()
                .read(Fixtures.SOURCES.resolve("001_11fcf35e0b12b999.txt"), ArticleMetadata.EMPTY)
                .orElseThrow();
        Proposal p = proposal(reuters);
        assertThat(p.newSources()).isEmpty();
        assertThat(p.changes())
                .filteredOn(c -> c instanceof ProposedChange.NewCitation n
                        && n.citation().start() == 3915)
                .isEmpty();
    }
}
