package org.parley.server;

import java.util.Objects;
import org.parley.model.scenario.Scenario;
import org.parley.server.store.RevisionEntry;
import tools.jackson.databind.node.ObjectNode;

/**
 * A stored revision read back: its metadata, the scenario, and its scenario-file tree. Revisions never
 * change, so a loaded revision can be cached and shared; the tree must not be modified (edits copy it).
 *
 * @param entry the revision's metadata
 * @param scenario the scenario
 * @param tree the scenario as a scenario-file JSON tree
 */
public record LoadedRevision(RevisionEntry entry, Scenario scenario, ObjectNode tree) {
    public LoadedRevision {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(tree, "tree");
    }
}
