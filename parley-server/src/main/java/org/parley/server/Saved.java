package org.parley.server;

import java.util.List;
import java.util.Objects;
import org.parley.model.diagnostic.Diagnostic;
import org.parley.server.store.RevisionEntry;

/**
 * A revision that was written, with the loader's warnings about it.
 *
 * @param revision the new revision
 * @param warnings warnings (e.g. a source text that is not in the sources directory)
 */
public record Saved(RevisionEntry revision, List<Diagnostic> warnings) {
    public Saved {
        Objects.requireNonNull(revision, "revision");
        warnings = List.copyOf(warnings);
    }
}
