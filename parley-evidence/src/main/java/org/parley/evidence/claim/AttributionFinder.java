package org.parley.evidence.claim;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.parley.evidence.match.Lexicon;
import org.parley.evidence.match.Mention;
import org.parley.evidence.nlp.Sentence;
import org.parley.evidence.nlp.Token;
import org.parley.model.scenario.CitationKind;

/**
 * Who a sentence's claims rest on: a named speaker next to a verb of saying (or after "according to"), else
 * anonymous sources ("five sources with knowledge of Kremlin thinking told Reuters", "according to three
 * people", "informed Ukrainian officials said"), else the outlet. A named speaker is direct when they represent
 * the claim's actor, an analyst when their role is an expert's, and attributed otherwise.
 */
final class AttributionFinder {

    /** The attribution of a sentence and the tokens it covers (excluded when looking for the claim's actor). */
    record Found(Attribution attribution, int start, int end, Optional<Mention> speaker) {}

    private static final Set<String> SOURCE_NOUNS =
            Set.of("source", "official", "person", "people", "insider", "diplomat", "aide", "officer");
    /**
     * Verbs of saying that attribute a claim. "report" is one ("sources reported"); "insist" and "predict" are
     * not: they are the claim's own act (see {@link Cues}), so "Putin will insist on …" is his claim, not a
     * quotation of him.
     */
    private static final Set<String> SPEECH = Lexicon.speechVerbsWith("report");

    private static final Set<String> EXPERT_ROLES = Set.of(
            "analyst",
            "expert",
            "researcher",
            "director",
            "founder",
            "professor",
            "scholar",
            "fellow",
            "general",
            "economist",
            "strategist",
            "commentator");
    /** How many anonymous sources: "two officials", "a source", "10 people". */
    private static final Map<String, Integer> COUNTS =
            Lexicon.numberWordsWith(Map.entry("a", 1), Map.entry("an", 1), Map.entry("10", 10));

    private static final Set<String> POST_MODIFIERS = Set.of("with", "familiar", "close", "in", "privy", "from", "at");

    private AttributionFinder() {}

    static Found find(Sentence s, List<Mention> mentions, String outlet) {
        boolean speech = false;
        for (Token t : s.tokens()) {
            speech |= SPEECH.contains(t.lemma()) && t.is("VERB");
        }
        for (Mention m : mentions) {
            if (m.isPerson() && (nearSpeech(s, m) || afterAccordingTo(s, m.start()) || quotedBy(s, m))) {
                String role = m.role().orElse("");
                CitationKind kind = m.actor().isPresent()
                        ? CitationKind.DIRECT
                        : EXPERT_ROLES.stream()
                                        .anyMatch(r -> role.toLowerCase(java.util.Locale.ROOT)
                                                .contains(r))
                                ? CitationKind.ANALYST
                                : CitationKind.ATTRIBUTED;
                return new Found(
                        new Attribution(kind, m.person(), m.role(), OptionalInt.empty(), Optional.empty(), outlet),
                        m.start(),
                        m.end(),
                        Optional.of(m));
            }
        }
        for (int i = 0; i < s.size(); i++) {
            Token t = s.token(i);
            if (!SOURCE_NOUNS.contains(t.lemma()) || !t.is("NOUN")) {
                continue;
            }
            if (!speech && !afterAccordingTo(s, i)) {
                continue;
            }
            int start = i;
            while (start > 0
                    && (s.token(start - 1).is("ADJ", "CCONJ", "PROPN")
                            || s.token(start - 1).lower().equals("other"))) {
                start--;
            }
            OptionalInt count = OptionalInt.empty();
            if (start > 0 && COUNTS.containsKey(s.token(start - 1).lower())) {
                count = OptionalInt.of(COUNTS.get(s.token(start - 1).lower()));
                start--;
            } else if (start >= 3
                    && s.token(start - 1).lower().equals("the")
                    && s.token(start - 2).lower().equals("of")
                    && s.token(start - 3).lower().equals("one")) {
                count = OptionalInt.of(1);
                start -= 3;
            }
            int end = i + 1;
            if (end < s.size() && POST_MODIFIERS.contains(s.token(end).lower())) {
                end++;
                while (end < s.size() && end - i < 9 && !s.token(end).is("PUNCT", "VERB", "AUX", "SCONJ")) {
                    end++;
                }
            }
            int affiliationStart = count.isPresent() && s.token(start).lower().equals("one") ? start + 3 : start;
            if (count.isPresent() && affiliationStart == start) {
                affiliationStart++;
            }
            String affiliation = join(s, Math.min(affiliationStart, i), end);
            return new Found(
                    new Attribution(
                            CitationKind.ANONYMOUS,
                            Optional.empty(),
                            Optional.empty(),
                            count,
                            Optional.of(affiliation),
                            outlet),
                    start,
                    end,
                    Optional.empty());
        }
        return new Found(Attribution.reported(outlet), 0, 0, Optional.empty());
    }

    /**
     * Whether the person is the subject of a verb of saying: "NAME said", "said NAME", "NAME, an apposition,
     * said", "NAME has said", "NAME told".
     */
    private static boolean nearSpeech(Sentence s, Mention m) {
        int before = m.start() - 1;
        while (before > 0
                && m.start() - before < 4
                && s.token(before).is("NOUN", "ADJ")
                && !s.token(before).capitalised()) {
            before--;
        }
        if (before >= 0 && isSpeech(s.token(before))) {
            return true;
        }
        int k = m.end();
        if (k + 1 < s.size()
                && s.token(k).text().equals(",")
                && (s.token(k + 1).is("DET") || !s.token(k + 1).capitalised())) {
            k++;
            while (k < s.size() && !s.token(k).text().equals(",") && k - m.end() < 16) {
                k++;
            }
            k++;
        }
        for (int j = k; j < Math.min(s.size(), k + 3); j++) {
            if (isSpeech(s.token(j))) {
                return true;
            }
            if (!s.token(j).is("AUX", "ADV")) {
                break;
            }
        }
        return false;
    }

    /** "…," he was quoted as saying: a person followed by a passive "quoted". */
    private static boolean quotedBy(Sentence s, Mention m) {
        for (int j = m.end(); j < Math.min(s.size(), m.end() + 3); j++) {
            if (s.token(j).lemma().equals("quote")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSpeech(Token t) {
        return t.is("VERB") && SPEECH.contains(t.lemma());
    }

    private static boolean afterAccordingTo(Sentence s, int i) {
        int k = i - 1;
        while (k > 0 && s.token(k).is("ADJ", "NUM", "DET") && i - k < 4) {
            k--;
        }
        return k >= 1
                && s.token(k).lower().equals("to")
                && s.token(k - 1).lower().equals("according");
    }

    private static String join(Sentence s, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) {
            b.append(k > from ? " " : "").append(s.token(k).text());
        }
        return b.toString();
    }
}
