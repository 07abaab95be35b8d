package org.parley.evidence.nlp;

import java.util.List;
import java.util.Objects;

/**
 * A text split into paragraphs, sentences and tokens, with tags and lemmas; spans in code points.
 *
 * @param text the text
 * @param sentences the sentences in order
 */
public record AnalyzedText(String text, List<Sentence> sentences) {
    public AnalyzedText {
        Objects.requireNonNull(text, "text");
        sentences = List.copyOf(sentences);
    }
}
