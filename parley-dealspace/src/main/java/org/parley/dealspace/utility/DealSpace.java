package org.parley.dealspace.utility;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.parley.dealspace.outcome.OutcomeSpace;

/**
 * An outcome space with the parties that negotiate over it: the input of every deal-space analysis.
 *
 * @param name display name
 * @param space the outcomes (red-lined values already removed when built from a scenario)
 * @param parties at least two parties with distinct ids, each with a utility over {@code space}
 * @param notes how the deal space was derived (assumptions, removed values), for reports
 */
public record DealSpace(String name, OutcomeSpace space, List<Party> parties, List<String> notes) {

    public DealSpace {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(space, "space");
        parties = List.copyOf(parties);
        notes = List.copyOf(notes);
        if (parties.size() < 2) {
            throw new IllegalArgumentException("a deal space needs at least two parties");
        }
        Set<String> ids = new HashSet<>();
        for (Party p : parties) {
            if (!ids.add(p.id())) {
                throw new IllegalArgumentException("duplicate party id '" + p.id() + "'");
            }
            if (!p.utility().space().equals(space)) {
                throw new IllegalArgumentException("party " + p.id() + " has a utility over another outcome space");
            }
        }
    }

    /** The parties' utilities, in party order. */
    public List<AdditiveUtility> utilities() {
        return parties.stream().map(Party::utility).toList();
    }

    /** The disagreement point (reservation values), in units. */
    public long[] disagreementUnits() {
        return parties.stream().mapToLong(Party::reservationUnits).toArray();
    }
}
