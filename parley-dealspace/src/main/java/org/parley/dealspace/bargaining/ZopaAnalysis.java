package org.parley.dealspace.bargaining;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.parley.dealspace.ProgressListener;
import org.parley.dealspace.outcome.OutcomeSpace;
import org.parley.dealspace.utility.AdditiveUtility;
import org.parley.dealspace.utility.DealSpace;

/**
 * Counts the {@link Zopa} of a deal space — the outcomes with {@code Σ_j c_ij(x_j) ≥ d_i} for every party i
 * (additive integer utilities in units) — by branch and bound over the issues with whole-subtree resolution,
 * and finds per issue the values that occur in some such outcome.
 *
 * <p><b>Method.</b> Issues on which no party's contribution varies are factored out (they multiply the
 * count). The others are ordered by spread, largest first (the spread {@code max − min} of each party's
 * contributions, as a share of that party's total spread, summed over parties), and the values of an issue
 * with the same contribution for every party are merged into one branch with a multiplicity. At a node of
 * depth j with partial sums {@code s_i}, and suffix sums {@code lo_i(j)}, {@code hi_i(j)} of the per-issue
 * minima and maxima of the issues still open: if {@code s_i + hi_i(j) < d_i} for some party no outcome
 * below is in the zone; a party with {@code s_i + lo_i(j) ≥ d_i} is satisfied by every outcome below and
 * drops out; when none is left, all {@code Π_{j'≥j} |X_j'|} outcomes below are in the zone and are added
 * without descending. When exactly one party is left the count is one-dimensional — the completions whose sum
 * for that party reaches a threshold — and is answered by binary search in a table of the sorted suffix sums
 * of that party over the last issues (built once per party, at most {@value #TABLE_CAP} distinct sums per
 * suffix; a party that cares about few issues, or values them on a coarse scale, has few distinct sums and
 * so a table over many issues), after a one-party branch and bound down to the table. The per-issue values follow from the same
 * search: a branch marks its value when some outcome below it is in the zone; a subtree wholly in the zone
 * marks every value below; and with one party left, a value is in the zone exactly when it plus that party's
 * best values on the other open issues reaches the threshold.
 *
 * <p><b>Budget.</b> Expanding a node (generating its children, or one table look-up) costs one unit of a
 * deterministic node budget. The exact depth-first pass stops when the budget is spent; then a second pass
 * with a quarter of the budget shares it out fairly (each child gets the part of what is left in proportion to the
 * number of outcomes below it; what a child does not use goes to its later siblings), so that the undecided
 * outcomes are spread thinly over the whole tree instead of filling one corner. Its result is rigorous
 * bounds: lower = outcomes proven in, upper = all outcomes − outcomes proven out. A third pass repeats the
 * second and draws {@code samples} outcomes uniformly from the undecided ones (a node with probability
 * proportional to its number of outcomes, then a uniform completion; fixed seed, so the result is
 * reproducible), which gives an unbiased estimate of the count with a 95 % interval. The per-issue values are
 * then complete only if every value was marked; otherwise they are left out here ({@link Result#seen} has the
 * values found) and a caller can complete them with CP-SAT.
 *
 * <p><b>Cost.</b> Preparation O(n·Σ|X_j| + m log m). Each expansion costs O(n·g) for g branches (one table
 * look-up O(log T)); tables O(T log T) memory and time per party, T ≤ {@value #TABLE_CAP} per suffix. The
 * number of expansions is at most the budget B in the exact pass and B/4 in each of the other two (run only
 * when the first runs out), so at most 1.5·B, plus O(samples·m·n) for the estimate. Memory O(n·m + Σ|X_j|·n) plus the tables.
 */
public final class ZopaAnalysis {
    /** Default node budget per pass. */
    public static final long DEFAULT_BUDGET = 20_000_000L;
    /** Default number of Monte-Carlo samples when the count is only bounded. */
    public static final int DEFAULT_SAMPLES = 100_000;
    /** Default seed of the Monte-Carlo generator. */
    public static final long DEFAULT_SEED = 20_250_101L;
    /** Largest number of distinct sums in one party's suffix table. */
    static final int TABLE_CAP = 1 << 18;
    /** Largest number of distinct points (pairs of sums) in a two-party suffix table. */
    static final int PAIR_CAP = 1 << 16;
    /** Largest number of suffix combinations enumerated to build one two-party table. */
    static final int PAIR_ENUMERATION = 1 << 18;
    /** Memory for all two-party tables of one analysis, in longs (64 MB). */
    static final long PAIR_MEMORY = 1L << 23;

    private static final long MAX_WEIGHT = 1L << 62;

    private final long budget;
    private final int samples;
    private final long seed;
    private final boolean tables;

    /**
     * @param budget node budget per pass (at least 1)
     * @param samples Monte-Carlo samples drawn when the count is only bounded (0 for none)
     * @param seed seed of the Monte-Carlo generator
     */
    public ZopaAnalysis(long budget, int samples, long seed) {
        this(budget, samples, seed, true);
    }

    /** As the public constructor; without {@code tables} every count is by branch and bound (for tests). */
    ZopaAnalysis(long budget, int samples, long seed, boolean tables) {
        if (budget < 1 || samples < 0) {
            throw new IllegalArgumentException("budget must be positive and samples non-negative");
        }
        this.budget = budget;
        this.samples = samples;
        this.seed = seed;
        this.tables = tables;
    }

    /** A node budget of {@value #DEFAULT_BUDGET}, {@value #DEFAULT_SAMPLES} samples, the default seed. */
    public static ZopaAnalysis defaults() {
        return new ZopaAnalysis(DEFAULT_BUDGET, DEFAULT_SAMPLES, DEFAULT_SEED);
    }

