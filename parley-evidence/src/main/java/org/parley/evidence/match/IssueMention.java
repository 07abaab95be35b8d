package org.parley.evidence.match;

import java.util.Objects;

/**
 * A lexicon entry of an issue found in a sentence, tokens {@code [start, end)}.
 *
 * @param issue the issue's id
 * @param sentence index of the sentence
 * @param start first token
 * @param end one past the last token
 * @param term the lexicon entry that matched
 */
public record IssueMention(String issue, int sentence, int start, int end, String term) {
    public IssueMention {
        Objects.requireNonNull(issue, "issue");
        Objects.requireNonNull(term, "term");
    }
}
