package org.parley.evidence.claim;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.parley.model.scenario.CitationKind;

/**
 * On whose word a claim rests, and who reported it.
 *
 * @param kind direct (the actor's own representative), attributed (another named person), anonymous, analyst
 *     (a named expert), or reported (the outlet itself)
 * @param speaker the named speaker, for direct, attributed and analyst claims
 * @param role the speaker's role where known
 * @param count how many anonymous sources, where the report says
 * @param affiliation who the anonymous sources are, in the report's words (e.g. "Russian officials")
 * @param outlet the outlet that reported the claim
 */
public record Attribution(
        CitationKind kind,
        Optional<String> speaker,
        Optional<String> role,
        OptionalInt count,
        Optional<String> affiliation,
        String outlet) {
    public Attribution {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(count, "count");
        Objects.requireNonNull(affiliation, "affiliation");
        Objects.requireNonNull(outlet, "outlet");
    }

    /** The outlet's own reporting. */
    public static Attribution reported(String outlet) {
        return new Attribution(
                CitationKind.REPORTED,
                Optional.empty(),
                Optional.empty(),
                OptionalInt.empty(),
                Optional.empty(),
                outlet);
    }

    /** Who the claim rests on, in a few words. */
    public String describe() {
        return switch (kind) {
            case ANONYMOUS ->
                (count.isPresent() ? count.getAsInt() + " " : "") + "anonymous"
                        + affiliation.map(a -> " (" + a + ")").orElse("");
            case REPORTED -> outlet;
            default ->
                speaker.orElse(kind.key()) + role.map(r -> " (" + r + ")").orElse("");
        };
    }
}
