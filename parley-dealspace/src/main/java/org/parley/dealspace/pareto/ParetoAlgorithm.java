package org.parley.dealspace.pareto;

import java.util.List;
import org.parley.dealspace.ProgressListener;
import org.parley.dealspace.outcome.OutcomeSpace;
import org.parley.dealspace.utility.UtilityFunction;

/**
 * Computes the exact Pareto frontier of an outcome space under some utility functions. Implementations
 * must agree exactly (same points, counts and example outcomes); {@code ParetoAlgorithmContract} checks it.
 */
public interface ParetoAlgorithm {

    /** Whether this algorithm can handle these utilities (e.g. only two additive ones). */
    boolean supports(OutcomeSpace space, List<? extends UtilityFunction> utilities);

    /**
     * The frontier.
     *
     * @throws IllegalArgumentException when {@link #supports} is false
     */
    ParetoFrontier compute(OutcomeSpace space, List<? extends UtilityFunction> utilities, ProgressListener progress);
}
