package org.parley.dealspace.utility;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.parley.model.scenario.IssueValue;
import org.parley.model.scenario.ValueSet;

/**
 * A party to the deal: its utility, its reservation value (the disagreement point's coordinate) and its
 * bargaining power.
 *
 * @param id identifier
 * @param name display name
 * @param utility the party's additive utility over the outcome space
 * @param reservation utility of no agreement, in [0, 1]
 * @param power bargaining power for the asymmetric Nash solution, {@code >= 0} (only ratios matter)
 * @param ideals issue id → the party's ideal value, for explanations (may be a value off the grid)
 * @param acceptable issue id → the values the party says it can live with, for explanations
 * @param redLines issue id → the values the party will not accept (hard constraints)
 */
public record Party(
        String id,
        String name,
        AdditiveUtility utility,
        double reservation,
        double power,
        Map<String, IssueValue> ideals,
        Map<String, ValueSet> acceptable,
        Map<String, ValueSet> redLines) {

    public Party {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(utility, "utility");
        if (!(reservation >= 0 && reservation <= 1)) {
            throw new IllegalArgumentException("party " + id + ": reservation must be in [0, 1], was " + reservation);
        }
        if (!(power >= 0) || Double.isInfinite(power)) {
            throw new IllegalArgumentException("party " + id + ": power must be finite and >= 0");
        }
        ideals = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(ideals));
        acceptable = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(acceptable));
        redLines = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(redLines));
    }

    /** A party known only by its utility, with equal power and no stated ideals or red lines. */
    public static Party of(String id, AdditiveUtility utility, double reservation) {
        return new Party(id, id, utility, reservation, 1.0, Map.of(), Map.of(), Map.of());
    }

    /** The reservation value in units. */
    public long reservationUnits() {
        return UtilityFunction.toUnits(reservation);
    }
}
