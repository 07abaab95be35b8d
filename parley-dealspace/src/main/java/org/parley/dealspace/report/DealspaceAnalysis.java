package org.parley.dealspace.report;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.parley.dealspace.bargaining.SolutionPoint;
import org.parley.dealspace.bargaining.Zopa;
import org.parley.dealspace.concession.MinimalConcessionDeal;
import org.parley.dealspace.concession.PartyExplanation;
import org.parley.dealspace.pareto.FrontierPoint;
import org.parley.dealspace.pareto.ParetoFrontier;
import org.parley.dealspace.utility.DealSpace;

/**
 * Everything Parley reports about a deal space.
 *
 * @param deal the analysed deal space
 * @param frontier the exact Pareto frontier of {@code frontierParties}: of all parties when it could be
 *     computed, otherwise of one pair
 * @param frontierParties indices of the parties the frontier is over, in party order
 * @param algorithm the frontier algorithm used (simple class name)
 * @param frontierNote why the frontier covers only a pair (empty when it covers every party)
 * @param solutions the bargaining solutions that exist (none without a deal acceptable to all)
 * @param zopa the zone of possible agreement
 * @param concession the minimal-concession deal or why there is none
 * @param explanation per-party explanation of the minimal-concession deal (empty without one)
 */
public record DealspaceAnalysis(
        DealSpace deal,
        ParetoFrontier frontier,
        List<Integer> frontierParties,
        String algorithm,
        String frontierNote,
        List<SolutionPoint> solutions,
        Zopa zopa,
        MinimalConcessionDeal concession,
        List<PartyExplanation> explanation) {

    public DealspaceAnalysis {
        Objects.requireNonNull(deal, "deal");
        Objects.requireNonNull(frontier, "frontier");
        frontierParties = List.copyOf(frontierParties);
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(frontierNote, "frontierNote");
        solutions = List.copyOf(solutions);
        Objects.requireNonNull(zopa, "zopa");
        Objects.requireNonNull(concession, "concession");
        explanation = List.copyOf(explanation);
    }

    /** Whether the frontier covers only a pair of a larger set of parties. */
    public boolean pairOnly() {
        return frontierParties.size() < deal.parties().size();
    }

    /** The ids of the frontier's parties. */
    public List<String> frontierPartyIds() {
        return frontierParties.stream().map(i -> deal.parties().get(i).id()).toList();
    }

    /** A utility vector (units, all parties) projected onto the frontier's parties. */
    public long[] project(List<Long> units) {
        return frontierParties.stream().mapToLong(units::get).toArray();
    }

    /**
     * For a pair frontier: a frontier point that strictly dominates the projection of {@code units} for the
     * pair, or empty when the projection is on the pair frontier (nothing better for both).
     */
    public Optional<FrontierPoint> pairImprovement(List<Long> units) {
        long[] p = project(units);
        return frontier.points().stream()
                .filter(f -> FrontierPoint.dominates(f.units(), p))
                .findFirst();
    }
}
