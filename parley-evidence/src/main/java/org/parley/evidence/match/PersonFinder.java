package org.parley.evidence.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parley.evidence.nlp.Sentence;
import org.parley.evidence.nlp.Token;

/**
 * Named people who are not in the scenario, found without a name model: a run of capitalised proper-noun tokens
 * next to a verb of saying ("Malofeyev said", "said Tatiana Stanovaya", "according to Kortunov") or after a
 * role noun ("analyst Pavel Danilin"). The role is read from the words before the name ("Kremlin spokesman") or
 * from an apposition after it (", founder of …,").
 */
final class PersonFinder {

    /**
     * Verbs of saying next to a name. "insist" and "predict" also mark a speaker here (the claim extractor reads
     * them as acts, see {@code AttributionFinder}); "report" does not, so that "Kommersant reported" does not
     * make an outlet a person.
     */
    static final Set<String> SPEECH_LEMMAS = Lexicon.speechVerbsWith("insist", "predict");

    static final Set<String> ROLE_NOUNS = Set.of(
            "analyst",
            "expert",
            "director",
            "founder",
            "spokesman",
            "spokeswoman",
            "spokesperson",
            "tycoon",
            "general",
            "researcher",
            "professor",
            "minister",
            "adviser",
            "advisor",
            "envoy",
            "ambassador",
            "president",
            "senator",
            "official",
            "commentator",
            "scholar",
            "fellow",
            "head",
            "chief",
            "leader",
            "diplomat",
            "economist",
            "strategist",
            "journalist",
            "editor",
            "ally",
            "confidant",
            "secretary");
    private static final Set<String> NOT_NAMES = Set.of(
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
            "Monday",
            "Tuesday",
            "Wednesday",
            "Thursday",
            "Friday",
            "Saturday",
            "Sunday",
            "The",
            "A",
            "An",
            "In",
            "On",
            "But",
            "And",
            "However",
            "He",
            "She",
            "It",
            "They",
            "We",
            "I",
            "This");

    private PersonFinder() {}

    /** People named in a sentence whose tokens are not already taken by actor mentions. */
    static List<Mention> find(Sentence s, boolean[] taken) {
        List<Mention> out = new ArrayList<>();
        int i = 0;
        while (i < s.size()) {
            if (!isNameToken(s.token(i)) || taken[i]) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < s.size() && isNameToken(s.token(end)) && !taken[end] && end - i < 4) {
                end++;
            }
            if (nearSpeech(s, i, end) || afterRoleNoun(s, i)) {
                out.add(new Mention(
                        Optional.empty(),
                        s.index(),
                        i,
                        end,
                        Mention.Kind.PERSON,
                        Optional.of(join(s, i, end)),
                        role(s, i, end)));
            }
            i = end;
        }
        return out;
    }

    static boolean isNameToken(Token t) {
        return t.is("PROPN")
                && t.capitalised()
                && !NOT_NAMES.contains(t.text())
                && t.text().length() > 1
                && t.text().chars().noneMatch(Character::isDigit);
    }

    private static boolean nearSpeech(Sentence s, int start, int end) {
        for (int k = Math.max(0, start - 3); k < Math.min(s.size(), end + 3); k++) {
            if ((k < start || k >= end)
                    && s.token(k).is("VERB")
                    && SPEECH_LEMMAS.contains(s.token(k).lemma())) {
                return true;
            }
        }
        return start >= 2
                && s.token(start - 2).lower().equals("according")
                && s.token(start - 1).lower().equals("to");
    }

    private static boolean afterRoleNoun(Sentence s, int start) {
        return start > 0 && ROLE_NOUNS.contains(s.token(start - 1).lemma()) && end(s, start) - start >= 2;
    }

    private static int end(Sentence s, int start) {
        int e = start;
        while (e < s.size() && isNameToken(s.token(e))) {
            e++;
        }
        return e;
    }

    /** The role words before a name, or an apposition after it. */
    static Optional<String> role(Sentence s, int start, int end) {
        int from = start;
        while (from > 0 && from > start - 5) {
            Token t = s.token(from - 1);
            boolean roleWord = (t.is("NOUN", "ADJ") && !t.capitalised())
                    || ROLE_NOUNS.contains(t.lemma())
                    || (t.is("PROPN", "ADJ") && t.capitalised() && from - 1 > 0);
            if (!roleWord || t.is("PUNCT")) {
                break;
            }
            from--;
        }
        final int roleStart = from;
        if (roleStart < start && ROLE_NOUNS.stream().anyMatch(r -> containsLemma(s, r, roleStart, start))) {
            return Optional.of(join(s, roleStart, start));
        }
        if (end + 1 < s.size() && s.token(end).text().equals(",")) {
            int scan = end + 1;
            while (scan < s.size()
                    && !s.token(scan).is("PUNCT")
                    && !s.token(scan).is("VERB")
                    && scan - end < 14) {
                scan++;
            }
            final int k = scan;
            if (k > end + 1 && ROLE_NOUNS.stream().anyMatch(r -> containsLemma(s, r, end + 1, k))) {
                int first = end + 1;
                if (s.token(first).is("DET")) {
                    first++;
                }
                return first < k ? Optional.of(join(s, first, k)) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static boolean containsLemma(Sentence s, String lemma, int from, int to) {
        for (int k = from; k < to; k++) {
            if (s.token(k).lemma().equals(lemma)) {
                return true;
            }
        }
        return false;
    }

    static String join(Sentence s, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (k > from) {
                b.append(' ');
            }
            b.append(s.token(k).text());
        }
        return b.toString();
    }
}