    /**
     * The zone's count (or bounds) and values per issue, as a result that also says whether the values are
     * complete and which were found.
     *
     * @param zopa the zone; its per-issue values are empty when they are not complete
     * @param valuesComplete whether every value that occurs in the zone was found
     * @param seen {@code seen[j][k]}: value k of issue j was proven to occur in the zone (complete when
     *     {@code valuesComplete})
     * @param nodes nodes expanded over all passes
     */
    public record Result(Zopa zopa, boolean valuesComplete, boolean[][] seen, long nodes) {
        public Result {
            seen = copy(seen);
        }

        /** A copy of the marks. */
        @Override
        public boolean[][] seen() {
            return copy(seen);
        }

        private static boolean[][] copy(boolean[][] s) {
            boolean[][] c = new boolean[s.length][];
            for (int j = 0; j < s.length; j++) {
                c[j] = s[j].clone();
            }
            return c;
        }
    }

    /** The zone of possible agreement; see {@link #analyse} for the cost. */
    public Zopa compute(DealSpace deal, ProgressListener progress) {
        return analyse(deal, progress).zopa();
    }

    /** The zone of possible agreement with the marks of the values found; cost in the class comment. */
    public Result analyse(DealSpace deal, ProgressListener progress) {
        Search s = new Search(deal, tables);
        long used;
        boolean exact;
        try {
            s.visit(0, 1, s.n, Long.MAX_VALUE, budget);
            used = s.nodes;
            exact = true;
        } catch (Exhausted e) {
            used = budget;
            exact = false;
        }
        progress.progress(1, 3);
        OutcomeSpace space = deal.space();
        if (exact) {
            boolean[][] seen = s.seen();
            progress.progress(3, 3);
            BigInteger count = s.in.value().multiply(s.free);
            return new Result(
                    new Zopa(Optional.of(count), Optional.empty(), Zopa.boundsOf(space, seen), ""), true, seen, used);
        }
        // fair pass: bounds, and the undecided mass
        s.reset();
        Undecided total = new Undecided(s, null);
        s.sink = total;
        long share = Math.max(1, budget / 4);
        long fair = s.visit(0, 1, s.n, share, Long.MAX_VALUE);
        progress.progress(2, 3);
        BigInteger lower = s.in.value().multiply(s.free);
        BigInteger upper = space.size().subtract(s.out.value().multiply(s.free));
        BigInteger undecided = total.mass.value().multiply(s.free);
        Optional<Zopa.Estimate> estimate = Optional.empty();
        long nodes = used + fair;
        if (samples > 0 && undecided.signum() > 0) {
            s.reset();
            UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
            double[] at = new double[samples];
            for (int k = 0; k < samples; k++) {
                at[k] = Math.min(rng.nextDouble() * total.cumulative, Math.nextDown(total.cumulative));
            }
            Arrays.sort(at);
            Undecided draw = new Undecided(s, new Sampler(at, rng));
            s.sink = draw;
            nodes += s.visit(0, 1, s.n, share, Long.MAX_VALUE);
            int hits = draw.sampler.hits;
            estimate = Optional.of(estimate(lower, upper, undecided, samples, hits, seed));
        }
        progress.progress(3, 3);
        boolean[][] seen = s.seen();
        boolean complete = Arrays.stream(seen).allMatch(ZopaAnalysis::all) || upper.signum() == 0;
        String why = boundedReason(budget) + (complete ? "" : "; the values per issue were not all decided");
        return new Result(
                new Zopa(
                        Optional.empty(),
                        Optional.of(new Zopa.CountBounds(lower, upper, budget, estimate)),
                        complete ? Zopa.boundsOf(space, seen) : List.of(),
                        why),
                complete,
                seen,
                nodes);
    }

    /** Why a count is only bounded. */
    public static String boundedReason(long budget) {
        return "the count stopped at its budget of " + budget + " search nodes, so it is bounded";
    }

    private static boolean all(boolean[] b) {
        for (boolean x : b) {
            if (!x) {
                return false;
            }
        }
        return true;
    }

    /** lower + U·p̂ with Wilson's 95 % score interval for p̂, rounded to whole deals within the bounds. */
    static Zopa.Estimate estimate(
            BigInteger lower, BigInteger upper, BigInteger undecided, int samples, int hits, long seed) {
        double z = 1.959963984540054;
        double k = samples;
        double p = hits / k;
        double centre = (p + z * z / (2 * k)) / (1 + z * z / k);
        double half = z * Math.sqrt(p * (1 - p) / k + z * z / (4 * k * k)) / (1 + z * z / k);
        BigDecimal u = new BigDecimal(undecided);
        BigInteger value = lower.add(u.multiply(BigDecimal.valueOf(hits))
                .divide(BigDecimal.valueOf(samples), 0, RoundingMode.HALF_EVEN)
                .toBigInteger());
        BigInteger low = lower.add(u.multiply(BigDecimal.valueOf(Math.max(0, centre - half)))
                .setScale(0, RoundingMode.FLOOR)
                .toBigInteger());
        BigInteger high = lower.add(u.multiply(BigDecimal.valueOf(Math.min(1, centre + half)))
                .setScale(0, RoundingMode.CEILING)
                .toBigInteger());
        return new Zopa.Estimate(
                clamp(value, lower, upper), clamp(low, lower, upper), clamp(high, lower, upper), samples, hits, seed);
    }

    private static BigInteger clamp(BigInteger x, BigInteger lo, BigInteger hi) {
        return x.max(lo).min(hi);
    }

    /** Thrown when the exact pass spends its budget. */
    private static final class Exhausted extends RuntimeException {
        private static final Exhausted INSTANCE = new Exhausted();

        private Exhausted() {
            super(null, null, false, false);
        }
    }

    /** A sum of products {@code w·x} of non-negative numbers: a long while it fits, BigInteger beyond. */
    static final class Acc {
        private long low;
        private BigInteger high = BigInteger.ZERO;

