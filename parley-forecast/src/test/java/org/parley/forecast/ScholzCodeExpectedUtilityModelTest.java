package org.parley.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ScholzCodeExpectedUtilityModelTest {

    private static final String FIXTURES = "/published/scholz-2011-code-reading/";
    private static final List<String> EC = List.of("NL", "BE", "LU", "DE", "FR", "IT", "UK", "IE", "DK", "GR");

    private final ScholzCodeExpectedUtilityModel model = new ScholzCodeExpectedUtilityModel();

    /**
     * Rounds 0–40 of the EC case against the independent Python transcription of the reading (fixture
     * {@code ec-car-emissions-path.csv}, in years): median, weighted mean and every position, to 10⁻⁹ years.
     */
    @Test
    void car_emissions_path_matches_the_transcription_for_40_rounds() {
        List<double[]> expected = table("ec-car-emissions-path.csv");
        ForecastInput in = Fixtures.carEmissions();
        IssueForecast f = model.forecast(in, new ForecastOptions(expected.size() - 1, 1));
        assertThat(f.trajectory().actorIds()).containsExactlyElementsOf(EC);
        List<Round> rounds = f.trajectory().rounds();
        assertThat(rounds).hasSize(expected.size());
        assertThat(f.trajectory().converged()).isFalse();
        double[] w = weights(in);
        for (double[] row : expected) {
            Round round = rounds.get((int) row[0]);
            double[] x = positions(round);
            assertThat(round.forecast() / 10)
                    .as("median, round %d", round.round())
                    .isCloseTo(row[1], within(1e-9));
            assertThat(WeightedPositions.mean(x, w) / 10)
                    .as("mean, round %d", round.round())
                    .isCloseTo(row[2], within(1e-9));
            for (int i = 0; i < EC.size(); i++) {
                assertThat(x[i] / 10)
                        .as("%s, round %d", EC.get(i), round.round())
                        .isCloseTo(row[3 + i], within(1e-9));
            }
        }
        assertThat(f.point().getAsDouble()).isEqualTo(rounds.get(40).forecast());
        assertThat(f.note()).startsWith("40 round(s), round limit reached");
    }

    @Test
    void car_emissions_risk_exponents_match_the_transcription() {
        List<double[]> expected = table("ec-car-emissions-risk.csv");
        ForecastInput in = Fixtures.carEmissions();
        List<Round> rounds = model.forecast(in, new ForecastOptions(expected.size(), 1))
                .trajectory()
                .rounds();
        for (double[] row : expected) {
            int round = (int) row[0];
            double[] r = step(in, positions(rounds.get(round - 1))).risk();
            for (int i = 0; i < EC.size(); i++) {
                assertThat(r[i]).as("%s, round %d", EC.get(i), round).isCloseTo(row[1 + i], within(1e-9));
            }
        }
        double[] first = step(in, WeightedPositions.positions(in)).risk();
        assertThat(first)
                .containsExactly(
                        new double[] {1.4057, 0.7542, 0.5089, 1.4057, 1.0465, 1.0465, 1.9649, 0.5, 2.0, 1.1121},
                        within(5e-5));
    }

    /**
     * Round 1: Belgium compromises with France, Luxembourg loses a confrontation to Belgium (7 years) and
     * Ireland one to Luxembourg (4 years). Round 4: Belgium compromises with the Netherlands, far down to 4.8
     * years, the behaviour of Scholz's program that McKibben-Sanders points out.
     */
    @Test
    void car_emissions_moves_in_rounds_1_and_4() {
        ForecastInput in = Fixtures.carEmissions();
        List<Round> rounds =
                model.forecast(in, new ForecastOptions(4, 1)).trajectory().rounds();
        ScholzCodeExpectedUtilityModel.Step one = step(in, positions(rounds.get(0)));
        assertMoves(one, "BE", ScholzCodeExpectedUtilityModel.Response.COMPROMISE, "FR", 84.15932315426764);
        assertMoves(one, "LU", ScholzCodeExpectedUtilityModel.Response.CONFRONTATION, "BE", 70);
        assertMoves(one, "IE", ScholzCodeExpectedUtilityModel.Response.CONFRONTATION, "LU", 40);
        assertOthersHold(one, "BE", "LU", "IE");
        ScholzCodeExpectedUtilityModel.Step four = step(in, positions(rounds.get(3)));
        assertMoves(four, "BE", ScholzCodeExpectedUtilityModel.Response.COMPROMISE, "NL", 48.00881140632622);
        assertMoves(four, "LU", ScholzCodeExpectedUtilityModel.Response.CONFRONTATION, "BE", 99.61979590401311);
        assertMoves(four, "IE", ScholzCodeExpectedUtilityModel.Response.CONFRONTATION, "LU", 96.10859134120188);
        assertOthersHold(four, "BE", "LU", "IE");
        assertThat(positions(rounds.get(4))).containsExactly(four.next(), within(0.0));
    }

    private static void assertMoves(
            ScholzCodeExpectedUtilityModel.Step step,
            String actor,
            ScholzCodeExpectedUtilityModel.Response response,
            String partner,
            double to) {
        int i = EC.indexOf(actor);
        assertThat(step.response()[i]).as(actor).isEqualTo(response);
        assertThat(EC.get(step.partner()[i])).as(actor).isEqualTo(partner);
        assertThat(step.next()[i]).as(actor).isCloseTo(to, within(1e-8));
    }

    private static void assertOthersHold(ScholzCodeExpectedUtilityModel.Step step, String... movers) {
        for (int i = 0; i < EC.size(); i++) {
            if (!Arrays.asList(movers).contains(EC.get(i))) {
                assertThat(step.response()[i]).as(EC.get(i)).isEqualTo(ScholzCodeExpectedUtilityModel.Response.HOLD);
                assertThat(step.partner()[i]).isEqualTo(-1);
            }
        }
    }

    /** Positions enter only through differences and Δ: the EC case in years (×1) gives the same path / 10. */
    @Test
    void path_is_scale_invariant() {
        ForecastInput tenfold = Fixtures.carEmissions();
        ForecastInput years = Fixtures.read("/published/bueno-de-mesquita-1994/ec-car-emissions.csv", "ec", 1.0);
        ForecastOptions options = new ForecastOptions(30, 1);
        List<Round> a = model.forecast(tenfold, options).trajectory().rounds();
        List<Round> b = model.forecast(years, options).trajectory().rounds();
        assertThat(a).hasSameSizeAs(b);
        for (int k = 0; k < a.size(); k++) {
            assertThat(a.get(k).forecast()).isCloseTo(10 * b.get(k).forecast(), within(1e-9));
            double[] xa = positions(a.get(k));
            double[] xb = positions(b.get(k));
            for (int i = 0; i < xa.length; i++) {
                assertThat(xa[i]).as("actor %d, round %d", i, k).isCloseTo(10 * xb[i], within(1e-9));
            }
        }
    }

    /**
     * The program's compromise key is a position, so the lowest one wins: the reading is not symmetric under a
     * mirrored scale. The EC case mirrored ({@code x → 100 − x}) gives the mirrored path for three rounds; in
     * round 4 Belgium then compromises with the France side instead of the Netherlands side.
     */
    @Test
    void compromise_key_breaks_mirror_symmetry() {
        ForecastInput in = Fixtures.carEmissions();
        List<Stance> mirrored = new ArrayList<>();
        for (Stance st : in.stances()) {
            mirrored.add(new Stance(st.actorId(), 100 - st.position(), st.salience(), st.capability()));
        }
        ForecastOptions options = new ForecastOptions(4, 1);
        List<Round> a = model.forecast(in, options).trajectory().rounds();
        List<Round> b = model.forecast(ForecastInput.of("mirror", mirrored), options)
                .trajectory()
                .rounds();
        int be = EC.indexOf("BE");
        for (int k = 0; k <= 3; k++) {
            double[] xa = positions(a.get(k));
            double[] xb = positions(b.get(k));
            for (int i = 0; i < xa.length; i++) {
                assertThat(100 - xb[i]).as("actor %d, round %d", i, k).isCloseTo(xa[i], within(1e-9));
            }
        }
        assertThat(a.get(4).positions().get(be)).isCloseTo(48.0088, within(1e-4));
        assertThat(100 - b.get(4).positions().get(be)).isCloseTo(99.996, within(1e-3));
    }

    /**
     * Against the literal O(n⁵) transcription {@link NaiveScholzCodeExpectedUtility}, on 200 seeded random
     * issues of 2–6 actors (integer positions, so several actors often share one): positions, risk exponents,
     * responses and the median (the pairwise-vote winner) agree for 1–4 rounds. Both kinds of move occur
     * often, so the check is not vacuous.
     */
    @Test
    void agrees_with_the_naive_transcription_on_random_issues() {
        Random random = new Random(20261204);
        int[] moves = new int[2];
        for (int trial = 0; trial < 200; trial++) {
            int n = 2 + random.nextInt(5);
            int roundsToRun = 1 + random.nextInt(4);
            List<Stance> stances = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                double salience = trial % 10 == 0 && i == 0 ? 0 : 1 + 99 * random.nextDouble();
                stances.add(new Stance("a" + i, random.nextInt(101), salience, 0.1 + 9.9 * random.nextDouble()));
            }
            int[] counted =
                    assertAgreesWithNaive(ForecastInput.of("x" + trial, stances), roundsToRun, "trial " + trial);
            moves[0] += counted[0];
            moves[1] += counted[1];
        }
        assertThat(moves[0]).as("confrontations").isGreaterThan(100);
        assertThat(moves[1]).as("compromises").isGreaterThan(100);
    }

    @Test
    void agrees_with_the_naive_transcription_on_the_car_emissions_case() {
        assertAgreesWithNaive(Fixtures.carEmissions(), 10, "EC");
    }

    /** Asserts agreement; returns how many confrontations and compromises were compared. */
    private int[] assertAgreesWithNaive(ForecastInput in, int roundsToRun, String what) {
        int n = in.size();
        double[] x = WeightedPositions.positions(in);
        double[] s = new double[n];
        double[] c = new double[n];
        for (int i = 0; i < n; i++) {
            s[i] = in.stances().get(i).salience() / 100;
            c[i] = in.stances().get(i).capability();
        }
        IssueForecast f = model.forecast(in, new ForecastOptions(roundsToRun, 1));
        List<Round> rounds = f.trajectory().rounds();
        NaiveScholzCodeExpectedUtility naive = new NaiveScholzCodeExpectedUtility(x, s, c);
        assertThat(rounds.get(0).forecast()).as(what).isEqualTo(naive.median());
        if (rounds.size() == 1) {
            assertThat(x).as(what).containsOnly(x[0]);
            return new int[2];
        }
        int[] moves = new int[2];
        for (int k = 1; k < rounds.size(); k++) {
            ScholzCodeExpectedUtilityModel.Step step = step(in, positions(rounds.get(k - 1)));
            naive.round();
            String label = what + ", round " + k;
            assertThat(step.risk()).as(label).containsExactly(naive.lastRisk, within(1e-9));
            for (int i = 0; i < n; i++) {
                char kind = switch (step.response()[i]) {
                    case HOLD -> 'h';
                    case CONFRONTATION -> 'c';
                    case COMPROMISE -> 'm';
                };
                assertThat(kind).as("%s, actor %d", label, i).isEqualTo(naive.kind[i]);
                moves[0] += kind == 'c' ? 1 : 0;
                moves[1] += kind == 'm' ? 1 : 0;
                assertThat(step.partner()[i]).as("%s, actor %d", label, i).isEqualTo(naive.partner[i]);
            }
            assertThat(positions(rounds.get(k))).as(label).containsExactly(naive.positions(), within(1e-9));
            assertThat(rounds.get(k).forecast()).as(label).isCloseTo(naive.median(), within(1e-9));
        }
        return moves;
    }

    @Test
    void with_everyone_agreed_nothing_moves() {
        ForecastInput in = ForecastInput.of("x", List.of(new Stance("a", 30, 50, 1), new Stance("b", 30, 80, 2)));
        IssueForecast f = model.forecast(in, ForecastOptions.defaults());
        assertThat(f.model()).isEqualTo("eu-scholz");
        assertThat(f.point().getAsDouble()).isEqualTo(30.0);
        assertThat(f.trajectory().converged()).isTrue();
        assertThat(f.trajectory().rounds()).hasSize(1);
        assertThat(f.note())
                .isEqualTo(
                        "0 round(s), positions settled; weighted median of final positions (Scholz code" + " reading)");
    }

    /**
     * {@code Z = 0} only when every actor stands at one position (a voter with weight is at distance 0 from
     * itself, so it is indifferent between all positions only if all coincide): then every {@code P = 0},
     * every expected utility is 0, the exponents are 1 and nobody moves.
     */
    @Test
    void zero_normaliser_gives_zero_probabilities_and_no_moves() {
        double[] x = {40, 40, 40};
        ScholzCodeExpectedUtilityModel.Step step =
                ScholzCodeExpectedUtilityModel.step(x, new double[] {0.5, 0.2, 1}, new double[] {1, 0.4, 3}, 60);
        assertThat(step.risk()).containsExactly(1.0, 1.0, 1.0);
        assertThat(step.next()).containsExactly(x, within(0.0));
        assertThat(step.response()).containsOnly(ScholzCodeExpectedUtilityModel.Response.HOLD);
    }

    /** Weightless actors still count as positions (and as targets of offers), as in the naive transcription. */
    @Test
    void weightless_actors_agree_with_the_naive_transcription() {
        ForecastInput in = ForecastInput.of(
                "x", List.of(new Stance("lo", 0, 0, 1), new Stance("mid", 50, 60, 1), new Stance("hi", 100, 0, 1)));
        IssueForecast f = model.forecast(in, new ForecastOptions(5, 1));
        for (Round round : f.trajectory().rounds()) {
            assertThat(round.positions()).allSatisfy(v -> assertThat(v).isBetween(0.0, 100.0));
        }
        assertAgreesWithNaive(in, 5, "weightless ends");
    }

    @Test
    void equal_dangers_give_risk_neutral_exponents() {
        ForecastInput in = ForecastInput.of("x", List.of(new Stance("a", 0, 50, 1), new Stance("b", 100, 50, 1)));
        ScholzCodeExpectedUtilityModel.Step step = step(in, WeightedPositions.positions(in));
        assertThat(step.risk()).containsExactly(1.0, 1.0);
        IssueForecast f = model.forecast(in, ForecastOptions.defaults());
        assertThat(f.trajectory().rounds())
                .allSatisfy(r -> assertThat(r.positions()).doesNotContainNull());
        assertAgreesWithNaive(in, 3, "symmetric pair");
    }

    @Test
    void an_issue_without_weight_is_not_applicable() {
        ForecastInput weightless =
                ForecastInput.of("x", List.of(new Stance("a", 0, 0, 1), new Stance("b", 100, 50, 0)));
        assertThat(model.forecast(weightless, ForecastOptions.defaults()).point())
                .isEmpty();
    }

    @Test
    void is_registered_as_an_extra_model() {
        assertThat(ForecastModels.byName("eu-scholz")).get().isInstanceOf(ScholzCodeExpectedUtilityModel.class);
        assertThat(ForecastModels.EXTRAS).contains("eu-scholz");
        assertThat(ForecastModels.NAMES).doesNotContain("eu-scholz");
        assertThat(ForecastModels.all()).noneMatch(m -> m.name().equals("eu-scholz"));
    }

    @Test
    void runs_on_100_actors_and_reports_every_round() {
        Random random = new Random(7);
        List<Stance> stances = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            stances.add(new Stance(
                    "a" + i, 100 * random.nextDouble(), 1 + 99 * random.nextDouble(), 1 + random.nextInt(9)));
        }
        ForecastInput in = ForecastInput.of("big", stances);
        IssueForecast f = model.forecast(in, new ForecastOptions(100, 1)); // timed in ForecastBench, not here
        assertThat(f.point()).isPresent();
        assertThat(f.trajectory().rounds().size()).isBetween(2, 101);
        Round last = f.trajectory().rounds().get(f.trajectory().rounds().size() - 1);
        assertThat(f.point().getAsDouble()).isEqualTo(last.forecast());
    }

    private static ScholzCodeExpectedUtilityModel.Step step(ForecastInput in, double[] x) {
        int n = in.size();
        double[] s = new double[n];
        double[] w = new double[n];
        double[] initial = WeightedPositions.positions(in);
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            s[i] = in.stances().get(i).salience() / 100.0;
            w[i] = in.stances().get(i).capability() * s[i];
            lo = Math.min(lo, initial[i]);
            hi = Math.max(hi, initial[i]);
        }
        return ScholzCodeExpectedUtilityModel.step(x, s, w, hi - lo);
    }

    private static double[] weights(ForecastInput in) {
        double[] w = new double[in.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = in.stances().get(i).capability() * (in.stances().get(i).salience() / 100.0);
        }
        return w;
    }

    private static double[] positions(Round round) {
        return round.positions().stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The numeric rows of a fixture CSV (comment lines and the header skipped). */
    private static List<double[]> table(String name) {
        List<double[]> rows = new ArrayList<>();
        for (String[] f : Fixtures.rows(FIXTURES + name)) {
            rows.add(Arrays.stream(f).mapToDouble(Double::parseDouble).toArray());
        }
        return rows;
    }
}
