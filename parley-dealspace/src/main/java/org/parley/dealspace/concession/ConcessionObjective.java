package org.parley.dealspace.concession;

/** What "minimal concession" minimises over the parties' normalised concessions. */
public enum ConcessionObjective {
    /** The largest concession any party makes (min–max, protects the worst-off). */
    LARGEST,
    /** The sum of all parties' concessions. */
    TOTAL
}
