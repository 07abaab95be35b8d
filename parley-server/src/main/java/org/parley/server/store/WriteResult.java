package org.parley.server.store;

/** What became of a write: committed, or refused with the reason as a value. */
public sealed interface WriteResult {

    /** The revision was written and is now the head. */
    record Committed(RevisionEntry revision) implements WriteResult {}

    /** The edit was made on a revision that is no longer the head: nothing was written. */
    record Stale(int baseRevision, int headRevision) implements WriteResult {}

    /** A scenario with that id already exists: nothing was written. */
    record AlreadyExists(String scenario, int headRevision) implements WriteResult {}

    /** No scenario with that id. */
    record NoSuchScenario(String scenario) implements WriteResult {}
}
