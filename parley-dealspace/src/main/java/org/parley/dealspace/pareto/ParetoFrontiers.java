package org.parley.dealspace.pareto;

import java.util.List;
import org.parley.dealspace.ProgressListener;
import org.parley.dealspace.outcome.OutcomeSpace;
import org.parley.dealspace.utility.UtilityFunction;

/** Chooses the fastest exact algorithm for a frontier. */
public final class ParetoFrontiers {
    private ParetoFrontiers() {}

    /** Divide and conquer for two additive parties, otherwise parallel enumeration. */
    public static ParetoAlgorithm choose(OutcomeSpace space, List<? extends UtilityFunction> utilities) {
        BilateralAdditivePareto bilateral = new BilateralAdditivePareto();
        return bilateral.supports(space, utilities) ? bilateral : new EnumerationPareto();
    }

    /** The exact frontier with the chosen algorithm. */
    public static ParetoFrontier compute(
            OutcomeSpace space, List<? extends UtilityFunction> utilities, ProgressListener progress) {
        return choose(space, utilities).compute(space, utilities, progress);
    }
}
