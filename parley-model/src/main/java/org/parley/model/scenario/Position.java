package org.parley.model.scenario;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Where an actor stands on an issue.
 *
 * @param actor id of the actor
 * @param issue id of the issue
 * @param value the preferred outcome (the actor's ideal point)
 * @param salience how much the issue matters to the actor, 0–100
 * @param acceptable the values the actor could live with, if reported
 * @param redLine the values the actor says it will not accept, if reported
 * @param flexibility willingness to move, 0 (none) to 1 (fully flexible), if judged
 * @param asOf the date of the reporting the position rests on
 * @param confidence how sure the reporting is, 0–1
 * @param provenance the citations, or the assumption when the sources are silent
 */
public record Position(
        String actor,
        String issue,
        IssueValue value,
        double salience,
        Optional<ValueSet> acceptable,
        Optional<ValueSet> redLine,
        OptionalDouble flexibility,
        LocalDate asOf,
        double confidence,
        Provenance provenance) {

    public Position {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(issue, "issue");
        Objects.requireNonNull(value, "value");
        if (!(salience >= 0 && salience <= 100)) {
            throw new IllegalArgumentException("salience must be in [0, 100], was " + salience);
        }
        Objects.requireNonNull(acceptable, "acceptable");
        Objects.requireNonNull(redLine, "redLine");
        Objects.requireNonNull(flexibility, "flexibility");
        if (flexibility.isPresent() && !(flexibility.getAsDouble() >= 0 && flexibility.getAsDouble() <= 1)) {
            throw new IllegalArgumentException("flexibility must be in [0, 1]");
        }
        Objects.requireNonNull(asOf, "asOf");
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be in [0, 1], was " + confidence);
        }
        Objects.requireNonNull(provenance, "provenance");
        if (provenance.isUnsupported()) {
            throw new IllegalArgumentException(
                    "position " + actor + "/" + issue + " needs evidence or an assumption with a reason");
        }
    }

    /** Whether the actor has said it will not accept this value. */
    public boolean rejects(IssueValue candidate) {
        return redLine.map(r -> r.contains(candidate)).orElse(false);
    }
}
