package org.parley.dealspace.pareto;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** {@link ParetoSum#merge} against the definition: all |A|·|B| sums, grouped by key, then the skyline. */
class ParetoSumTest {

    @Test
    void equals_the_skyline_of_all_sums_on_random_staircases_with_ties_and_huge_counts() {
        Random rnd = new Random(11);
        for (int trial = 0; trial < 300; trial++) {
            // small utility ranges force many equal sums; sizes cover both operand orders
            int range = 1 + rnd.nextInt(trial % 3 == 0 ? 12 : 400);
            Staircase a = randomStaircase(rnd, 1 + rnd.nextInt(40), range, 2);
            Staircase b = randomStaircase(rnd, 1 + rnd.nextInt(40), range, 3);
            assertSame(ParetoSum.merge(a, b), bySums(a, b), "trial " + trial);
        }
    }

    @Test
    void a_single_point_operand_shifts_the_other_and_multiplies_its_counts() {
        Random rnd = new Random(5);
        Staircase one = randomStaircase(rnd, 1, 100, 2);
        Staircase many = randomStaircase(rnd, 50, 1000, 4);
        assertSame(ParetoSum.merge(one, many), bySums(one, many), "single left");
        assertSame(ParetoSum.merge(many, one), bySums(many, one), "single right");
    }

    private static void assertSame(Staircase actual, Staircase expected, String what) {
        assertThat(actual.keys).as(what).containsExactly(expected.keys);
        assertThat(actual.counts).as(what).containsExactly(expected.counts);
        assertThat(actual.reps).as(what).isDeepEqualTo(expected.reps);
    }

    /** The reference: every sum, counts added per key, smallest concatenated example, then the skyline. */
    private static Staircase bySums(Staircase a, Staircase b) {
        Map<Long, BigInteger> count = new TreeMap<>();
        Map<Long, int[]> rep = new TreeMap<>();
        for (int i = 0; i < a.size(); i++) {
            for (int j = 0; j < b.size(); j++) {
                long key = a.keys[i] + b.keys[j];
                int[] r = Arrays.copyOf(a.reps[i], a.reps[i].length + b.reps[j].length);
                System.arraycopy(b.reps[j], 0, r, a.reps[i].length, b.reps[j].length);
                count.merge(key, a.counts[i].multiply(b.counts[j]), BigInteger::add);
                rep.merge(key, r, (x, y) -> Arrays.compare(x, y) <= 0 ? x : y);
            }
        }
        List<Long> sky = new ArrayList<>();
        long max2 = -1;
        for (long key : ((TreeMap<Long, BigInteger>) count).descendingKeySet()) {
            if (Staircase.u2(key) > max2) {
                sky.add(key);
                max2 = Staircase.u2(key);
            }
        }
        long[] keys = sky.stream().mapToLong(Long::longValue).toArray();
        return new Staircase(
                keys,
                sky.stream().map(count::get).toArray(BigInteger[]::new),
                sky.stream().map(rep::get).toArray(int[][]::new));
    }

    /**
     * A random staircase with distinct examples of the given length (at least 2, so 100 examples suffice for
     * the at most 40 points); some counts exceed a long.
     */
    private static Staircase randomStaircase(Random rnd, int candidates, int range, int repLength) {
        long[] c = new long[candidates];
        for (int k = 0; k < candidates; k++) {
            // on odd ranges every point is on the line u1 + u2 = range: all sums are on one line and tie often
            int u2 = rnd.nextInt(range);
            c[k] = Staircase.key(range % 2 == 1 ? range - u2 : rnd.nextInt(range), u2);
        }
        long[] keys = Staircase.skyline(c, candidates);
        BigInteger[] counts = new BigInteger[keys.length];
        int[][] reps = new int[keys.length][];
        Set<List<Integer>> used = new HashSet<>();
        for (int s = 0; s < keys.length; s++) {
            counts[s] = switch (rnd.nextInt(4)) {
                case 0 -> BigInteger.ONE;
                case 1 -> BigInteger.valueOf(1 + rnd.nextInt(1000));
                case 2 -> BigInteger.valueOf(Long.MAX_VALUE / (1 + rnd.nextInt(3)));
                default -> BigInteger.TEN.pow(19 + rnd.nextInt(5));
            };
            int[] r;
            do {
                r = new int[repLength];
                for (int p = 0; p < repLength; p++) {
                    r[p] = rnd.nextInt(10);
                }
            } while (!used.add(Arrays.stream(r).boxed().toList()));
            reps[s] = r;
        }
        return new Staircase(keys, counts, reps);
    }
}
