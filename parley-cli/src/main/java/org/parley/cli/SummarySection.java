package org.parley.cli;

import java.io.PrintWriter;
import org.parley.model.scenario.Scenario;
import org.parley.model.summary.ScenarioSummary;

/** The descriptive summary: spread per issue, who stands where, the actors furthest apart. */
final class SummarySection implements AnalysisSection {

    private static final int TOP_DISTANCES = 8;

    @Override
    public String title() {
        return "Where the parties stand";
    }

    @Override
    public void print(Scenario scenario, PrintWriter out) {
        ScenarioSummary summary = ScenarioSummary.of(scenario);
        Table spread = new Table("issue", "positions", "spread (0-100)", "lowest", "highest").right(1, 2);
        for (ScenarioSummary.IssueSpread s : summary.issues()) {
            if (s.stands().isEmpty()) {
                spread.row(s.issue().id(), 0, "", "", "");
                continue;
            }
            boolean ordered = s.issue().scale().isOrdered();
            spread.row(
                    s.issue().id(),
                    s.stands().size(),
                    ordered ? Numbers.format1(s.range()) : "categorical",
                    ordered ? s.stands().get(0).actor().id() : "",
                    ordered ? s.stands().get(s.stands().size() - 1).actor().id() : "");
        }
        spread.print(out);
        for (ScenarioSummary.IssueSpread s : summary.issues()) {
            if (s.stands().isEmpty()) {
                continue;
            }
            out.println();
            out.println(s.issue().name() + " [" + s.issue().id() + "; "
                    + Numbers.describeScale(s.issue().scale()) + "]");
            Table who = new Table("actor", "stands at", "0-100", "salience").right(2, 3);
            for (ScenarioSummary.Stand st : s.stands()) {
                who.row(
                        st.actor().name(),
                        st.described(),
                        Numbers.format1(st.scaled()),
                        Numbers.format(st.position().salience()));
            }
            scenario.statusQuoOf(s.issue().id())
                    .ifPresent(q -> who.row(
                            "(status quo)",
                            s.issue().scale().describe(q.value()),
                            Numbers.format1(s.issue().scale().toScale(q.value())),
                            ""));
            who.print(out);
        }
        out.println();
        out.println("Furthest apart (salience-weighted mean distance on 0-100 over shared issues)");
        Table far = new Table("actor", "actor", "distance", "shared issues").right(2, 3);
        summary.distances().stream()
                .limit(TOP_DISTANCES)
                .forEach(d -> far.row(d.a(), d.b(), Numbers.format1(d.distance()), d.sharedIssues()));
        far.print(out);
    }
}
