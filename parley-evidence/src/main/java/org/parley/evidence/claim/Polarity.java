package org.parley.evidence.claim;

import java.util.Locale;

/**
 * Whether the actor is for or against what the claim names: negative when the cue or the issue term is negated
 * ("not", "no", "never") or governed by a verb of giving up or stopping ("abandon", "renounce", "end", "limit"),
 * an odd number of times.
 */
public enum Polarity {
    POSITIVE,
    NEGATIVE;

    /** Lower-case name, as written in JSON. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
