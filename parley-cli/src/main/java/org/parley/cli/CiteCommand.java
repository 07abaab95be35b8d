package org.parley.cli;

import java.io.PrintWriter;
import java.util.Optional;
import org.parley.model.io.SourceLibrary;
import org.parley.model.io.SourceText;
import org.parley.model.scenario.Citation;
import org.parley.model.scenario.Provenance;
import org.parley.model.scenario.Scenario;
import org.parley.model.scenario.Source;
import picocli.CommandLine.Command;

/**
 * {@code parley cite FILE}: every citation with the quoted span read from the source text, beside our
 * paraphrase, so that a reader can check one against the other.
 */
@Command(
        name = "cite",
        mixinStandardHelpOptions = true,
        description = "Print every citation with the quoted span from its source text, next to the paraphrase.")
final class CiteCommand extends ScenarioCommand {

    @Override
    int run(Scenario s) {
        SourceLibrary library = input.library(file);
        PrintWriter out = out();
        int[] count = {0, 0};
        s.positions()
                .forEach(p ->
                        print(out, s, library, "position " + p.actor() + " / " + p.issue(), p.provenance(), count));
        s.statusQuo().forEach(q -> print(out, s, library, "status quo / " + q.issue(), q.provenance(), count));
        s.facts()
                .forEach(f ->
                        print(out, s, library, "fact " + f.id() + " (" + f.quantity() + ")", f.provenance(), count));
        s.alternatives().forEach(a -> print(out, s, library, "alternative of " + a.actor(), a.provenance(), count));
        out.printf("%d citations, %d quoted from %s%n", count[0], count[1], library.directory());
        return ParleyCommand.OK;
    }

    private static void print(
            PrintWriter out, Scenario s, SourceLibrary library, String element, Provenance p, int[] count) {
        for (Citation c : p.evidence()) {
            count[0]++;
            Source source = s.source(c.source()).orElseThrow();
            Optional<SourceText> text = source.file().flatMap(library::text);
            out.printf(
                    "%s%n  %s [%d, %d) %s — %s, %s%n",
                    element, c.source(), c.start(), c.end(), c.kind().key(), c.attribution(), source.outlet());
            out.println("  ours:   " + c.paraphrase());
            if (text.isPresent() && c.end() <= text.get().length()) {
                count[1]++;
                out.println("  source: \u201c"
                        + text.get()
                                .span(c.start(), c.end())
                                .replaceAll("\\s+", " ")
                                .strip() + "\u201d");
            } else {
                out.println("  source: (text not available)");
            }
            out.println();
        }
    }
}
