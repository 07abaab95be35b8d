package org.parley.dealspace.genius;

import java.util.Objects;
import org.parley.dealspace.utility.AdditiveUtility;
import org.parley.dealspace.utility.Party;

/**
 * An imported additive utility space (GENIUS profile or GeniusWeb LinearAdditive profile).
 *
 * @param name profile name (file name without extension for GENIUS)
 * @param utility the normalised additive utility
 * @param reservation reservation value in [0, 1]
 * @param discountFactor GENIUS discount factor in (0, 1]; kept for export, ignored by the (undiscounted)
 *     analysis, as GENIUS itself ignores it for its Pareto and bargaining computations
 */
public record GeniusProfile(String name, AdditiveUtility utility, double reservation, double discountFactor) {

    public GeniusProfile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(utility, "utility");
        if (!(reservation >= 0 && reservation <= 1)) {
            throw new IllegalArgumentException("reservation must be in [0, 1]");
        }
        if (!(discountFactor > 0 && discountFactor <= 1)) {
            throw new IllegalArgumentException("discount factor must be in (0, 1]");
        }
    }

    /** This profile as a party with power 1. */
    public Party toParty() {
        return Party.of(name, utility, reservation);
    }
}
