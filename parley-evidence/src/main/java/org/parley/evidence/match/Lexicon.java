package org.parley.evidence.match;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Word lists shared by the matchers ({@code match}) and the claim extractor ({@code claim}), so that a list is
 * written once and each user states only where it departs from it.
 */
public final class Lexicon {

    /**
     * Lemmas of verbs of saying that both the person finder and the attribution finder accept. Each adds its own
     * words: see {@link #speechVerbsWith(String...)}.
     */
    private static final Set<String> SPEECH_VERBS = Set.of(
            "say",
            "tell",
            "add",
            "note",
            "stress",
            "emphasize",
            "emphasise",
            "explain",
            "believe",
            "recall",
            "sum",
            "write",
            "argue",
            "warn",
            "claim",
            "conclude",
            "quote",
            "state",
            "reiterate",
            "confirm",
            "suggest",
            "assess",
            "announce",
            "declare",
            "comment",
            "remark");

    /** Number words from one to ten, which both the quantity parser and the attribution finder read. */
    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(
            Map.entry("one", 1),
            Map.entry("two", 2),
            Map.entry("three", 3),
            Map.entry("four", 4),
            Map.entry("five", 5),
            Map.entry("six", 6),
            Map.entry("seven", 7),
            Map.entry("eight", 8),
            Map.entry("nine", 9),
            Map.entry("ten", 10));

    private Lexicon() {}

    /** The shared verbs of saying plus the given lemmas, as an unmodifiable set. */
    public static Set<String> speechVerbsWith(String... extra) {
        Set<String> verbs = new HashSet<>(SPEECH_VERBS);
        verbs.addAll(Set.of(extra));
        return Set.copyOf(verbs);
    }

    /** The number words from one to ten plus the given entries, as an unmodifiable map. */
    @SafeVarargs
    public static Map<String, Integer> numberWordsWith(Map.Entry<String, Integer>... extra) {
        Map<String, Integer> words = new HashMap<>(NUMBER_WORDS);
        words.putAll(Map.ofEntries(extra));
        return Map.copyOf(words);
    }
}