        void add(long w, long x) {
            long p = w * x;
            if (Math.multiplyHigh(w, x) != 0 || p < 0) {
                high = high.add(BigInteger.valueOf(w).multiply(BigInteger.valueOf(x)));
                return;
            }
            long r = low + p;
            if (r < 0) {
                high = high.add(BigInteger.valueOf(low));
                low = p;
            } else {
                low = r;
            }
        }

        void add(long w, BigInteger x) {
            high = high.add(x.multiply(BigInteger.valueOf(w)));
        }

        BigInteger value() {
            return high.add(BigInteger.valueOf(low));
        }
    }

    /** Receives the nodes left undecided by a budgeted pass. */
    private interface Sink {
        /**
         * @param j depth
         * @param w weight (outcomes per branch)
         * @param parties the parties still open, {@code need[i]} what each still needs from issues j …
         */
        void node(int j, long w, int[] parties, int count, long[] need);
    }

    /** Sums the undecided outcomes (exactly and as a double in visiting order) and optionally samples them. */
    private static final class Undecided implements Sink {
        final Search s;
        final Sampler sampler;
        final Acc mass = new Acc();
        double cumulative;

        Undecided(Search s, Sampler sampler) {
            this.s = s;
            this.sampler = sampler;
        }

        @Override
        public void node(int j, long w, int[] parties, int count, long[] need) {
            double m = (double) w * s.massD[j];
            if (s.massL[j] >= 0) {
                mass.add(w, s.massL[j]);
            } else {
                mass.add(w, s.massB[j]);
            }
            cumulative += m;
            if (sampler != null) {
                sampler.draw(s, cumulative, j, parties, count, need);
            }
        }
    }

    /** Draws uniform completions of undecided nodes at sorted positions along their cumulative mass. */
    private static final class Sampler {
        final double[] at;
        final UniformRandomProvider rng;
        int next;
        int hits;

        Sampler(double[] at, UniformRandomProvider rng) {
            this.at = at;
            this.rng = rng;
        }

        /** Every position is below the total, which the replayed pass reaches in the same order. */
        void draw(Search s, double to, int j, int[] parties, int count, long[] need) {
            while (next < at.length && at[next] < to) {
                hits += s.sample(rng, j, parties, count, need) ? 1 : 0;
                next++;
            }
        }
    }

    /** The mutable state of one analysis. */
    private static final class Search {
        final int n;
        final int m;
        /** whether a pair table answered a query (its own value marks may then be incomplete) */
        boolean pairUsed;
        /** sizes of the original issues */
        final int[] sizes;
        /** original index of the issue at each depth */
        final int[] order;
        /** product of the sizes of the issues nobody's contribution varies on */
        final BigInteger free;

        final long[] d;
        /** contributions per depth, original value, party: oc[j][k][i] */
        final long[][][] oc;
        /** merged branches per depth: contribution per party, multiplicity, original values */
        final long[][][] gc;

        final long[][] gm;
        final int[][][] gv;
        final long[][] lo;
        final long[][] hi;
        /** number of outcomes below depth j: exact, as a long (−1 when it does not fit), as a double */
        final BigInteger[] massB;

        final long[] massL;
        final double[] massD;
        final long[][] sums;
        final int[][] open;
        final long[] need;
        final boolean[][] seenG;
        int allFrom;
        /** lowest threshold minus best suffix met by a one-party node, per party and depth */
        final long[][] e1;

        final Table[] tables;
        Acc in = new Acc();
        Acc out = new Acc();
        long nodes;
        Sink sink;

        /** whether one- and two-party tables are used */
        final boolean useTables;

