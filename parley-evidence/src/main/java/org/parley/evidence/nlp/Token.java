package org.parley.evidence.nlp;

import java.util.Objects;

/**
 * One token of an analysed text.
 *
 * @param text the token as written (possessive {@code 's} and surrounding quotes removed)
 * @param start first code point in the whole text
 * @param end one past the last code point in the whole text
 * @param tag universal part-of-speech tag (e.g. {@code NOUN}, {@code PROPN}, {@code VERB})
 * @param lemma lower-case lemma
 * @param possessive whether the token carried a possessive {@code 's} in the text
 * @param lower the text in lower case (computed once; matching reads it often)
 */
public record Token(String text, int start, int end, String tag, String lemma, boolean possessive, String lower) {
    public Token {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(lemma, "lemma");
        Objects.requireNonNull(lower, "lower");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("token span must satisfy 0 <= start <= end");
        }
    }

    /** Whether the first character is an upper-case letter. */
    public boolean capitalised() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    /** Whether the tag is one of {@code tags}. */
    public boolean is(String... tags) {
        for (String t : tags) {
            if (tag.equals(t)) {
                return true;
            }
        }
        return false;
    }
}
