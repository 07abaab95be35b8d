package org.parley.evidence.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.evidence.Fixtures;
import org.parley.evidence.article.ArticleMetadata;
import org.parley.evidence.article.ArticleReader;
import org.parley.evidence.article.ScenarioSources;
import org.parley.evidence.claim.Claim;
import org.parley.evidence.claim.ClaimExtractor;
import org.parley.evidence.io.GoldClaim;
import org.parley.evidence.io.GoldReader;
import org.parley.evidence.nlp.TextAnalyzer;

/** The extractor on the five development reports against the hand-made gold (scores in docs/evidence.md). */
class DevelopmentGoldTest {

    static final Path GOLD = Path.of("../examples/ukraine-2025/gold/claims.jsonl");

    static Score score() {
        List<GoldClaim> gold = GoldReader.read(GOLD).orElseThrow();
        ClaimExtractor extractor = new ClaimExtractor(Fixtures.scenario(), TextAnalyzer.english());
        List<Claim> predicted = new ArrayList<>();
        for (Path report : Fixtures.reports()) {
            var article =
                    new ArticleReader().read(report, ArticleMetadata.EMPTY).orElseThrow();
            predicted.addAll(extractor.extract(ScenarioSources.withScenarioMetadata(Fixtures.scenario(), article)));
        }
        return Scorer.score(gold, predicted);
    }

    @Test
    void theGoldFileReadsAndEverySpanLiesInsideItsReport() {
        List<GoldClaim> gold = GoldReader.read(GOLD).orElseThrow();
        assertThat(gold).hasSizeGreaterThan(80);
        for (GoldClaim g : gold) {
            assertThat(Fixtures.SOURCES.resolve(g.claim().article())).exists();
        }
    }

    @Test
    void scoresStayAboveTheirRecordedFloor() {
        Score s = score();
        System.getLogger("parley.evidence").log(System.Logger.Level.INFO, "\n" + s.table());
        assertThat(s.field("claim").f1()).isGreaterThan(0.5);
        assertThat(s.field("actor").f1()).isGreaterThan(0.4);
        assertThat(s.field("issue").f1()).isGreaterThan(0.3);
    }
}
