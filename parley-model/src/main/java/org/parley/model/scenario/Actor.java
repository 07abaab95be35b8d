package org.parley.model.scenario;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A party to the negotiation.
 *
 * @param id short identifier used by positions
 * @param name display name
 * @param kind state, organisation, bloc, person or group
 * @param capability relative power to influence the outcome; non-negative, any unit (only ratios matter)
 * @param representatives the people who speak or act for the actor
 * @param members the ids of actors that belong to this one (for blocs and organisations)
 * @param aliases other names that stand for the actor in text (e.g. a capital: "the Kremlin", "Moscow")
 * @param assumptions field → reason, for numbers the sources do not state (e.g. {@code capability})
 */
public record Actor(
        String id,
        String name,
        ActorKind kind,
        double capability,
        List<Representative> representatives,
        List<String> members,
        List<String> aliases,
        Map<String, String> assumptions) {

    public Actor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        if (!(capability >= 0) || Double.isInfinite(capability)) {
            throw new IllegalArgumentException("actor " + id + ": capability must be finite and >= 0");
        }
        representatives = List.copyOf(representatives);
        members = List.copyOf(members);
        aliases = List.copyOf(aliases);
        assumptions = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(assumptions));
    }
}
