package org.parley.dealspace.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.parley.dealspace.ProgressListener;
import org.parley.dealspace.bargaining.BargainingProblem;
import org.parley.dealspace.bargaining.BargainingSolver;
import org.parley.dealspace.bargaining.SolutionConcept;
import org.parley.dealspace.bargaining.SolutionPoint;
import org.parley.dealspace.bargaining.Zopa;
import org.parley.dealspace.bargaining.ZopaAnalysis;
import org.parley.dealspace.concession.ConcessionObjective;
import org.parley.dealspace.concession.DealExplanation;
import org.parley.dealspace.concession.MinimalConcessionDeal;
import org.parley.dealspace.concession.MinimalConcessionSolver;
import org.parley.dealspace.cpsat.CpSatSolutions;
import org.parley.dealspace.cpsat.CpSatZopa;
import org.parley.dealspace.pareto.BilateralAdditivePareto;
import org.parley.dealspace.pareto.EnumerationPareto;
import org.parley.dealspace.pareto.ParetoFrontier;
import org.parley.dealspace.utility.AdditiveUtility;
import org.parley.dealspace.utility.DealSpace;
import org.parley.dealspace.utility.Party;

/**
 * Runs the whole deal-space analysis: frontier, bargaining solutions, ZOPA, minimal-concession deal and its
 * explanation.
 *
 * <p>Two routes. When the frontier of all parties can be computed exactly (two additive parties, by divide and
 * conquer; or a space of at most {@code enumerationLimit} outcomes, by enumeration) the solutions are read
 * off it. Otherwise (more than two parties and a larger space) the solutions come from CP-SAT over the whole
 * space ({@link CpSatSolutions}) and the frontier reported is the exact two-party frontier of one pair — by
 * default the two parties with the largest power × number of issues they hold positions on. The ZOPA is
 * counted by branch and bound ({@link ZopaAnalysis}) with a budget of {@code zopaBudget} search nodes: exact
 * when the budget suffices, else rigorous bounds and a Monte-Carlo estimate; its values per issue are exact
 * either way (CP-SAT completes those the count could not decide).
 *
 * @param objective what the minimal-concession deal minimises
 * @param zopaBudget node budget of the ZOPA count
 * @param enumerationLimit largest space whose n-party frontier is enumerated
 */
public record DealspaceAnalyzer(ConcessionObjective objective, long zopaBudget, long enumerationLimit) {

    /** CP-SAT's limit per solve. */
    static final double SOLVE_SECONDS = 10.0;

    /**
     * Minimal largest concession; ZOPA counted with the default node budget; n-party frontier enumerated up to
     * 10⁸ outcomes.
     */
    public static DealspaceAnalyzer defaults() {
        return new DealspaceAnalyzer(ConcessionObjective.LARGEST, ZopaAnalysis.DEFAULT_BUDGET, 100_000_000L);
    }

    /** Analyses a deal space with the default pair; {@code progress} sees the frontier computation. */
    public DealspaceAnalysis analyse(DealSpace deal, ProgressListener progress) {
        return analyse(deal, List.of(), progress);
    }

