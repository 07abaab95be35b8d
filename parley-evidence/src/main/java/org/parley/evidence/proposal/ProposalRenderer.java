package org.parley.evidence.proposal;

import org.parley.model.scenario.Citation;
import org.parley.model.scenario.Source;

/**
 * A proposal as a text patch for review: one block per change, "+" for additions and "~" for changed values,
 * each with its citation, its claims' attribution and the number of independent outlets.
 */
public final class ProposalRenderer {

    private ProposalRenderer() {}

    /** The patch text. */
    public static String patch(Proposal p) {
        StringBuilder b = new StringBuilder();
        b.append("# Proposed changes to scenario ")
                .append(p.scenario())
                .append(": ")
                .append(p.changes().size())
                .append(" change(s), ")
                .append(p.newSources().size())
                .append(" new source(s). Nothing is applied until")
                .append(" accepted (parley propose … --apply OUT.yaml [--accept c1,c2]).\n");
        for (Source s : p.newSources()) {
            b.append("+ source ")
                    .append(s.id())
                    .append(": ")
                    .append(s.outlet())
                    .append(", ")
                    .append(s.date())
                    .append(", file ")
                    .append(s.file().orElse("?"))
                    .append('\n');
        }
        for (ProposedChange c : p.changes()) {
            b.append('\n').append('[').append(c.id()).append("] ");
            if (c instanceof ProposedChange.NewCitation n) {
                b.append("+ citation for position ")
                        .append(n.actor())
                        .append('/')
                        .append(n.issue())
                        .append('\n');
                cite(b, n.citation());
            } else if (c instanceof ProposedChange.ChangedValue v) {
                b.append("~ position ")
                        .append(v.actor())
                        .append('/')
                        .append(v.issue())
                        .append(": value ")
                        .append(v.from())
                        .append(" -> ")
                        .append(v.to())
                        .append('\n');
                cite(b, v.citation());
            } else if (c instanceof ProposedChange.NewFact f) {
                b.append("+ fact ")
                        .append(f.fact().id())
                        .append(": ")
                        .append(f.fact().quantity())
                        .append(f.fact().actor().map(a -> ", actor " + a).orElse(""))
                        .append(", as of ")
                        .append(f.fact().asOf())
                        .append('\n');
                f.fact().provenance().evidence().forEach(e -> cite(b, e));
            }
            b.append("    ")
                    .append(c.claims().size())
                    .append(" claim(s), ")
                    .append(c.outlets())
                    .append(" independent outlet(s): ")
                    .append(String.join(
                            "; ",
                            c.claims().stream()
                                    .map(x -> x.attribution().describe())
                                    .distinct()
                                    .toList()))
                    .append('\n');
        }
        return b.toString();
    }

    private static void cite(StringBuilder b, Citation c) {
        b.append("    cite ")
                .append(c.source())
                .append(" [")
                .append(c.start())
                .append(", ")
                .append(c.end())
                .append(") ")
                .append(c.kind().key())
                .append(": ")
                .append(c.paraphrase())
                .append('\n');
    }
}
