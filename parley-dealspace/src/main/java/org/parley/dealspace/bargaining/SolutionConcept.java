package org.parley.dealspace.bargaining;

/**
 * The bargaining solutions Parley computes. Each maximises a score over the individually rational frontier
 * points ({@code u_i ≥ d_i} for all parties i, d the disagreement point); see {@link BargainingSolver}.
 */
public enum SolutionConcept {
    /** Max Π_i (u_i − d_i). Nash, "The Bargaining Problem", Econometrica 18(2):155–162, 1950. */
    NASH("Nash"),
    /**
     * Max Π_i (u_i − d_i)^{w_i} with w_i the parties' normalised powers. Kalai, "Nonsymmetric Nash solutions
     * and replications of 2-person bargaining", Int. J. Game Theory 6:129–133, 1977.
     */
    ASYMMETRIC_NASH("asymmetric Nash"),
    /**
     * Max min_i (u_i − d_i)/(a_i − d_i) with a the ideal (utopia) point of the rational frontier. Kalai &amp;
     * Smorodinsky, "Other Solutions to Nash's Bargaining Problem", Econometrica 43(3):513–518, 1975.
     */
    KALAI_SMORODINSKY("Kalai–Smorodinsky"),
    /** Max Σ_i u_i (the joint-gains maximum of Raiffa 1982). */
    UTILITARIAN("utilitarian"),
    /** Max min_i (u_i − d_i), equal absolute gains (Kalai 1977, "Proportional solutions"). */
    EGALITARIAN("egalitarian");

    private final String label;

    SolutionConcept(String label) {
        this.label = label;
    }

    /** The name used in reports. */
    public String label() {
        return label;
    }
}