    /**
     * Analyses a deal space; {@code pair} (two party ids, or empty for the default) chooses the pair whose
     * frontier is reported when the frontier of all parties is out of reach. Check it with {@link #pairError}.
     */
    public DealspaceAnalysis analyse(DealSpace deal, List<String> pair, ProgressListener progress) {
        pairError(deal, pair).ifPresent(msg -> {
            throw new IllegalArgumentException(msg);
        });
        List<AdditiveUtility> utilities = deal.utilities();
        BilateralAdditivePareto bilateral = new BilateralAdditivePareto();
        EnumerationPareto enumeration =
                new EnumerationPareto(Math.min(2, Runtime.getRuntime().availableProcessors()), enumerationLimit);
        boolean whole = bilateral.supports(deal.space(), utilities) || enumeration.supports(deal.space(), utilities);
        ParetoFrontier frontier;
        List<Integer> parties;
        List<SolutionPoint> solutions = new ArrayList<>();
        String algorithm;
        String note = "";
        if (whole) {
            var algo = bilateral.supports(deal.space(), utilities) ? bilateral : enumeration;
            frontier = algo.compute(deal.space(), utilities, progress);
            algorithm = algo.getClass().getSimpleName();
            parties = IntStream.range(0, utilities.size()).boxed().toList();
            BargainingProblem problem = BargainingProblem.of(deal, frontier);
            for (SolutionConcept c : SolutionConcept.values()) {
                BargainingSolver.solve(problem, c).map(SolutionPoint::of).ifPresent(solutions::add);
            }
        } else {
            parties = pair.isEmpty() ? defaultPair(deal) : List.of(index(deal, pair.get(0)), index(deal, pair.get(1)));
            frontier = bilateral.compute(
                    deal.space(), List.of(utilities.get(parties.get(0)), utilities.get(parties.get(1))), progress);
            algorithm = bilateral.getClass().getSimpleName();
            note = "the " + utilities.size() + "-party frontier was not enumerated ("
                    + deal.space().size()
                    + " outcomes exceed the limit of " + enumerationLimit + "); the solutions are "
                    + utilities.size() + "-party optima found by CP-SAT over all outcomes";
            solutions.addAll(new CpSatSolutions(SOLVE_SECONDS).solveAll(deal));
        }
        Zopa zopa = zopa(deal, zopaBudget);
        MinimalConcessionDeal concession = new MinimalConcessionSolver().solve(deal, objective);
        var explanation =
                concession.outcome().map(o -> DealExplanation.explain(deal, o)).orElse(List.of());
        return new DealspaceAnalysis(
                deal, frontier, parties, algorithm, note, solutions, zopa, concession, explanation);
    }

    /**
     * The ZOPA: counted by {@link ZopaAnalysis} (exact, or bounds and an estimate when the budget runs out);
     * when that count could not decide every value per issue, CP-SAT completes them from the values it did
     * find ({@link CpSatZopa}), so the values per issue are always exact.
     */
    static Zopa zopa(DealSpace deal, long budget) {
        ZopaAnalysis.Result r = new ZopaAnalysis(budget, ZopaAnalysis.DEFAULT_SAMPLES, ZopaAnalysis.DEFAULT_SEED)
                .analyse(deal, ProgressListener.NONE);
        if (r.valuesComplete()) {
            return r.zopa();
        }
        Zopa values = new CpSatZopa(SOLVE_SECONDS).compute(deal, r.seen(), "");
        String counted = r.zopa()
                .bounds()
                .map(b -> ZopaAnalysis.boundedReason(b.nodes()) + "; ")
                .orElse("");
        return r.zopa()
                .withIssues(
                        values.issues(), counted + "the values per issue were completed by CP-SAT" + values.reason());
    }

    /** Why a requested pair is unusable, if it is: needs two distinct party ids of the deal space. */
    public static Optional<String> pairError(DealSpace deal, List<String> pair) {
        if (pair.isEmpty()) {
            return Optional.empty();
        }
        if (pair.size() != 2 || pair.get(0).equals(pair.get(1))) {
            return Optional.of("the pair must name two different parties, got " + String.join(",", pair));
        }
        for (String id : pair) {
            if (index(deal, id) < 0) {
                return Optional.of("no party '" + id + "' (parties with positions: "
                        + String.join(
                                ", ", deal.parties().stream().map(Party::id).toList()) + ")");
            }
        }
        return Optional.empty();
    }

    /**
     * The default pair: the two parties with the largest power × number of issues they hold a position on
     * (issues with positive weight for parties without stated ideals), earlier parties first among equals;
     * returned in party order.
     */
    public static List<Integer> defaultPair(DealSpace deal) {
        List<Integer> order = IntStream.range(0, deal.parties().size())
                .boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -standing(deal, i))
                        .thenComparing(i -> i))
                .toList();
        return order.subList(0, 2).stream().sorted().toList();
    }

    private static double standing(DealSpace deal, int i) {
        Party p = deal.parties().get(i);
        long held = p.ideals().isEmpty()
                ? IntStream.range(0, deal.space().issueCount())
                        .filter(j -> p.utility().weight(j) > 0)
                        .count()
                : p.ideals().size();
        return p.power() * held;
    }

    private static int index(DealSpace deal, String id) {
        for (int i = 0; i < deal.parties().size(); i++) {
            if (deal.parties().get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
