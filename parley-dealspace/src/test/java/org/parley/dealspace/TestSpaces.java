package org.parley.dealspace;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.parley.dealspace.outcome.DiscreteIssue;
import org.parley.dealspace.outcome.OutcomeSpace;
import org.parley.dealspace.utility.AdditiveUtility;
import org.parley.dealspace.utility.DealSpace;
import org.parley.dealspace.utility.Party;
import org.parley.dealspace.utility.ValueFunction;
import org.parley.model.scenario.IssueScale;
import org.parley.model.scenario.IssueValue;
import org.parley.model.scenario.Level;

/** Seeded random deal spaces for tests and benchmarks. */
public final class TestSpaces {
    private TestSpaces() {}

    /** An issue with labelled values v0 … v{size-1}. */
    public static DiscreteIssue labelled(String id, int size) {
        List<Level> levels = new ArrayList<>();
        List<IssueValue> values = new ArrayList<>();
        for (int k = 0; k < size; k++) {
            levels.add(new Level("v" + k, "v" + k));
            values.add(IssueValue.of("v" + k));
        }
        return new DiscreteIssue(id, new IssueScale.Categorical(levels), values);
    }

    /** A space with the given number of values per issue. */
    public static OutcomeSpace space(int... sizes) {
        List<DiscreteIssue> issues = new ArrayList<>();
        for (int j = 0; j < sizes.length; j++) {
            issues.add(labelled("i" + j, sizes[j]));
        }
        return new OutcomeSpace(issues);
    }

    /** An additive utility from weights and value tables (values[j][k]). */
    public static AdditiveUtility utility(OutcomeSpace space, double[] weights, double[][] values) {
        List<Double> w = new ArrayList<>();
        List<ValueFunction> f = new ArrayList<>();
        for (int j = 0; j < space.issueCount(); j++) {
            w.add(weights[j]);
            Map<IssueValue, Double> table = new LinkedHashMap<>();
            for (int k = 0; k < space.issue(j).size(); k++) {
                table.put(space.issue(j).value(k), values[j][k]);
            }
            f.add(new ValueFunction.Table(table));
        }
        return new AdditiveUtility(space, w, f);
    }

    /**
     * A random additive utility. With {@code coarse} the values come from {0, ¼, ½, ¾, 1} and weights from a
     * few fractions, so that ties between outcomes are frequent.
     */
    public static AdditiveUtility randomUtility(OutcomeSpace space, Random rnd, boolean coarse) {
        int m = space.issueCount();
        double[] w = new double[m];
        double sum = 0;
        for (int j = 0; j < m; j++) {
            w[j] = coarse ? 1 + rnd.nextInt(3) : rnd.nextDouble() + 0.01;
            sum += w[j];
        }
        double[][] v = new double[m][];
        for (int j = 0; j < m; j++) {
            w[j] /= sum;
            v[j] = new double[space.issue(j).size()];
            for (int k = 0; k < v[j].length; k++) {
                v[j][k] = coarse ? rnd.nextInt(5) / 4.0 : rnd.nextDouble();
            }
        }
        return utility(space, w, v);
    }

    /** A random deal space with random reservations in [0, 0.6] and powers in [1, 5]. */
    public static DealSpace random(Random rnd, int parties, OutcomeSpace space, boolean coarse) {
        List<Party> list = new ArrayList<>();
        for (int i = 0; i < parties; i++) {
            list.add(new Party(
                    "p" + i,
                    "p" + i,
                    randomUtility(space, rnd, coarse),
                    Math.round(rnd.nextDouble() * 60) / 100.0,
                    1 + rnd.nextInt(5),
                    Map.of(),
                    Map.of(),
                    Map.of()));
        }
        return new DealSpace("random", space, list, List.of());
    }

    /**
     * Two parties with opposed utilities: the same random weights for both, party A's values uniform, party
     * B's {@code ρ·(1 − v_A) + (1 − ρ)·noise}. At ρ = 1 every outcome is on the frontier (u_A + u_B = 1); the
     * closer ρ is to 1, the larger the frontier.
     */
    public static DealSpace opposed(Random rnd, OutcomeSpace space, double rho) {
        int m = space.issueCount();
        double[] w = new double[m];
        double sum = 0;
        for (int j = 0; j < m; j++) {
            w[j] = rnd.nextDouble() + 0.01;
            sum += w[j];
        }
        double[][] va = new double[m][];
        double[][] vb = new double[m][];
        for (int j = 0; j < m; j++) {
            w[j] /= sum;
            int size = space.issue(j).size();
            va[j] = new double[size];
            vb[j] = new double[size];
            for (int k = 0; k < size; k++) {
                va[j][k] = rnd.nextDouble();
                vb[j][k] = rho * (1 - va[j][k]) + (1 - rho) * rnd.nextDouble();
            }
        }
        List<Party> list = List.of(Party.of("a", utility(space, w, va), 0), Party.of("b", utility(space, w, vb), 0));
        return new DealSpace("opposed", space, list, List.of());
    }

    /** Random issue sizes with a product of at most {@code maxOutcomes}. */
    public static OutcomeSpace randomSpace(Random rnd, int maxOutcomes) {
        List<Integer> sizes = new ArrayList<>();
        long product = 1;
        int issues = 1 + rnd.nextInt(6);
        for (int j = 0; j < issues; j++) {
            int size = 1 + rnd.nextInt(8);
            if (product * size > maxOutcomes) {
                break;
            }
            product *= size;
            sizes.add(size);
        }
        if (sizes.isEmpty()) {
            sizes.add(1 + rnd.nextInt(Math.min(8, maxOutcomes)));
        }
        return space(sizes.stream().mapToInt(Integer::intValue).toArray());
    }
}
