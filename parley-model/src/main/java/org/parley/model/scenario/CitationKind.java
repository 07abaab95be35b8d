package org.parley.model.scenario;

import java.util.Locale;

/** On whose word a cited claim rests. */
public enum CitationKind {
    /** A direct statement by the actor itself or its representative, quoted or paraphrased. */
    DIRECT,
    /** Attributed to a named speaker who is not the actor (e.g. an ally, an official of another party). */
    ATTRIBUTED,
    /** Anonymous sources, with their number where the report gives it. */
    ANONYMOUS,
    /** The opinion of a named analyst or expert. */
    ANALYST,
    /** The outlet's own reporting (e.g. figures it states without attribution). */
    REPORTED;

    /** The spelling used in scenario files. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
