package org.parley.evidence.proposal;

import java.util.List;
import java.util.Objects;
import org.parley.evidence.claim.Claim;
import org.parley.model.scenario.Citation;
import org.parley.model.scenario.Fact;
import org.parley.model.scenario.IssueValue;

/**
 * One change a proposal suggests, with the claims behind it and how many independent outlets report them.
 * Nothing is applied until the analyst accepts it ({@link ProposalApplier}).
 */
public sealed interface ProposedChange {

    /** Short identifier within the proposal ("c1", "c2", …), used to accept or reject changes. */
    String id();

    /** The claims the change rests on. */
    List<Claim> claims();

    /** How many distinct outlets report those claims. */
    int outlets();

    /**
     * A new citation for an existing position.
     *
     * @param id identifier within the proposal
     * @param actor the position's actor
     * @param issue the position's issue
     * @param citation the citation to add
     * @param claims the claims of the cited span
     * @param outlets distinct outlets
     */
    record NewCitation(String id, String actor, String issue, Citation citation, List<Claim> claims, int outlets)
            implements ProposedChange {
        public NewCitation {
            Objects.requireNonNull(citation, "citation");
            claims = List.copyOf(claims);
        }
    }

    /**
     * A different value for an existing position, from the latest claims that state one.
     *
     * @param id identifier within the proposal
     * @param actor the position's actor
     * @param issue the position's issue
     * @param from the value the scenario records
     * @param to the value the claims report
     * @param citation the citation for the new value (the latest claim)
     * @param claims every claim reporting {@code to}
     * @param outlets distinct outlets among them
     */
    record ChangedValue(
            String id,
            String actor,
            String issue,
            IssueValue from,
            IssueValue to,
            Citation citation,
            List<Claim> claims,
            int outlets)
            implements ProposedChange {
        public ChangedValue {
            Objects.requireNonNull(to, "to");
            claims = List.copyOf(claims);
        }
    }

    /**
     * A new fact from a reported number.
     *
     * @param id identifier within the proposal
     * @param fact the fact, cited
     * @param claims the claims reporting the number
     * @param outlets distinct outlets among them
     */
    record NewFact(String id, Fact fact, List<Claim> claims, int outlets) implements ProposedChange {
        public NewFact {
            Objects.requireNonNull(fact, "fact");
            claims = List.copyOf(claims);
        }
    }
}
