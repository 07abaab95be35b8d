package org.parley.evidence.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.parley.evidence.nlp.Sentence;
import org.parley.evidence.nlp.TextAnalyzer;
import org.parley.evidence.nlp.Token;
import org.parley.model.scenario.Issue;
import org.parley.model.scenario.Scenario;

/**
 * Finds issues in sentences by their lexicons. Each lexicon entry is analysed once with the same
 * {@link TextAnalyzer} as the text, and a token matches an entry word when the lemmas agree or the words agree
 * in lower case ("guarantees" matches the entry "security guarantee"). Longest entries win and a token belongs
 * to at most one match, so "NATO troops" counts for the foreign-troops issue and not also for "NATO".
 */
public final class IssueMatcher {

    private record Entry(String issue, String term, Phrase phrase) {}

    private final List<Entry> entries = new ArrayList<>();
    private final java.util.Map<String, List<Integer>> byFirst = new java.util.HashMap<>();

    /** A matcher for the issues of a scenario, analysing lexicon entries with {@code analyzer}. */
    public IssueMatcher(Scenario scenario, TextAnalyzer analyzer) {
        for (Issue issue : scenario.issues()) {
            for (String term : issue.lexicon()) {
                List<Token> tokens = analyzer.tokens(term);
                if (tokens.isEmpty()) {
                    continue;
                }
                List<String> words = tokens.stream()
                        .map(t -> t.text().equals(t.text().toUpperCase(java.util.Locale.ROOT)) ? t.text() : t.lower())
                        .toList();
                List<String> lemmas = tokens.stream().map(Token::lemma).toList();
                entries.add(new Entry(issue.id(), term, new Phrase(words, lemmas)));
            }
        }
        entries.sort(Comparator.comparingInt((Entry e) -> e.phrase().size()).reversed());
        for (int k = 0; k < entries.size(); k++) {
            Phrase p = entries.get(k).phrase();
            byFirst.computeIfAbsent(p.words().get(0).toLowerCase(java.util.Locale.ROOT), x -> new ArrayList<>())
                    .add(k);
            byFirst.computeIfAbsent(p.lemmas().get(0), x -> new ArrayList<>()).add(k);
        }
    }

    /** The issue mentions in one sentence, in token order. */
    public List<IssueMention> mentions(Sentence s) {
        boolean[] taken = new boolean[s.size()];
        List<IssueMention> out = new ArrayList<>();
        for (Entry e : entries) {
            for (int i = 0; i + e.phrase().size() <= s.size(); i++) {
                if (taken[i]
                        || !e.phrase().matchesAt(s, i, true)
                        || !free(taken, i, e.phrase().size())) {
                    continue;
                }
                for (int k = i; k < i + e.phrase().size(); k++) {
                    taken[k] = true;
                }
                out.add(new IssueMention(e.issue(), s.index(), i, i + e.phrase().size(), e.term()));
            }
        }
        out.sort(Comparator.comparingInt(IssueMention::start));
        return out;
    }

    private java.util.Set<Integer> candidatesAt(Sentence s, int i) {
        java.util.Set<Integer> out = new java.util.TreeSet<>();
        out.addAll(byFirst.getOrDefault(s.token(i).lower(), List.of()));
        out.addAll(byFirst.getOrDefault(s.token(i).lemma(), List.of()));
        return out;
    }

    private static boolean free(boolean[] taken, int from, int length) {
        for (int k = from; k < from + length; k++) {
            if (taken[k]) {
                return false;
            }
        }
        return true;
    }
}
