package org.parley.evidence.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.evidence.Fixtures;
import org.parley.evidence.article.Article;
import org.parley.evidence.article.ArticleMetadata;
import org.parley.evidence.claim.Claim;
import org.parley.evidence.claim.ClaimExtractor;
import org.parley.evidence.nlp.TextAnalyzer;

/** Two reports written for this test, a month apart, on a hardening troop cap. */
class StanceTimelineTest {

    @TempDir
    Path dir;

    private static List<Claim> claims() {
        ClaimExtractor extractor = new ClaimExtractor(Fixtures.scenario(), TextAnalyzer.english());
        List<Claim> out = new ArrayList<>();
        out.addAll(extractor.extract(new Article(
                "b.txt",
                "Moscow will demand a cap of 50,000 soldiers.",
                "0".repeat(64),
                ArticleMetadata.EMPTY.withOutlet("Wire B").withDate(java.time.LocalDate.of(2025, 3, 1)))));
        out.addAll(extractor.extract(new Article(
                "a.txt",
                "Moscow will demand a cap of 90,000 soldiers.",
                "0".repeat(64),
                ArticleMetadata.EMPTY.withOutlet("Wire A").withDate(java.time.LocalDate.of(2025, 2, 1)))));
        return out;
    }

    @Test
    void stancesAreOrderedByDatePerActorAndIssue() {
        StanceTimeline t = StanceTimeline.of(claims());
        assertThat(t.series()).singleElement().satisfies(s -> {
            assertThat(s.actor() + "/" + s.issue()).isEqualTo("russia/troop_cap");
            assertThat(s.points())
                    .extracting(p -> p.date() + " " + p.value().orElseThrow())
                    .containsExactly("2025-02-01 90000 soldiers", "2025-03-01 50000 soldiers");
        });
        assertThat(TimelineRenderer.text(t, Fixtures.scenario()))
                .startsWith("Russia × Cap on Ukraine's armed forces (personnel)\n")
                .contains("2025-02-01  demand     positive 90000 soldiers")
                .contains("Wire B");
    }

    @Test
    void theChartIsAPngAndNothingIsWrittenWithoutPoints() throws Exception {
        Path png = dir.resolve("t.png");
        assertThat(TimelineChart.writePng(StanceTimeline.of(claims()), Fixtures.scenario(), png))
                .isTrue();
        byte[] head = java.util.Arrays.copyOf(Files.readAllBytes(png), 4);
        assertThat(head).containsExactly(0x89, 'P', 'N', 'G');
        assertThat(TimelineChart.writePng(new StanceTimeline(List.of()), Fixtures.scenario(), dir.resolve("n.png")))
                .isFalse();
        assertThat(dir.resolve("n.png")).doesNotExist();
    }
}
