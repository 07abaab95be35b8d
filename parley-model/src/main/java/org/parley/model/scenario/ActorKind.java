package org.parley.model.scenario;

import java.util.Locale;

/** What sort of party an {@link Actor} is. */
public enum ActorKind {
    STATE,
    ORGANISATION,
    BLOC,
    PERSON,
    GROUP;

    /** The spelling used in scenario files. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
