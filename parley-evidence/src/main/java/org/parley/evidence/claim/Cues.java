package org.parley.evidence.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.evidence.nlp.Sentence;
import org.parley.evidence.nlp.Token;

/**
 * Words that signal an act, by lemma, with the modality they carry; negators; and the modal auxiliaries. A
 * negated acceptance or offer ("will not tolerate", "not open to") is a refusal.
 */
final class Cues {

    /** A cue found at token {@code index}. */
    record Hit(int index, Act act, Modality modality, String word) {}

    private record Cue(Act act, Modality modality) {}

    private static final Map<String, Cue> LEMMAS = Map.ofEntries(
            Map.entry("demand", new Cue(Act.DEMAND, Modality.ASSERTED)),
            Map.entry("insist", new Cue(Act.DEMAND, Modality.INSISTS)),
            Map.entry("require", new Cue(Act.DEMAND, Modality.INSISTS)),
            Map.entry("requirement", new Cue(Act.DEMAND, Modality.INSISTS)),
            Map.entry("want", new Cue(Act.DEMAND, Modality.WANTS)),
            Map.entry("seek", new Cue(Act.DEMAND, Modality.WANTS)),
            Map.entry("push", new Cue(Act.DEMAND, Modality.WANTS)),
            Map.entry("press", new Cue(Act.DEMAND, Modality.WANTS)),
            Map.entry("urge", new Cue(Act.DEMAND, Modality.WANTS)),
            Map.entry("goal", new Cue(Act.DEMAND, Modality.WANTS)),
            Map.entry("aim", new Cue(Act.DEMAND, Modality.WANTS)),
            Map.entry("objective", new Cue(Act.DEMAND, Modality.WANTS)),
            Map.entry("determined", new Cue(Act.DEMAND, Modality.WILL)),
            Map.entry("call", new Cue(Act.DEMAND, Modality.WANTS)),
            Map.entry("offer", new Cue(Act.OFFER, Modality.ASSERTED)),
            Map.entry("propose", new Cue(Act.OFFER, Modality.ASSERTED)),
            Map.entry("proposal", new Cue(Act.OFFER, Modality.ASSERTED)),
            Map.entry("open", new Cue(Act.OFFER, Modality.OPEN_TO)),
            Map.entry("ready", new Cue(Act.OFFER, Modality.OPEN_TO)),
            Map.entry("readiness", new Cue(Act.OFFER, Modality.OPEN_TO)),
            Map.entry("willing", new Cue(Act.OFFER, Modality.OPEN_TO)),
            Map.entry("willingness", new Cue(Act.OFFER, Modality.OPEN_TO)),
            Map.entry("consider", new Cue(Act.OFFER, Modality.MAY)),
            Map.entry("room", new Cue(Act.OFFER, Modality.OPEN_TO)),
            Map.entry("accept", new Cue(Act.ACCEPTANCE, Modality.ASSERTED)),
            Map.entry("agree", new Cue(Act.ACCEPTANCE, Modality.ASSERTED)),
            Map.entry("tolerate", new Cue(Act.ACCEPTANCE, Modality.ASSERTED)),
            Map.entry("allow", new Cue(Act.ACCEPTANCE, Modality.ASSERTED)),
            Map.entry("permit", new Cue(Act.ACCEPTANCE, Modality.ASSERTED)),
            Map.entry("free", new Cue(Act.ACCEPTANCE, Modality.ASSERTED)),
            Map.entry("reject", new Cue(Act.REFUSAL, Modality.ASSERTED)),
            Map.entry("refuse", new Cue(Act.REFUSAL, Modality.ASSERTED)),
            Map.entry("oppose", new Cue(Act.REFUSAL, Modality.ASSERTED)),
            Map.entry("veto", new Cue(Act.REFUSAL, Modality.ASSERTED)),
            Map.entry("prohibit", new Cue(Act.REFUSAL, Modality.ASSERTED)),
            Map.entry("unless", new Cue(Act.CONDITION, Modality.ASSERTED)),
            Map.entry("precondition", new Cue(Act.CONDITION, Modality.INSISTS)),
            Map.entry("condition", new Cue(Act.CONDITION, Modality.ASSERTED)),
            Map.entry("threaten", new Cue(Act.THREAT, Modality.ASSERTED)),
            Map.entry("threat", new Cue(Act.THREAT, Modality.ASSERTED)),
            Map.entry("warn", new Cue(Act.THREAT, Modality.ASSERTED)),
            Map.entry("likely", new Cue(Act.PREDICTION, Modality.LIKELY)),
            Map.entry("chance", new Cue(Act.PREDICTION, Modality.LIKELY)),
            Map.entry("odds", new Cue(Act.PREDICTION, Modality.LIKELY)),
            Map.entry("expect", new Cue(Act.PREDICTION, Modality.LIKELY)),
            Map.entry("predict", new Cue(Act.PREDICTION, Modality.LIKELY)),
            Map.entry("probably", new Cue(Act.PREDICTION, Modality.LIKELY)),
            Map.entry("control", new Cue(Act.FACT, Modality.ASSERTED)),
            Map.entry("hold", new Cue(Act.FACT, Modality.ASSERTED)),
            Map.entry("occupy", new Cue(Act.FACT, Modality.ASSERTED)),
            Map.entry("own", new Cue(Act.FACT, Modality.ASSERTED)),
            Map.entry("receive", new Cue(Act.FACT, Modality.ASSERTED)));

