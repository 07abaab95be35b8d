package org.parley.evidence.nlp;

import java.util.List;

/**
 * A sentence of an analysed text.
 *
 * @param index position among the text's sentences, from 0
 * @param paragraph index of the paragraph (a block of text between line breaks), from 0
 * @param start first code point in the whole text
 * @param end one past the last code point
 * @param tokens the tokens, in order
 */
public record Sentence(int index, int paragraph, int start, int end, List<Token> tokens) {
    public Sentence {
        tokens = List.copyOf(tokens);
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("sentence span must satisfy 0 <= start <= end");
        }
    }

    /** The number of tokens. */
    public int size() {
        return tokens.size();
    }

    /** The token at {@code i}. */
    public Token token(int i) {
        return tokens.get(i);
    }
}
