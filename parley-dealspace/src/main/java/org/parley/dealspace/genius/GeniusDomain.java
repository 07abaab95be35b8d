package org.parley.dealspace.genius;

import java.util.List;
import java.util.Objects;
import org.parley.dealspace.outcome.OutcomeSpace;
import org.parley.dealspace.utility.DealSpace;

/**
 * An imported negotiation domain: its name and outcome space.
 *
 * @param name domain name (file name without extension for GENIUS)
 * @param space the issues; GENIUS real issues are discretised
 */
public record GeniusDomain(String name, OutcomeSpace space) {
    public GeniusDomain {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(space, "space");
    }

    /** The deal space of this domain with imported profiles as parties (power 1 each). */
    public DealSpace dealSpace(List<GeniusProfile> profiles) {
        return new DealSpace(
                name, space, profiles.stream().map(GeniusProfile::toParty).toList(), List.of());
    }
}
