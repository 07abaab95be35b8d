package org.parley.evidence.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.evidence.Fixtures;
import org.parley.evidence.claim.Claim;
import org.parley.evidence.claim.ClaimExtractor;
import org.parley.evidence.eval.Score;
import org.parley.evidence.eval.Scorer;
import org.parley.evidence.nlp.TextAnalyzer;

class GoldReaderTest {

    @Test
    void everyMistakeIsLocatedAtItsLineAndKey() {
        String text = "# comment\n"
                + "{\"article\":\"a.txt\",\"span\":[0,10],\"act\":\"demand\"}\n"
                + "{\"article\":\"a.txt\",\"span\":[5,2],\"act\":\"plea\",\"colour\":1}\n"
                + "not json\n"
                + "{\"article\":\"a.txt\",\"span\":[0,3],\"act\":\"fact\",\"value\":{\"number\":\"x\"}}\n";
        var r = GoldReader.parse("g.jsonl", text);
        assertThat(r.isLoaded()).isFalse();
        assertThat(r.errors())
                .extracting(d -> d.at().line() + ":" + d.at().column() + " " + d.code() + " " + d.path())
                .containsExactly(
                        "3:20 INVALID_VALUE span",
                        "3:33 INVALID_VALUE act",
                        "3:46 UNKNOWN_KEY colour",
                        "4:1 SYNTAX ",
                        "5:46 INVALID_VALUE value");
    }

    @Test
    void extractedClaimsWrittenAsJsonReadBackAsAPerfectGold() {
        List<Claim> claims = new ClaimExtractor(Fixtures.scenario(), TextAnalyzer.english())
                .extract(Fixtures.article("Moscow will demand a cap of 70,000 soldiers, two officials said. "
                        + "Kyiv rejects any limit on its army."));
        String jsonl = String.join("\n", claims.stream().map(ClaimJson::line).toList());
        var gold = GoldReader.parse("self.jsonl", jsonl).orElseThrow();
        Score s = Scorer.score(gold, claims);
        assertThat(s.field("tuple").f1()).isEqualTo(1.0);
        assertThat(s.field("claim").tp()).isEqualTo(claims.size());
        assertThat(Scorer.score(gold, List.of()).field("claim").recall()).isZero();
    }
}