        Search(DealSpace deal, boolean useTables) {
            this.useTables = useTables;
            OutcomeSpace space = deal.space();
            List<AdditiveUtility> u = deal.utilities();
            n = u.size();
            int issues = space.issueCount();
            sizes = new int[issues];
            for (int j = 0; j < issues; j++) {
                sizes[j] = space.issue(j).size();
            }
            long[] dd = deal.disagreementUnits().clone();
            double[] spread = new double[issues];
            int[] caring = new int[issues];
            double[] total = new double[n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < issues; j++) {
                    total[i] += u.get(i).maxContribution(j) - u.get(i).minContribution(j);
                }
            }
            BigInteger freeSize = BigInteger.ONE;
            List<Integer> kept = new ArrayList<>();
            for (int j = 0; j < issues; j++) {
                boolean varies = false;
                for (int i = 0; i < n; i++) {
                    long r = u.get(i).maxContribution(j) - u.get(i).minContribution(j);
                    varies |= r > 0;
                    caring[j] += r > 0 ? 1 : 0;
                    spread[j] += r > 0 ? r / total[i] : 0;
                }
                if (varies) {
                    kept.add(j);
                } else {
                    freeSize =
                            freeSize.multiply(BigInteger.valueOf(space.issue(j).size()));
                    for (int i = 0; i < n; i++) {
                        dd[i] -= u.get(i).contribution(j, 0);
                    }
                }
            }
            free = freeSize;
            d = dd;
            order = kept.stream()
                    .sorted(Comparator.comparingInt((Integer j) -> -caring[j])
                            .thenComparingDouble(j -> -spread[j])
                            .thenComparing(j -> j))
                    .mapToInt(Integer::intValue)
                    .toArray();
            m = order.length;
            oc = new long[m][][];
            gc = new long[m][][];
            gm = new long[m][];
            gv = new int[m][][];
            long weight = 1;
            for (int j = 0; j < m; j++) {
                int size = space.issue(order[j]).size();
                oc[j] = new long[size][n];
                for (int k = 0; k < size; k++) {
                    for (int i = 0; i < n; i++) {
                        oc[j][k][i] = u.get(i).contribution(order[j], k);
                    }
                }
                List<List<Integer>> groups = new ArrayList<>();
                long[][] here = oc[j];
                for (int k = 0; k < size; k++) {
                    long[] c = here[k];
                    Optional<List<Integer>> same = groups.stream()
                            .filter(g -> Arrays.equals(here[g.get(0)], c))
                            .findFirst();
                    if (same.isPresent()) {
                        same.get().add(k);
                    } else {
                        groups.add(new ArrayList<>(List.of(k)));
                    }
                }
                long biggest = groups.stream().mapToLong(List::size).max().orElse(1);
                if (biggest > 1 && weight > MAX_WEIGHT / biggest) {
                    // merging here could overflow a branch weight: keep every value apart
                    groups.clear();
                    IntStream.range(0, size).forEach(k -> groups.add(new ArrayList<>(List.of(k))));
                    biggest = 1;
                }
                weight *= biggest;
                gc[j] = new long[groups.size()][];
                gm[j] = new long[groups.size()];
                gv[j] = new int[groups.size()][];
                for (int g = 0; g < groups.size(); g++) {
                    gc[j][g] = oc[j][groups.get(g).get(0)];
                    gm[j][g] = groups.get(g).size();
                    gv[j][g] =
                            groups.get(g).stream().mapToInt(Integer::intValue).toArray();
                }
            }
            lo = new long[m + 1][n];
            hi = new long[m + 1][n];
            massB = new BigInteger[m + 1];
            massL = new long[m + 1];
            massD = new double[m + 1];
            massB[m] = BigInteger.ONE;
            for (int j = m - 1; j >= 0; j--) {
                for (int i = 0; i < n; i++) {
                    long mn = Long.MAX_VALUE;
                    long mx = Long.MIN_VALUE;
                    for (long[] c : oc[j]) {
                        mn = Math.min(mn, c[i]);
                        mx = Math.max(mx, c[i]);
                    }
                    lo[j][i] = lo[j + 1][i] + mn;
                    hi[j][i] = hi[j + 1][i] + mx;
                }
                massB[j] = massB[j + 1].multiply(BigInteger.valueOf(oc[j].length));
            }
            for (int j = 0; j <= m; j++) {
                massL[j] = massB[j].bitLength() < 63 ? massB[j].longValue() : -1;
                massD[j] = massB[j].doubleValue();
            }
            sums = new long[m + 1][n];
            open = new int[m + 2][n];
            for (int i = 0; i < n; i++) {
                open[0][i] = i;
            }
            need = new long[n];
            seenG = new boolean[m][];
            for (int j = 0; j < m; j++) {
                seenG[j] = new boolean[gc[j].length];
            }
            allFrom = Integer.MAX_VALUE;
            e1 = new long[n][m + 1];
            for (long[] e : e1) {
                Arrays.fill(e, Long.MAX_VALUE);
            }
            tables = new Table[n];
            marks = new boolean[m][];
            for (int j = 0; j < m; j++) {
                marks[j] = new boolean[oc[j].length];
            }
        }

        /** Clears the counts for another pass (marks and tables are kept: they are facts). */
        void reset() {
            in = new Acc();
            out = new Acc();
            nodes = 0;
        }

        private void addIn(long w, int j) {
            if (massL[j] >= 0) {
                in.add(w, massL[j]);
            } else {
                in.add(w, massB[j]);
            }
        }

        private void addOut(long w, int j) {
            if (massL[j] >= 0) {
                out.add(w, massL[j]);
            } else {
                out.add(w, massB[j]);
            }
        }

        /** Whether the last visit found an outcome of the zone below its node. */
        boolean found;

        /**
         * Visits the node at depth j whose sums are in {@code sums[j]} and whose open parties are the first
         * {@code count} of {@code open[j]}.
         *
         * @param w outcomes per outcome below (product of the multiplicities of the branches taken)
         * @param share the budget share of this subtree (fair pass), {@code Long.MAX_VALUE} in the exact pass
         * @param limit the global budget (exact pass), {@code Long.MAX_VALUE} in the fair pass
         * @return the nodes expanded
         */
        long visit(int j, long w, int count, long share, long limit) {
            long[] s = sums[j];
            int[] from = open[j];
            int[] to = open[j + 1];
            int left = 0;
            long[] lj = lo[j];
            long[] hj = hi[j];
            for (int t = 0; t < count; t++) {
                int i = from[t];
                long x = s[i];
                if (x + hj[i] < d[i]) {
                    addOut(w, j);
                    found = false;
                    return 0;
                }
                if (x + lj[i] < d[i]) {
                    to[left++] = i;
                }
            }
            if (left == 0) {
                addIn(w, j);
                allFrom = Math.min(allFrom, j);
                found = true;
                return 0;
            }
            if (left == 1) {
                int i = to[0];
                e1[i][j] = Math.min(e1[i][j], d[i] - s[i] - hj[i]);
                long used = single(i, j, w, d[i] - s[i], share, limit);
                found = true;
                return used;
            }
            if (left == 2 && useTables) {
                PairTable pt = pair(to[0], to[1]);
                Level level = pt != null && j >= pt.from && share >= 1 ? pt.level(this, j) : null;
                if (level != null) {
                    if (++nodes > limit) {
                        throw Exhausted.INSTANCE;
                    }
                    int a = pt.a;
                    int b = pt.b;
                    found = level.count(this, d[a] - s[a], d[b] - s[b], w);
                    return 1;
                }
            }
            if (share < 1) {
                for (int t = 0; t < left; t++) {
                    need[to[t]] = d[to[t]] - s[to[t]];
                }
                sink.node(j, w, to, left, need);
                found = false;
                return 0;
            }
            if (++nodes > limit) {
                throw Exhausted.INSTANCE;
            }
            long used = 1;
            long rest = share - 1;
            long restMass = oc[j].length;
            long[] s2 = sums[j + 1];
            long[][] cj = gc[j];
            boolean any = false;
            for (int g = 0; g < cj.length; g++) {
                long[] c = cj[g];
                for (int t = 0; t < left; t++) {
                    int i = to[t];
                    s2[i] = s[i] + c[i];
                }
                long mult = gm[j][g];
                long sub = share == Long.MAX_VALUE ? Long.MAX_VALUE : portion(rest, mult, restMass, g, cj.length);
                long u = visit(j + 1, w * mult, left, sub, limit);
                if (share != Long.MAX_VALUE) {
                    rest -= u;
                    used += u;
                    restMass -= mult;
                }
                if (found) {
                    seenG[j][g] = true;
                    any = true;
                }
            }
            found = any;
            return used;
        }

