package org.parley.model.scenario;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A dated, cited observation with a number, e.g. the share of a region an army controls.
 *
 * @param id short identifier
 * @param statement what is observed, in our own words
 * @param quantity the number and its unit
 * @param issue the issue the fact bears on, if any
 * @param actor the actor the fact is about, if any
 * @param asOf when the observation holds
 * @param provenance the citations
 */
public record Fact(
        String id,
        String statement,
        Quantity quantity,
        Optional<String> issue,
        Optional<String> actor,
        LocalDate asOf,
        Provenance provenance) {
    public Fact {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(issue, "issue");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(provenance, "provenance");
        if (provenance.isUnsupported()) {
            throw new IllegalArgumentException("fact " + id + " needs evidence or an assumption");
        }
    }
}
