package org.parley.server.api;

import java.util.Objects;
import tools.jackson.databind.node.ObjectNode;

/**
 * What every edit says besides the change itself.
 *
 * @param baseRevision the revision the edit was made on
 * @param message why the change was made
 * @param author who made it
 * @param payload the change ({@code changes} of a patch, {@code element} of an addition; empty otherwise)
 */
public record EditEnvelope(int baseRevision, String message, String author, ObjectNode payload) {

    /** The author recorded when a request names none. */
    public static final String DEFAULT_AUTHOR = "analyst";

    public EditEnvelope {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(payload, "payload");
    }
}
