package org.parley.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.parley.model.io.ScenarioWriter;
import org.parley.model.scenario.Actor;
import org.parley.model.scenario.Issue;
import org.parley.model.scenario.Position;
import org.parley.model.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code parley show FILE}: actors, issues and positions as tables, or the scenario as JSON. */
@Command(
        name = "show",
        mixinStandardHelpOptions = true,
        description = "Print a scenario's actors, issues and positions.")
final class ShowCommand extends ScenarioCommand {

    @Option(
            names = "--format",
            paramLabel = "text|json",
            description = "Output format (default: ${DEFAULT-VALUE}).",
            defaultValue = "text")
    String format;

    @Override
    void checkOptions() {
        if (!format.equals("text") && !format.equals("json")) {
            throw usage("--format must be text or json, not '" + format + "'");
        }
    }

    @Override
    int run(Scenario scenario) {
        if (format.equals("json")) {
            out().print(ScenarioWriter.toJson(scenario));
        } else {
            print(scenario, out());
        }
        return ParleyCommand.OK;
    }

    static void print(Scenario s, PrintWriter out) {
        out.println(s.title() + " (" + s.id() + ", as of " + s.asOf() + ")");
        out.println();
        out.println("Actors");
        Table actors = new Table("id", "name", "kind", "capability", "representatives").right(3);
        for (Actor a : s.actors()) {
            actors.row(
                    a.id(),
                    a.name(),
                    a.kind().key(),
                    Numbers.format(a.capability()) + (a.assumptions().containsKey("capability") ? "*" : ""),
                    String.join(
                            ", ",
                            a.representatives().stream()
                                    .map(r -> r.name() + " (" + r.role() + ")")
                                    .toList()));
        }
        actors.print(out);
        out.println();
        out.println("Issues");
        Table issues = new Table("id", "name", "scale");
        for (Issue i : s.issues()) {
            issues.row(i.id(), i.name(), Numbers.describeScale(i.scale()));
        }
        issues.print(out);
        out.println();
        out.println("Positions");
        Table positions = new Table("actor", "issue", "value", "0-100", "salience", "confidence", "as of", "support")
                .right(3, 4, 5);
        for (Position p : s.positions()) {
            Issue issue = s.issue(p.issue()).orElseThrow();
            positions.row(
                    p.actor(),
                    p.issue(),
                    issue.scale().describe(p.value()),
                    Numbers.format1(issue.scale().toScale(p.value())),
                    Numbers.format(p.salience()) + (p.provenance().assumptions().containsKey("salience") ? "*" : ""),
                    String.format(Locale.ROOT, "%.2f", p.confidence()),
                    p.asOf(),
                    support(p));
        }
        positions.print(out);
        out.println();
        out.println("* assumed (the reason is in the scenario file)");
    }

    private static String support(Position p) {
        if (p.provenance().isAssumed()) {
            return "assumed";
        }
        int n = p.provenance().evidence().size();
        return n + " citation" + (n == 1 ? "" : "s");
    }
}
