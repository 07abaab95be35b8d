package org.parley.server.store;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One revision of a scenario, without its content.
 *
 * @param scenario the scenario's id
 * @param number the revision number, from 1
 * @param baseRevision the revision it was made on (0 for the first, which is made on nothing)
 * @param author who made it
 * @param message why
 * @param createdAt when
 * @param sha256 SHA-256 of the stored content (canonical JSON)
 */
public record RevisionEntry(
        String scenario,
        int number,
        int baseRevision,
        String author,
        String message,
        OffsetDateTime createdAt,
        String sha256) {
    public RevisionEntry {
        Objects.requireNonNull(scenario, "scenario");
        if (number < 1 || baseRevision < 0 || baseRevision >= number) {
            throw new IllegalArgumentException("revision numbers: need 0 <= base < number, number >= 1");
        }
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(sha256, "sha256");
    }
}