        /** The part of {@code rest} for a branch of multiplicity {@code mult} out of {@code restMass}. */
        private static long portion(long rest, long mult, long restMass, int g, int groups) {
            if (g == groups - 1 || restMass <= 0) {
                return rest;
            }
            return rest / restMass * mult + rest % restMass * mult / restMass;
        }

        /**
         * One open party i at depth j, which needs {@code t} more units from issues j …: counts its
         * completions by a one-party branch and bound down to its suffix table, then binary search.
         */
        long single(int i, int j, long w, long t, long share, long limit) {
            if (t <= lo[j][i]) {
                addIn(w, j);
                return 0;
            }
            if (t > hi[j][i]) {
                addOut(w, j);
                return 0;
            }
            Table tab = table(i);
            if (useTables && j >= tab.from) {
                if (share < 1) {
                    undecided1(i, j, w, t);
                    return 0;
                }
                if (++nodes > limit) {
                    throw Exhausted.INSTANCE;
                }
                long c = tab.atLeast(j, t);
                in.add(w, c);
                out.add(w, massL[j] - c);
                return 1;
            }
            if (share < 1) {
                undecided1(i, j, w, t);
                return 0;
            }
            if (++nodes > limit) {
                throw Exhausted.INSTANCE;
            }
            long used = 1;
            long rest = share - 1;
            long restMass = oc[j].length;
            long[] values = tab.values[j];
            long[] mults = tab.mults[j];
            for (int g = 0; g < values.length; g++) {
                long sub =
                        share == Long.MAX_VALUE ? Long.MAX_VALUE : portion(rest, mults[g], restMass, g, values.length);
                long u = single(i, j + 1, w * mults[g], t - values[g], sub, limit);
                if (share != Long.MAX_VALUE) {
                    rest -= u;
                    used += u;
                    restMass -= mults[g];
                }
            }
            return used;
        }

        private void undecided1(int i, int j, long w, long t) {
            int[] one = {i};
            need[i] = t;
            sink.node(j, w, one, 1, need);
        }

        /** A uniform completion of issues j … from an undecided node: whether every open party gets its need. */
        boolean sample(UniformRandomProvider rng, int j, int[] parties, int count, long[] needs) {
            long[] got = new long[count];
            for (int jj = j; jj < m; jj++) {
                long[] c = oc[jj][rng.nextInt(oc[jj].length)];
                for (int t = 0; t < count; t++) {
                    got[t] += c[parties[t]];
                }
            }
            for (int t = 0; t < count; t++) {
                if (got[t] < needs[parties[t]]) {
                    return false;
                }
            }
            return true;
        }

        /** pair tables by {@code a·n + b} (a < b); {@link PairTable#NONE} when too large */
        final java.util.Map<Integer, PairTable> pairs = new java.util.HashMap<>();
        /** longs held by pair tables, against {@link #PAIR_MEMORY} */
        long pairLongs;
        /** marks by original value from pair-table queries: marks[j][k] at depth j */
        final boolean[][] marks;

        PairTable pair(int x, int y) {
            int a = Math.min(x, y);
            int b = Math.max(x, y);
            PairTable t = pairs.computeIfAbsent(a * n + b, key -> PairTable.build(this, a, b));
            return t == PairTable.NONE ? null : t;
        }

        Table table(int i) {
            if (tables[i] == null) {
                tables[i] = new Table(this, i);
            }
            return tables[i];
        }

        /** The marks per original issue and value (after checking the buffered pair-table queries). */
        boolean[][] seen() {
            for (PairTable t : pairs.values()) {
                for (Level l : t.levels) {
                    if (l != null) {
                        l.flush(this);
                    }
                }
            }
            boolean[][] seen = new boolean[m][];
            boolean any = allFrom != Integer.MAX_VALUE;
            long[][] best = new long[n][m];
            for (int i = 0; i < n; i++) {
                long run = Long.MAX_VALUE;
                for (int j = 0; j < m; j++) {
                    run = Math.min(run, e1[i][j]);
                    best[i][j] = run;
                    any |= run != Long.MAX_VALUE;
                }
            }
            for (int j = 0; j < m; j++) {
                seen[j] = new boolean[oc[j].length];
                for (int g = 0; g < gv[j].length; g++) {
                    for (int k : gv[j][g]) {
                        seen[j][k] = seenG[j][g] || j >= allFrom || marks[j][k];
                        any |= seen[j][k];
                    }
                }
                for (int i = 0; i < n; i++) {
                    if (best[i][j] == Long.MAX_VALUE) {
                        continue;
                    }
                    long mx = hi[j][i] - hi[j + 1][i];
                    for (int k = 0; k < oc[j].length; k++) {
                        // c + (best on the other open issues) ≥ t, with best[i][j] = t − hi(from)
                        seen[j][k] |= oc[j][k][i] - mx >= best[i][j];
                    }
                }
            }
            return toOriginal(seen, any);
        }

