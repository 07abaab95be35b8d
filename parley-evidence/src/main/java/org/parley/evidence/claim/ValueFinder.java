package org.parley.evidence.claim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parley.evidence.match.QuantityMention;
import org.parley.evidence.nlp.Sentence;
import org.parley.model.scenario.Issue;
import org.parley.model.scenario.IssueScale;
import org.parley.model.scenario.Level;
import org.parley.model.scenario.Scenario;

/**
 * The value a clause gives for an issue.
 *
 * <ul>
 *   <li>Continuous scales: the quantity whose unit is the scale's unit; else the only counted quantity whose
 *       unit is not another continuous issue's unit.
 *   <li>Ordinal and categorical scales: the level whose words (id and label, stems of their first six letters,
 *       stop words and words shared by every level left out) overlap most with the clause; none on a tie.
 *   <li>Boolean scales: no value; the stance is the polarity toward the issue.
 * </ul>
 */
final class ValueFinder {

    private static final Set<String> STOP = Set.of(
            "the", "and", "for", "with", "from", "into", "that", "this", "their", "them", "they", "than", "more",
            "less", "some", "other", "after", "before", "still", "only", "without", "under", "over", "between",
            "current", "today", "allowed", "kept", "keeps", "stay", "stays", "left", "open", "later", "first", "talks",
            "soon", "what", "where", "when");

    private final Map<String, Map<String, Set<String>>> levelStems = new HashMap<>();
    private final Set<String> continuousUnits = new HashSet<>();

    ValueFinder(Scenario scenario) {
        for (Issue issue : scenario.issues()) {
            List<Level> levels = levels(issue.scale());
            if (levels.isEmpty()) {
                if (issue.scale() instanceof IssueScale.Continuous c) {
                    continuousUnits.add(c.unit());
                }
                continue;
            }
            Map<String, Set<String>> stems = new HashMap<>();
            for (Level l : levels) {
                Set<String> words = new HashSet<>(stems(l.id().replace('_', ' ')));
                words.addAll(stems(l.label()));
                stems.put(l.id(), words);
            }
            Set<String> common = new HashSet<>(stems.values().iterator().next());
            stems.values().forEach(common::retainAll);
            stems.values().forEach(set -> set.removeAll(common));
            levelStems.put(issue.id(), stems);
        }
    }

    private static List<Level> levels(IssueScale scale) {
        if (scale instanceof IssueScale.Ordinal o) {
            return o.levels();
        }
        if (scale instanceof IssueScale.Categorical c) {
            return c.options();
        }
        return List.of();
    }

    private static List<String> stems(String text) {
        List<String> out = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\d]+")) {
            if (w.length() >= 4 && !STOP.contains(w)) {
                out.add(w.length() > 6 ? w.substring(0, 6) : w);
            }
        }
        return out;
    }

    Optional<ClaimValue> find(Issue issue, Sentence s, int from, int to, List<QuantityMention> quantities) {
        if (issue.scale() instanceof IssueScale.Continuous c) {
            Optional<QuantityMention> exact = quantities.stream()
                    .filter(q -> q.quantity().unit().equals(c.unit()))
                    .findFirst();
            if (exact.isPresent()) {
                return exact.map(q -> new ClaimValue.Amount(q.quantity()));
            }
            List<QuantityMention> counts = quantities.stream()
                    .filter(q -> q.kind() == QuantityMention.Kind.COUNT
                            && !continuousUnits.contains(q.quantity().unit()))
                    .toList();
            boolean countScale = !c.unit().equals("percent") && !c.unit().equals("km");
            return countScale && counts.size() == 1
                    ? Optional.of(new ClaimValue.Amount(counts.get(0).quantity()))
                    : Optional.empty();
        }
        Map<String, Set<String>> levels = levelStems.get(issue.id());
        if (levels == null) {
            return Optional.empty();
        }
        Set<String> clause = new HashSet<>();
        for (int k = from; k < to; k++) {
            String lemma = s.token(k).lemma();
            String word = s.token(k).lower();
            clause.addAll(stems(lemma));
            clause.addAll(stems(word));
        }
        String best = null;
        int bestScore = 0;
        boolean tie = false;
        for (Map.Entry<String, Set<String>> e : levels.entrySet()) {
            int score = 0;
            for (String stem : e.getValue()) {
                if (clause.contains(stem)) {
                    score++;
                }
            }
            if (score > bestScore) {
                best = e.getKey();
                bestScore = score;
                tie = false;
            } else if (score == bestScore && score > 0) {
                tie = true;
            }
        }
        return best == null || tie ? Optional.empty() : Optional.of(new ClaimValue.Level(best));
    }
}
