package org.parley.model.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Why Parley believes an element of a scenario: the citations that support it, or, when the sources are
 * silent, the analyst's stated assumption.
 *
 * <p>An element is either cited ({@code evidence} non-empty) or assumed as a whole ({@code assumedReason}
 * present); it may be both (a cited value whose salience is assumed is recorded in {@code assumptions}).
 *
 * @param evidence the citations, in file order
 * @param assumedReason present when the whole element is assumed ({@code assumed: true} in the file), with
 *     the reasoning
 * @param assumptions field → reason, for individual numbers the sources do not state (e.g. {@code salience})
 */
public record Provenance(List<Citation> evidence, Optional<String> assumedReason, Map<String, String> assumptions) {

    /** No evidence and no assumption (valid only where the format makes evidence optional). */
    public static final Provenance NONE = new Provenance(List.of(), Optional.empty(), Map.of());

    public Provenance {
        evidence = List.copyOf(evidence);
        Objects.requireNonNull(assumedReason, "assumedReason");
        assumptions = Collections.unmodifiableMap(new LinkedHashMap<>(assumptions));
    }

    /** Cited, with no assumption. */
    public static Provenance cited(List<Citation> evidence) {
        return new Provenance(evidence, Optional.empty(), Map.of());
    }

    /** Assumed as a whole, with a reason. */
    public static Provenance assumed(String reason) {
        return new Provenance(List.of(), Optional.of(reason), Map.of());
    }

    /** Whether the element is assumed as a whole. */
    public boolean isAssumed() {
        return assumedReason.isPresent();
    }

    /** Whether the element has neither evidence nor an assumption. */
    public boolean isUnsupported() {
        return evidence.isEmpty() && assumedReason.isEmpty();
    }
}
