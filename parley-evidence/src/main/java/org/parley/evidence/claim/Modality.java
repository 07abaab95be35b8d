package org.parley.evidence.claim;

import java.util.Locale;

/** How firmly a claim is put. */
public enum Modality {
    /** Stated without a modal. */
    ASSERTED,
    /** "will", "would", "is determined to". */
    WILL,
    /** "may", "might", "could", "can". */
    MAY,
    /** "must", "should", "needs to". */
    MUST,
    /** "insists", "certainly", "minimum requirements". */
    INSISTS,
    /** "is open to", "ready", "willing", "room for". */
    OPEN_TO,
    /** "wants", "seeks", "aims". */
    WANTS,
    /** "likely", "chance", "probably". */
    LIKELY;

    /** Lower-case name, as written in JSON. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