        /** Per original issue; the issues nobody's contribution varies on have all values in a non-empty zone. */
        private boolean[][] toOriginal(boolean[][] seen, boolean any) {
            boolean[][] result = new boolean[sizes.length][];
            for (int j = 0; j < sizes.length; j++) {
                result[j] = new boolean[sizes[j]];
                Arrays.fill(result[j], any);
            }
            for (int j = 0; j < m; j++) {
                result[order[j]] = seen[j];
            }
            return result;
        }
    }

    /**
     * One party's sorted suffix sums over the last issues, with multiplicities: {@code sums[j]} ascending and
     * distinct, {@code atLeast[j][k]} the number of completions of issues j … with a sum ≥ {@code sums[j][k]}.
     * Also the party's own merged branches per issue (distinct contributions, multiplicities), used above the
     * table.
     */
    private static final class Table {
        final int from;
        final long[][] sums;
        final long[][] counts;
        final long[][] values;
        final long[][] mults;

        Table(Search s, int i) {
            int m = s.m;
            values = new long[m][];
            mults = new long[m][];
            for (int j = 0; j < m; j++) {
                long[] c = new long[s.oc[j].length];
                for (int k = 0; k < c.length; k++) {
                    c[k] = s.oc[j][k][i];
                }
                Arrays.sort(c);
                int distinct = 0;
                long[] v = new long[c.length];
                long[] mu = new long[c.length];
                for (int k = c.length - 1; k >= 0; k--) {
                    if (distinct > 0 && v[distinct - 1] == c[k]) {
                        mu[distinct - 1]++;
                    } else {
                        v[distinct] = c[k];
                        mu[distinct++] = 1;
                    }
                }
                values[j] = Arrays.copyOf(v, distinct);
                mults[j] = Arrays.copyOf(mu, distinct);
            }
            sums = new long[m + 1][];
            counts = new long[m + 1][];
            sums[m] = new long[] {0};
            counts[m] = new long[] {1};
            int f = m;
            while (f > 0 && s.massL[f - 1] >= 0 && (long) sums[f].length * values[f - 1].length <= 8L * TABLE_CAP) {
                step(f - 1);
                if (sums[f - 1].length > TABLE_CAP) {
                    sums[f - 1] = null;
                    counts[f - 1] = null;
                    break;
                }
                f--;
            }
            from = f;
        }

        /** sums[j] from sums[j + 1]: every value plus every suffix sum, merged, as counts of sums ≥. */
        private void step(int j) {
            long[] next = sums[j + 1];
            long[] nextCount = counts[j + 1];
            // per-sum multiplicities of the suffix (from the "at least" counts)
            long[] each = new long[next.length];
            for (int k = 0; k < next.length; k++) {
                each[k] = nextCount[k] - (k + 1 < next.length ? nextCount[k + 1] : 0);
            }
            long[] accS = new long[0];
            long[] accC = new long[0];
            for (int g = values[j].length - 1; g >= 0; g--) {
                long v = values[j][g];
                long mu = mults[j][g];
                long[] rs = new long[next.length];
                long[] rc = new long[next.length];
                for (int k = 0; k < next.length; k++) {
                    rs[k] = next[k] + v;
                    rc[k] = each[k] * mu;
                }
                long[][] merged = merge(accS, accC, rs, rc);
                accS = merged[0];
                accC = merged[1];
            }
            long[] at = new long[accS.length + 1];
            for (int k = accS.length - 1; k >= 0; k--) {
                at[k] = at[k + 1] + accC[k];
            }
            sums[j] = accS;
            counts[j] = Arrays.copyOf(at, accS.length);
        }

        private static long[][] merge(long[] as, long[] ac, long[] bs, long[] bc) {
            long[] s = new long[as.length + bs.length];
            long[] c = new long[s.length];
            int a = 0;
            int b = 0;
            int k = 0;
            while (a < as.length || b < bs.length) {
                long x;
                long cx;
                if (b >= bs.length || (a < as.length && as[a] <= bs[b])) {
                    x = as[a];
                    cx = ac[a++];
                } else {
                    x = bs[b];
                    cx = bc[b++];
                }
                if (k > 0 && s[k - 1] == x) {
                    c[k - 1] += cx;
                } else {
                    s[k] = x;
                    c[k++] = cx;
                }
            }
            return new long[][] {Arrays.copyOf(s, k), Arrays.copyOf(c, k)};
        }

        /** Completions of issues j … (j ≥ from) with a sum ≥ t: binary search, O(log T). */
        long atLeast(int j, long t) {
            long[] s = sums[j];
            int a = 0;
            int b = s.length;
            while (a < b) {
                int mid = (a + b) >>> 1;
                if (s[mid] < t) {
                    a = mid + 1;
                } else {
                    b = mid;
                }
            }
            return a == s.length ? 0 : counts[j][a];
        }
    }

    /**
     * Two parties' suffix sums over the last issues, as points {@code (s_a, s_b)} with multiplicities, for
     * counting the completions that give both what they need — a two-dimensional dominance count — in
     * O(log² N) by a merge-sort tree over the points sorted by {@code s_a}. Built per pair on first use, for
     * every depth from the first whose suffix has at most {@value #PAIR_CAP} distinct points; none when the
     * suffix of the last issue alone is larger or the memory of all pair tables would exceed
     * {@value #PAIR_MEMORY} longs.
     */
    private static final class PairTable {
        static final PairTable NONE = new PairTable(-1, -1, Integer.MAX_VALUE, new Level[0], null, null, null, null);
        final int a;
        final int b;
        final int from;
        final Level[] levels;

        final boolean[] built;
        final long[][] ca;
        final long[][] cb;
        final long[][] mu;
        final int[][][] vals;

        private PairTable(
                int a, int b, int from, Level[] levels, long[][] ca, long[][] cb, long[][] mu, int[][][] vals) {
            this.a = a;
            this.b = b;
            this.from = from;
            this.levels = levels;
            this.built = new boolean[levels.length];
            this.ca = ca;
            this.cb = cb;
            this.mu = mu;
            this.vals = vals;
        }

        static PairTable build(Search s, int a, int b) {
            int m = s.m;
            // per depth: the distinct (c_a, c_b) of the issue, their multiplicities and original values
            long[][] ca = new long[m][];
            long[][] cb = new long[m][];
            long[][] mu = new long[m][];
            int[][][] vals = new int[m][][];
            for (int j = 0; j < m; j++) {
                List<long[]> keys = new ArrayList<>();
                List<List<Integer>> members = new ArrayList<>();
                for (int k = 0; k < s.oc[j].length; k++) {
                    long x = s.oc[j][k][a];
                    long y = s.oc[j][k][b];
                    int g = 0;
                    while (g < keys.size() && (keys.get(g)[0] != x || keys.get(g)[1] != y)) {
                        g++;
                    }
                    if (g == keys.size()) {
                        keys.add(new long[] {x, y});
                        members.add(new ArrayList<>());
                    }
                    members.get(g).add(k);
                }
                ca[j] = keys.stream().mapToLong(k -> k[0]).toArray();
                cb[j] = keys.stream().mapToLong(k -> k[1]).toArray();
                mu[j] = members.stream().mapToLong(List::size).toArray();
                vals[j] = members.stream()
                        .map(l -> l.stream().mapToInt(Integer::intValue).toArray())
                        .toArray(int[][]::new);
            }
            int from = m;
            long combos = 1;
            while (from > 0 && s.massL[from - 1] >= 0 && combos * ca[from - 1].length <= PAIR_ENUMERATION) {
                combos *= ca[from - 1].length;
                from--;
            }
            return from == m ? NONE : new PairTable(a, b, from, new Level[m], ca, cb, mu, vals);
        }

        /**
         * The table of depth j (≥ from), built on first use; null when it has more than {@value #PAIR_CAP}
         * distinct points or the memory of all pair tables would exceed {@value #PAIR_MEMORY} longs (then
         * that depth is searched).
         */
        Level level(Search s, int j) {
            if (!built[j]) {
                built[j] = true;
                Level l = Level.build(s, j, ca, cb, mu, vals);
                if (l != null && s.pairLongs + l.longs() <= PAIR_MEMORY) {
                    s.pairLongs += l.longs();
                    levels[j] = l;
                }
            }
            return levels[j];
        }
    }

    /** The two-party table of one suffix (issues j …). */
    private static final class Level {
        final int j;
        /** s_a of the distinct points, descending */
        final long[] sa;
        /** merge-sort tree: at level l, blocks of 2^l points (in sa order), each sorted by s_b descending */
        final long[][] sb;
        /** cumulative weights within each block of the same level */
        final long[][] cw;
        /** per open issue and value group not yet marked: the Pareto staircase of its points */
        final List<Staircase> pending = new ArrayList<>();

        private Level(int j, long[] sa, long[][] sb, long[][] cw) {
            this.j = j;
            this.sa = sa;
            this.sb = sb;
            this.cw = cw;
        }

        long longs() {
            long t = sa.length;
            for (int l = 0; l < sb.length; l++) {
                t += sb[l].length + cw[l].length;
            }
            for (Staircase st : pending) {
                t += 2L * st.xa.length;
            }
            return t;
        }

        static Level build(Search s, int j, long[][] ca, long[][] cb, long[][] mu, int[][][] vals) {
            int m = s.m;
            int issues = m - j;
            long combos = 1;
            for (int jj = j; jj < m; jj++) {
                combos *= ca[jj].length;
            }
            int c = (int) combos;
            long[] pa = new long[c];
            long[] pb = new long[c];
            long[] pw = new long[c];
            int[] digit = new int[c * issues];
            int[] g = new int[issues];
            for (int x = 0; x < c; x++) {
                long sa = 0;
                long sbv = 0;
                long w = 1;
                for (int t = 0; t < issues; t++) {
                    sa += ca[j + t][g[t]];
                    sbv += cb[j + t][g[t]];
                    w *= mu[j + t][g[t]];
                    digit[x * issues + t] = g[t];
                }
                pa[x] = sa;
                pb[x] = sbv;
                pw[x] = w;
                for (int t = issues - 1; t >= 0; t--) {
                    if (++g[t] < ca[j + t].length) {
                        break;
                    }
                    g[t] = 0;
                }
            }
            Integer[] idx = new Integer[c];
            for (int x = 0; x < c; x++) {
                idx[x] = x;
            }
            Arrays.sort(idx, (x, y) -> pa[x] != pa[y] ? Long.compare(pa[y], pa[x]) : Long.compare(pb[y], pb[x]));
            long[] xa = new long[c];
            long[] xb = new long[c];
            long[] xw = new long[c];
            int p = 0;
            for (int t = 0; t < c; t++) {
                int x = idx[t];
                if (p > 0 && xa[p - 1] == pa[x] && xb[p - 1] == pb[x]) {
                    xw[p - 1] += pw[x];
                } else {
                    xa[p] = pa[x];
                    xb[p] = pb[x];
                    xw[p++] = pw[x];
                }
            }
            if (p > PAIR_CAP) {
                return null;
            }
            int levels = 1;
            while ((1 << (levels - 1)) < p) {
                levels++;
            }
            long[][] sb = new long[levels][];
            long[][] cw = new long[levels][];
            long[][] ww = new long[levels][];
            sb[0] = Arrays.copyOf(xb, p);
            ww[0] = Arrays.copyOf(xw, p);
            for (int l = 1; l < levels; l++) {
                int half = 1 << (l - 1);
                sb[l] = new long[p];
                ww[l] = new long[p];
                for (int start = 0; start < p; start += 2 * half) {
                    int i1 = start;
                    int e1 = Math.min(start + half, p);
                    int i2 = e1;
                    int e2 = Math.min(start + 2 * half, p);
                    int o = start;
                    while (i1 < e1 || i2 < e2) {
                        if (i2 >= e2 || (i1 < e1 && sb[l - 1][i1] >= sb[l - 1][i2])) {
                            sb[l][o] = sb[l - 1][i1];
                            ww[l][o++] = ww[l - 1][i1++];
                        } else {
                            sb[l][o] = sb[l - 1][i2];
                            ww[l][o++] = ww[l - 1][i2++];
                        }
                    }
                }
            }
            for (int l = 0; l < levels; l++) {
                int size = 1 << l;
                cw[l] = new long[p];
                for (int i = 0; i < p; i++) {
                    cw[l][i] = ww[l][i] + (i % size == 0 ? 0 : cw[l][i - 1]);
                }
            }
            Level level = new Level(j, Arrays.copyOf(xa, p), sb, cw);
            // staircases of the value groups of each open issue (for the per-issue values), bucketed in
            // s_a order
            int[] start = new int[64];
            int[] bucket = new int[c];
            for (int t = 0; t < issues; t++) {
                int groups = ca[j + t].length;
                if (start.length < groups + 1) {
                    start = new int[groups + 1];
                }
                Arrays.fill(start, 0, groups + 1, 0);
                for (int u = 0; u < c; u++) {
                    start[digit[u * issues + t] + 1]++;
                }
                for (int gg = 0; gg < groups; gg++) {
                    start[gg + 1] += start[gg];
                }
                int[] fill = Arrays.copyOf(start, groups);
                for (int u = 0; u < c; u++) {
                    int x = idx[u];
                    bucket[fill[digit[x * issues + t]]++] = x;
                }
                for (int gg = 0; gg < groups; gg++) {
                    level.pending.add(Staircase.of(j + t, vals[j + t][gg], bucket, start[gg], start[gg + 1], pa, pb));
                }
            }
            return level;
        }

        /**
         * Counts the completions with {@code s_a ≥ needA} and {@code s_b ≥ needB}, adds them (times w) to
         * the zone and the rest to the outside, and marks the values of the open issues that occur in one.
         *
         * @return whether some completion is in the zone
         */
        boolean count(Search s, long needA, long needB, long w) {
            s.pairUsed = true;
            int lo = 0;
            int hi = sa.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (sa[mid] >= needA) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            int k = lo;
            long total = 0;
            int pos = 0;
            for (int l = sb.length - 1; l >= 0; l--) {
                int size = 1 << l;
                if (pos + size <= k) {
                    // block [pos, pos + size): s_b descending; how many are ≥ needB
                    long[] b = sb[l];
                    int x = pos;
                    int y = pos + size;
                    while (x < y) {
                        int mid = (x + y) >>> 1;
                        if (b[mid] >= needB) {
                            x = mid + 1;
                        } else {
                            y = mid;
                        }
                    }
                    if (x > pos) {
                        total += cw[l][x - 1];
                    }
                    pos += size;
                }
            }
            s.in.add(w, total);
            s.out.add(w, s.massL[j] - total);
            if (total > 0 && !pending.isEmpty()) {
                if (queries == qa.length) {
                    flush(s);
                }
                qa[queries] = needA;
                qb[queries++] = needB;
            }
            return total > 0;
        }

        /** Positive queries not yet checked against the pending staircases. */
        private final long[] qa = new long[1 << 12];

        private final long[] qb = new long[1 << 12];
        private int queries;

        /**
         * Marks the values of pending staircases that reach some buffered positive query: the queries are
         * reduced to their lower-left Pareto front (by needA ascending, keeping strictly smaller needB), then
         * each staircase is checked against each front point, O(F log S) per staircase.
         */
        void flush(Search s) {
            if (queries == 0) {
                return;
            }
            Integer[] order = new Integer[queries];
            for (int q = 0; q < queries; q++) {
                order[q] = q;
            }
            Arrays.sort(order, (x, y) -> qa[x] != qa[y] ? Long.compare(qa[x], qa[y]) : Long.compare(qb[x], qb[y]));
            long[] fa = new long[queries];
            long[] fb = new long[queries];
            int f = 0;
            for (int q : order) {
                if (f == 0 || qb[q] < fb[f - 1]) {
                    fa[f] = qa[q];
                    fb[f++] = qb[q];
                }
            }
            queries = 0;
            for (int q = pending.size() - 1; q >= 0; q--) {
                Staircase st = pending.get(q);
                boolean hit = false;
                for (int t = 0; t < f && !hit; t++) {
                    hit = st.reaches(fa[t], fb[t]);
                }
                if (hit) {
                    for (int v : st.values) {
                        s.marks[st.depth][v] = true;
                    }
                    pending.set(q, pending.get(pending.size() - 1));
                    pending.remove(pending.size() - 1);
                }
            }
        }
    }

    /** The Pareto staircase of the points of one value group of one issue: sa descending, best s_b so far. */
    private record Staircase(int depth, int[] values, long[] xa, long[] best) {
        static Staircase of(int depth, int[] values, int[] sortedByA, int from, int to, long[] pa, long[] pb) {
            long[] xa = new long[to - from];
            long[] best = new long[to - from];
            int p = 0;
            long run = Long.MIN_VALUE;
            for (int q = from; q < to; q++) {
                int x = sortedByA[q];
                if (pb[x] > run) {
                    run = pb[x];
                    xa[p] = pa[x];
                    best[p++] = run;
                }
            }
            return new Staircase(depth, values, Arrays.copyOf(xa, p), Arrays.copyOf(best, p));
        }

        /** Whether some point has {@code s_a ≥ needA} and {@code s_b ≥ needB}. */
        boolean reaches(long needA, long needB) {
            int lo = 0;
            int hi = xa.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (xa[mid] >= needA) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo > 0 && best[lo - 1] >= needB;
        }
    }
}
