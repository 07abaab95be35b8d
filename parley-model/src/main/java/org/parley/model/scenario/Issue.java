package org.parley.model.scenario;

import java.util.List;
import java.util.Objects;

/**
 * A question the negotiation has to settle.
 *
 * @param id short identifier used by positions
 * @param name display name
 * @param description what is being decided, may be empty
 * @param scale the values the issue can take
 * @param lexicon words and phrases that signal the issue in text (used by claim extraction)
 */
public record Issue(String id, String name, String description, IssueScale scale, List<String> lexicon) {
    public Issue {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        description = description == null ? "" : description;
        Objects.requireNonNull(scale, "scale");
        lexicon = List.copyOf(lexicon);
    }
}
