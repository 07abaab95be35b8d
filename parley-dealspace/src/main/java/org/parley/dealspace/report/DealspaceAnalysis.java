package org.parley.dealspace.report;

import java.util.List;
import java.util.Objects;
import org.parley.dealspace.bargaining.BargainingSolution;
import org.parley.dealspace.bargaining.Zopa;
import org.parley.dealspace.concession.MinimalConcessionDeal;
import org.parley.dealspace.concession.PartyExplanation;
import org.parley.dealspace.pareto.ParetoFrontier;
import org.parley.dealspace.utility.DealSpace;

/**
 * Everything Parley reports about a deal space.
 *
 * @param deal the analysed deal space
 * @param frontier the exact Pareto frontier
 * @param algorithm the frontier algorithm used (simple class name)
 * @param solutions the bargaining solutions that exist (none without a rational frontier point)
 * @param zopa the zone of possible agreement
 * @param concession the minimal-concession deal or why there is none
 * @param explanation per-party explanation of the minimal-concession deal (empty without one)
 */
public record DealspaceAnalysis(
        DealSpace deal,
        ParetoFrontier frontier,
        String algorithm,
        List<BargainingSolution> solutions,
        Zopa zopa,
        MinimalConcessionDeal concession,
        List<PartyExplanation> explanation) {

    public DealspaceAnalysis {
        Objects.requireNonNull(deal, "deal");
        Objects.requireNonNull(frontier, "frontier");
        Objects.requireNonNull(algorithm, "algorithm");
        solutions = List.copyOf(solutions);
        Objects.requireNonNull(zopa, "zopa");
        Objects.requireNonNull(concession, "concession");
        explanation = List.copyOf(explanation);
    }
}
