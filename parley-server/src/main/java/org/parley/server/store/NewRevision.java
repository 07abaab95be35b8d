package org.parley.server.store;

import java.util.Objects;

/**
 * A revision to be written.
 *
 * @param title the scenario's title in this revision
 * @param author who makes it
 * @param message why
 * @param contentJson the scenario as canonical JSON
 */
public record NewRevision(String title, String author, String message, String contentJson) {
    public NewRevision {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(contentJson, "contentJson");
    }
}
