package org.parley.server.store;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A scenario kept in the workspace.
 *
 * @param id the scenario's own id (its {@code id} field), used in every URL
 * @param title the title of its latest revision
 * @param headRevision the number of its latest revision (revisions count from 1)
 * @param createdAt when it was imported
 * @param updatedAt when its latest revision was made
 */
public record ScenarioEntry(
        String id, String title, int headRevision, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
    public ScenarioEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
