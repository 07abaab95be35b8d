package org.parley.evidence.match;

import java.util.List;
import java.util.Locale;
import org.parley.evidence.nlp.Sentence;
import org.parley.evidence.nlp.Token;

/**
 * A sequence of words to find in a sentence. A word matches a token when they are equal as written, when the
 * word is all lower case and equals the token in lower case, or (with {@code byLemma}) when it equals the
 * token's lemma. A leading "the" matches "The".
 */
record Phrase(List<String> words, List<String> lemmas, boolean[] lowerCase) {

    Phrase(List<String> words, List<String> lemmas) {
        this(words, lemmas, lowerCaseFlags(words));
    }

    Phrase {
        words = List.copyOf(words);
        lemmas = List.copyOf(lemmas);
        lowerCase = lowerCase.clone();
    }

    private static boolean[] lowerCaseFlags(List<String> words) {
        boolean[] flags = new boolean[words.size()];
        for (int k = 0; k < flags.length; k++) {
            flags[k] = words.get(k).equals(words.get(k).toLowerCase(Locale.ROOT));
        }
        return flags;
    }

    static Phrase of(String text) {
        List<String> words = List.of(text.trim().split("\\s+"));
        return new Phrase(words, words);
    }

    int size() {
        return words.size();
    }

    /** Whether the phrase matches the sentence at token {@code i}. */
    boolean matchesAt(Sentence s, int i, boolean byLemma) {
        if (i + words.size() > s.size()) {
            return false;
        }
        for (int k = 0; k < words.size(); k++) {
            Token t = s.token(i + k);
            String w = words.get(k);
            boolean ok = t.text().equals(w)
                    || (lowerCase[k] && t.lower().equals(w))
                    || (k == 0 && w.equals("the") && t.text().equals("The"))
                    || (byLemma && t.lemma().equals(lemmas.get(k)));
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
