package org.parley.evidence.proposal;

import java.util.List;
import java.util.Objects;
import org.parley.model.scenario.Source;

/**
 * A reviewable patch to a scenario: the sources to add for reports the scenario does not list yet, and the
 * changes. Rendered by {@link ProposalRenderer}; applied, in part or whole, by {@link ProposalApplier}.
 *
 * @param scenario the id of the scenario it applies to
 * @param newSources sources to add
 * @param changes the proposed changes, in order
 */
public record Proposal(String scenario, List<Source> newSources, List<ProposedChange> changes) {
    public Proposal {
        Objects.requireNonNull(scenario, "scenario");
        newSources = List.copyOf(newSources);
        changes = List.copyOf(changes);
    }
}
