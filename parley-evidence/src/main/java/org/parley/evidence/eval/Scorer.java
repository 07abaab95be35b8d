package org.parley.evidence.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.parley.evidence.claim.Claim;
import org.parley.evidence.claim.ClaimValue;
import org.parley.evidence.io.GoldClaim;

/**
 * Scores predicted claims against gold claims.
 *
 * <p>Alignment: within one article, every (gold, predicted) pair whose spans overlap is a candidate, weighted by
 * how many of actor, act and issue agree (then by overlap); pairs are taken greedily by weight, each claim at
 * most once. Per field, an aligned pair counts a true positive when the gold field is present and equal, a false
 * positive when the prediction has the field but it differs or gold lacks it, a false negative when gold has it
 * and the prediction differs or lacks it; unaligned predictions count false positives and unaligned gold false
 * negatives for every field they have. Numbers compare on value, range end, unit and comparator; speakers on
 * surname.
 */
public final class Scorer {

    /** The scored fields, in report order. */
    public static final List<String> FIELDS = List.of(
            "claim",
            "actor",
            "act",
            "issue",
            "value",
            "polarity",
            "modality",
            "attribution",
            "speaker",
            "count",
            "tuple");

    private static final Map<String, Function<Claim, Optional<?>>> GETTERS = new LinkedHashMap<>();

    static {
        GETTERS.put("actor", Claim::actor);
        GETTERS.put("act", c -> Optional.of(c.act()));
        GETTERS.put("issue", Claim::issue);
        GETTERS.put("value", c -> c.value().map(Scorer::valueKey));
        GETTERS.put("polarity", c -> Optional.of(c.polarity()));
        GETTERS.put("modality", c -> Optional.of(c.modality()));
        GETTERS.put("attribution", c -> Optional.of(c.attribution().kind()));
        GETTERS.put("speaker", c -> c.attribution().speaker().map(Scorer::surname));
        GETTERS.put(
                "count",
                c -> c.attribution().count().isPresent()
                        ? Optional.of(c.attribution().count().getAsInt())
                        : Optional.empty());
        GETTERS.put(
                "tuple",
                c -> Optional.of(
                        List.of(c.actor(), c.act(), c.issue(), c.value().map(Scorer::valueKey), c.polarity())));
    }

    private Scorer() {}

    /** Speakers compare by surname, so "Malofeyev" matches "Konstantin Malofeyev". */
    private static String surname(String name) {
        String[] words = name.trim().split("\\s+");
        return words[words.length - 1].toLowerCase(java.util.Locale.ROOT);
    }

    private static String valueKey(ClaimValue v) {
        return v.toString();
    }

    /** Scores {@code predicted} against {@code gold}; articles are matched by file name. */
    public static Score score(List<GoldClaim> gold, List<Claim> predicted) {
        Map<String, FieldScore> counts = new LinkedHashMap<>();
        FIELDS.forEach(f -> counts.put(f, new FieldScore(0, 0, 0)));
        List<Claim> golds = gold.stream().map(GoldClaim::claim).toList();
        record Pair(int g, int p, int weight, int overlap) {}
        List<Pair> pairs = new ArrayList<>();
        for (int g = 0; g < golds.size(); g++) {
            for (int p = 0; p < predicted.size(); p++) {
                Claim a = golds.get(g);
                Claim b = predicted.get(p);
                int overlap = Math.min(a.end(), b.end()) - Math.max(a.start(), b.start());
                if (a.article().equals(b.article()) && overlap > 0) {
                    int weight = (a.actor().equals(b.actor()) ? 1 : 0)
                            + (a.act() == b.act() ? 1 : 0)
                            + (a.issue().equals(b.issue()) ? 2 : 0);
                    pairs.add(new Pair(g, p, weight, overlap));
                }
            }
        }
        pairs.sort(Comparator.comparingInt(Pair::weight)
                .thenComparingInt(Pair::overlap)
                .reversed());
        boolean[] goldUsed = new boolean[golds.size()];
        boolean[] predUsed = new boolean[predicted.size()];
        for (Pair pair : pairs) {
            if (goldUsed[pair.g()] || predUsed[pair.p()]) {
                continue;
            }
            goldUsed[pair.g()] = true;
            predUsed[pair.p()] = true;
            counts.merge("claim", new FieldScore(1, 0, 0), Scorer::sum);
            GETTERS.forEach((field, get) -> {
                Optional<?> gv = get.apply(golds.get(pair.g()));
                Optional<?> pv = get.apply(predicted.get(pair.p()));
                boolean equal = gv.isPresent() && Objects.equals(gv, pv);
                counts.merge(
                        field,
                        new FieldScore(
                                equal ? 1 : 0, !equal && pv.isPresent() ? 1 : 0, !equal && gv.isPresent() ? 1 : 0),
                        Scorer::sum);
            });
        }
        for (int g = 0; g < golds.size(); g++) {
            if (!goldUsed[g]) {
                Claim c = golds.get(g);
                counts.merge("claim", new FieldScore(0, 0, 1), Scorer::sum);
                GETTERS.forEach((f, get) ->
                        counts.merge(f, new FieldScore(0, 0, get.apply(c).isPresent() ? 1 : 0), Scorer::sum));
            }
        }
        for (int p = 0; p < predicted.size(); p++) {
            if (!predUsed[p]) {
                Claim c = predicted.get(p);
                counts.merge("claim", new FieldScore(0, 1, 0), Scorer::sum);
                GETTERS.forEach((f, get) ->
                        counts.merge(f, new FieldScore(0, get.apply(c).isPresent() ? 1 : 0, 0), Scorer::sum));
            }
        }
        return new Score(counts);
    }

    private static FieldScore sum(FieldScore a, FieldScore b) {
        return a.plus(b.tp(), b.fp(), b.fn());
    }
}