    static final Set<String> NEGATORS = Set.of("not", "n't", "no", "never", "without", "nothing", "neither", "nor");
    static final Set<String> REVERSERS = Set.of(
            "abandon",
            "renounce",
            "renunciation",
            "drop",
            "end",
            "halt",
            "stop",
            "cessation",
            "ban",
            "block",
            "reverse",
            "cancel",
            "reject",
            "refuse",
            "oppose",
            "resist",
            "prohibit",
            "remove",
            "rule");

    private Cues() {}

    /** The cues of a sentence, in token order. */
    static List<Hit> find(Sentence s) {
        List<Hit> out = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            Token t = s.token(i);
            Cue cue = base(t, LEMMAS.keySet()).map(LEMMAS::get).orElse(null);
            if (cue == null
                    && t.is("AUX")
                    && (t.lower().equals("must") || t.lower().equals("should"))) {
                cue = new Cue(Act.DEMAND, Modality.MUST);
            }
            if (cue == null || !plausible(s, i, t)) {
                continue;
            }
            Act act = cue.act();
            if ((act == Act.ACCEPTANCE || act == Act.OFFER) && negated(s, i)) {
                act = Act.REFUSAL;
            }
            out.add(new Hit(i, act, cue.modality(), t.text()));
        }
        return out;
    }

    /**
     * The word of {@code words} that a token is a form of: its lemma, or its lower-case text with a regular
     * ending removed ("abandoning", "abandoned" → "abandon"), since the lemmatizer sometimes errs on single
     * tokens.
     */
    static java.util.Optional<String> base(Token t, Set<String> words) {
        if (words.contains(t.lemma())) {
            return java.util.Optional.of(t.lemma());
        }
        String w = t.lower();
        if (words.contains(w)) {
            return java.util.Optional.of(w);
        }
        for (String ending : new String[] {"ing", "ed", "es", "s", "d"}) {
            if (w.endsWith(ending) && w.length() - ending.length() >= 3) {
                String stem = w.substring(0, w.length() - ending.length());
                if (words.contains(stem)) {
                    return java.util.Optional.of(stem);
                }
                if (words.contains(stem + "e")) {
                    return java.util.Optional.of(stem + "e");
                }
            }
        }
        return java.util.Optional.empty();
    }

    /** Rules out readings of a cue word that signal nothing ("call" as a phone call, "open" source data). */
    private static boolean plausible(Sentence s, int i, Token t) {
        String next = i + 1 < s.size() ? s.token(i + 1).lower() : "";
        return switch (t.lemma()) {
            case "call" -> next.equals("for") || next.equals("on");
            case "open", "free", "ready", "willing", "room" -> next.equals("to") || next.equals("for");
            case "rule" -> next.equals("out");
            case "press" -> t.is("VERB");
            case "hold" -> t.is("VERB") && !next.equals("talks") && !next.equals("negotiations");
            case "control", "own", "occupy", "receive" -> t.is("VERB");
            default -> true;
        };
    }

    /** Whether a negator stands within three tokens before {@code i}. */
    static boolean negated(Sentence s, int i) {
        for (int k = Math.max(0, i - 3); k < i; k++) {
            if (NEGATORS.contains(s.token(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /** The modality of the auxiliary within three tokens before {@code i}, if any. */
    static Modality auxiliary(Sentence s, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
            switch (s.token(k).lower()) {
                case "will", "would", "'ll", "shall" -> {
                    return Modality.WILL;
                }
                case "may", "might", "could", "can" -> {
                    return Modality.MAY;
                }
                case "must", "should" -> {
                    return Modality.MUST;
                }
                default -> {}
            }
        }
        return Modality.ASSERTED;
    }
}
