package org.parley.evidence.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parley.evidence.nlp.AnalyzedText;
import org.parley.evidence.nlp.Sentence;
import org.parley.evidence.nlp.Token;
import org.parley.model.scenario.Actor;
import org.parley.model.scenario.ActorKind;
import org.parley.model.scenario.Representative;
import org.parley.model.scenario.Scenario;

/**
 * Finds the scenario's actors in a text: by name and alias (a capital or a seat of government stands for the
 * state), by representative (full name or alias, e.g. "Putin" for Russia), by nationality adjective before a
 * group noun ("Russian officials"), and by reference: pronouns ("he", "his") and role nouns ("the president",
 * "the Russian leader") resolve to the nearest compatible mention earlier in the same paragraph (or, for a
 * pronoun among the first words of a paragraph, "According to him, …", in the paragraph before).
 *
 * <p>Longest phrases win; a token belongs to at most one mention. Named people outside the scenario are found
 * too (see {@link PersonFinder}), with no actor, so that a pronoun can refer to them rather than to an actor.
 */
public final class ActorMatcher {

    private static final Set<String> GROUP_NOUNS = Set.of(
            "official",
            "officials",
            "leader",
            "leadership",
            "president",
            "side",
            "government",
            "authority",
            "authorities",
            "force",
            "forces",
            "army",
            "troops",
            "military",
            "diplomat",
            "diplomats",
            "ministry",
            "delegation",
            "negotiator",
            "negotiators",
            "source",
            "sources",
            "administration",
            "team",
            "parliament",
            "foreign",
            "defense",
            "defence",
            "spokesman",
            "spokesperson",
            "envoy",
            "minister",
            "position",
            "terms");
    private static final Set<String> MALE = Set.of("he", "him", "his", "himself");
    private static final Set<String> FEMALE = Set.of("she", "her", "hers", "herself");
    private static final Set<String> ROLE_WORDS = Set.of("president", "leader", "spokesman", "spokesperson", "envoy");

    private record Entry(Phrase phrase, String actor, Mention.Kind kind, Optional<Representative> person) {}

    private final List<Entry> entries = new ArrayList<>();
    private final java.util.Map<String, List<Entry>> byFirstWord = new java.util.HashMap<>();
    private final List<Actor> actors;

    /** A matcher for the actors of a scenario. */
    public ActorMatcher(Scenario scenario) {
        this.actors = scenario.actors();
        for (Actor a : actors) {
            add(a.name(), a.id(), Mention.Kind.NAME, Optional.empty());
            for (String alias : a.aliases()) {
                add(alias, a.id(), Mention.Kind.NAME, Optional.empty());
                if (alias.startsWith("the ")) {
                    add(alias.substring(4), a.id(), Mention.Kind.NAME, Optional.empty());
                }
            }
            Demonyms.initials(a.name()).forEach(i -> add(i, a.id(), Mention.Kind.NAME, Optional.empty()));
            if (a.kind() == ActorKind.STATE) {
                for (String adjective : Demonyms.of(a.name())) {
                    for (String noun : GROUP_NOUNS) {
                        add(adjective + " " + noun, a.id(), Mention.Kind.GROUP, Optional.empty());
                    }
                }
            }
            for (Representative r : a.representatives()) {
                add(r.name(), a.id(), Mention.Kind.PERSON, Optional.of(r));
                r.aliases().forEach(alias -> add(alias, a.id(), Mention.Kind.PERSON, Optional.of(r)));
            }
        }
        entries.sort(Comparator.comparingInt((Entry e) -> e.phrase().size()).reversed());
        for (Entry e : entries) {
            byFirstWord
                    .computeIfAbsent(
                            e.phrase().words().get(0).toLowerCase(java.util.Locale.ROOT), k -> new ArrayList<>())
                    .add(e);
        }
    }

    private void add(String text, String actor, Mention.Kind kind, Optional<Representative> person) {
        if (!text.isBlank()) {
            entries.add(new Entry(Phrase.of(text), actor, kind, person));
        }
    }

