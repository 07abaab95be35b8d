package org.parley.model.scenario;

import java.util.Objects;

/**
 * One level of an ordinal scale or one option of a categorical scale.
 *
 * @param id identifier used as the value in positions
 * @param label human-readable description
 */
public record Level(String id, String label) {
    public Level {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
    }
}
