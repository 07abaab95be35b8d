package org.parley.evidence.claim;

import java.util.Locale;

/** What an actor does with respect to an issue, as the report presents it. */
public enum Act {
    /** Asks for a value ("Russia will insist on neutrality"). */
    DEMAND,
    /** Puts forward or is open to a value ("open to discussing security guarantees"). */
    OFFER,
    /** Agrees to or tolerates a value. */
    ACCEPTANCE,
    /** Rejects a value ("will not tolerate Ukraine joining NATO"). */
    REFUSAL,
    /** Makes something a condition ("unless it includes concessions", "as a precondition"). */
    CONDITION,
    /** Threatens a consequence ("threatening new sanctions"). */
    THREAT,
    /** Predicts an outcome ("a 50-50 chance", "is likely to"). */
    PREDICTION,
    /** States a fact, usually with a number ("Russia controls 18% of Ukraine"). */
    FACT;

    /** Lower-case name, as written in JSON. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