    /** Every mention in the text, sentence by sentence, with references resolved. */
    public List<Mention> mentions(AnalyzedText text) {
        List<Mention> all = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            boolean[] taken = new boolean[s.size()];
            List<Mention> found = new ArrayList<>();
            for (int i = 0; i < s.size(); i++) {
                for (Entry e : byFirstWord.getOrDefault(s.token(i).lower(), List.of())) {
                    if (!free(taken, i, e.phrase().size()) || !e.phrase().matchesAt(s, i, false)) {
                        continue;
                    }
                    int start = i;
                    int end = i + e.phrase().size();
                    for (int k = i; k < end; k++) {
                        taken[k] = true;
                    }
                    found.add(new Mention(
                            Optional.of(e.actor()),
                            s.index(),
                            start,
                            end,
                            e.kind(),
                            e.person().map(Representative::name),
                            e.person().map(Representative::role).or(() -> PersonFinder.role(s, start, end))));
                    break;
                }
            }
            found.addAll(PersonFinder.find(s, taken));
            found.sort(Comparator.comparingInt(Mention::start));
            for (Mention m : found) {
                for (int k = m.start(); k < m.end(); k++) {
                    taken[k] = true;
                }
            }
            found.addAll(references(s, taken, text, all, found));
            found.sort(Comparator.comparingInt(Mention::start));
            all.addAll(found);
        }
        return all;
    }

    private static boolean free(boolean[] taken, int from, int length) {
        for (int k = from; k < from + length && k < taken.length; k++) {
            if (taken[k]) {
                return false;
            }
        }
        return true;
    }

    private List<Mention> references(
            Sentence s, boolean[] taken, AnalyzedText text, List<Mention> earlier, List<Mention> here) {
        List<Mention> out = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            if (taken[i]) {
                continue;
            }
            Token t = s.token(i);
            if (t.is("PRON") && (MALE.contains(t.lower()) || FEMALE.contains(t.lower()))) {
                antecedent(s, i, text, earlier, here, m -> m.isPerson())
                        .ifPresent(m -> out.add(new Mention(
                                m.actor(),
                                s.index(),
                                at(s, t),
                                at(s, t) + 1,
                                Mention.Kind.PRONOUN,
                                m.person(),
                                m.role())));
            } else if (ROLE_WORDS.contains(t.lower())
                    && i > 0
                    && s.token(i - 1).lower().equals("the")) {
                int at = i;
                antecedent(
                                s,
                                i,
                                text,
                                earlier,
                                here,
                                m -> m.actor().isPresent()
                                        && m.role()
                                                .map(r -> r.toLowerCase(java.util.Locale.ROOT)
                                                        .contains(t.lower()))
                                                .orElse(false))
                        .or(() -> roleHolder(t.lower()))
                        .ifPresent(m -> out.add(new Mention(
                                m.actor(), s.index(), at - 1, at + 1, Mention.Kind.ROLE, m.person(), m.role())));
            }
        }
        return out;
    }

    private static int at(Sentence s, Token t) {
        return s.tokens().indexOf(t);
    }

    /** The nearest earlier mention in the same paragraph that satisfies {@code compatible}. */
    private static Optional<Mention> antecedent(
            Sentence s,
            int token,
            AnalyzedText text,
            List<Mention> earlier,
            List<Mention> here,
            java.util.function.Predicate<Mention> compatible) {
        for (int k = here.size() - 1; k >= 0; k--) {
            Mention m = here.get(k);
            if (m.start() < token && compatible.test(m)) {
                return Optional.of(m);
            }
        }
        boolean opensParagraph =
                s.index() == 0 || text.sentences().get(s.index() - 1).paragraph() != s.paragraph();
        int allowed = opensParagraph && token < 4 ? s.paragraph() - 1 : s.paragraph();
        for (int k = earlier.size() - 1; k >= 0; k--) {
            Mention m = earlier.get(k);
            if (text.sentences().get(m.sentence()).paragraph() < allowed) {
                break;
            }
            if (compatible.test(m)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** The only representative in the scenario whose role contains the word, if exactly one does. */
    private Optional<Mention> roleHolder(String word) {
        List<Mention> holders = new ArrayList<>();
        for (Actor a : actors) {
            for (Representative r : a.representatives()) {
                if (r.role().toLowerCase(java.util.Locale.ROOT).startsWith(word)) {
                    holders.add(new Mention(
                            Optional.of(a.id()),
                            0,
                            0,
                            1,
                            Mention.Kind.ROLE,
                            Optional.of(r.name()),
                            Optional.of(r.role())));
                }
            }
        }
        return holders.size() == 1 ? Optional.of(holders.get(0)) : Optional.empty();
    }
}
