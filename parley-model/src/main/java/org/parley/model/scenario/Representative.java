package org.parley.model.scenario;

import java.util.List;
import java.util.Objects;

/**
 * A person who speaks or acts for an actor, e.g. a state's leader or spokesperson.
 *
 * @param name the person's name as usually written
 * @param role what they are (e.g. "president", "Kremlin spokesperson")
 * @param aliases other spellings of the name (transliterations, surnames alone)
 */
public record Representative(String name, String role, List<String> aliases) {
    public Representative {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        aliases = List.copyOf(aliases);
    }
}
