package org.parley.evidence.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import opennlp.tools.tokenize.TokenizerME;
import org.junit.jupiter.api.Test;
import org.parley.evidence.Fixtures;

class PosTaggersAgreeTest {

    @Test
    void greedyDecodingTagsTheDevelopmentReportsLikeTheBeamSearch() throws Exception {
        NlpModels models = NlpModels.english();
        PosTagger beam = new BeamPosTagger(models.pos());
        PosTagger greedy = new GreedyPosTagger(models.pos());
        TokenizerME tokenizer = new TokenizerME(models.tokens());
        int tokens = 0;
        int differ = 0;
        for (Path report : Fixtures.reports()) {
            for (String line : Files.readString(report).split("\n")) {
                String[] words = tokenizer.tokenize(line);
                String[] a = beam.tag(words);
                String[] b = greedy.tag(words);
                for (int i = 0; i < words.length; i++) {
                    tokens++;
                    differ += a[i].equals(b[i]) ? 0 : 1;
                }
            }
        }
        assertThat(tokens).isGreaterThan(5000);
        assertThat(differ).as("tokens tagged differently of %d", tokens).isLessThanOrEqualTo(tokens / 200);
    }

    @Test
    void spansAreCodePointsAndPossessivesAreSplitOff() {
        AnalyzedText t = TextAnalyzer.english().analyze("\uD835\uDC00 Moscow's terms.\nKyiv said no.");
        Token moscow = t.sentences().get(0).tokens().get(1);
        assertThat(moscow.text()).isEqualTo("Moscow");
        assertThat(moscow.possessive()).isTrue();
        assertThat(moscow.start()).isEqualTo(2);
        assertThat(moscow.end()).isEqualTo(8);
        assertThat(t.sentences()).extracting(Sentence::paragraph).containsExactly(0, 1);
    }
}
