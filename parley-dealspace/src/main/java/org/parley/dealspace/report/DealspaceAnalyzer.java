package org.parley.dealspace.report;

import java.util.ArrayList;
import java.util.List;
import org.parley.dealspace.ProgressListener;
import org.parley.dealspace.bargaining.BargainingProblem;
import org.parley.dealspace.bargaining.BargainingSolution;
import org.parley.dealspace.bargaining.BargainingSolver;
import org.parley.dealspace.bargaining.SolutionConcept;
import org.parley.dealspace.bargaining.ZopaAnalysis;
import org.parley.dealspace.concession.ConcessionObjective;
import org.parley.dealspace.concession.DealExplanation;
import org.parley.dealspace.concession.MinimalConcessionDeal;
import org.parley.dealspace.concession.MinimalConcessionSolver;
import org.parley.dealspace.pareto.ParetoAlgorithm;
import org.parley.dealspace.pareto.ParetoFrontier;
import org.parley.dealspace.pareto.ParetoFrontiers;
import org.parley.dealspace.utility.DealSpace;

/**
 * Runs the whole deal-space analysis: frontier (fastest exact algorithm), bargaining solutions, ZOPA,
 * minimal-concession deal and its explanation.
 *
 * @param objective what the minimal-concession deal minimises
 * @param zopaLimit largest space whose ZOPA is counted by enumeration
 */
public record DealspaceAnalyzer(ConcessionObjective objective, long zopaLimit) {

    /** Minimises the largest concession; counts the ZOPA of spaces up to 10⁷ outcomes. */
    public static DealspaceAnalyzer defaults() {
        return new DealspaceAnalyzer(ConcessionObjective.LARGEST, 10_000_000L);
    }

    /** Analyses a deal space; {@code progress} sees the frontier computation. */
    public DealspaceAnalysis analyse(DealSpace deal, ProgressListener progress) {
        ParetoAlgorithm algorithm = ParetoFrontiers.choose(deal.space(), deal.utilities());
        ParetoFrontier frontier = algorithm.compute(deal.space(), deal.utilities(), progress);
        BargainingProblem problem = BargainingProblem.of(deal, frontier);
        List<BargainingSolution> solutions = new ArrayList<>();
        for (SolutionConcept c : SolutionConcept.values()) {
            BargainingSolver.solve(problem, c).ifPresent(solutions::add);
        }
        var zopa = new ZopaAnalysis(zopaLimit).compute(deal, ProgressListener.NONE);
        MinimalConcessionDeal concession = new MinimalConcessionSolver().solve(deal, objective);
        var explanation =
                concession.outcome().map(o -> DealExplanation.explain(deal, o)).orElse(List.of());
        return new DealspaceAnalysis(
                deal, frontier, algorithm.getClass().getSimpleName(), solutions, zopa, concession, explanation);
    }
}
