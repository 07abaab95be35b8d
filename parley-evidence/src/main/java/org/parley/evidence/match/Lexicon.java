package org.parley.evidence.match;

import java.util.HashSet;
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

    private Lexicon() {}

    /** The shared verbs of saying plus the given lemmas, as an unmodifiable set. */
    public static Set<String> speechVerbsWith(String... extra) {
        Set<String> verbs = new HashSet<>(SPEECH_VERBS);
        verbs.addAll(Set.of(extra));
        return Set.copyOf(verbs);
    }
}
