package org.parley.server.store;

import java.util.Objects;

/**
 * A revision with its content.
 *
 * @param entry the revision's metadata
 * @param contentJson the scenario as canonical JSON ({@code ScenarioWriter.toJson})
 */
public record StoredRevision(RevisionEntry entry, String contentJson) {
    public StoredRevision {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(contentJson, "contentJson");
    }
}
