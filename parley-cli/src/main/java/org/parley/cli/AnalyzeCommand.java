package org.parley.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.parley.model.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley analyze FILE}: the whole analysis of a scenario, section by section. */
@Command(
        name = "analyze",
        mixinStandardHelpOptions = true,
        description = "Analyse a scenario: where the parties stand and how far apart they are.")
final class AnalyzeCommand implements Callable<Integer> {

    /** The sections, in print order. */
    static final List<AnalysisSection> SECTIONS = List.of(new SummarySection());

    @Parameters(paramLabel = "FILE", description = "Scenario file (YAML or JSON).")
    Path file;

    @Mixin
    ScenarioInput input;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        var loaded = input.load(file, spec.commandLine().getErr());
        if (loaded.isEmpty()) {
            return ParleyCommand.INVALID_INPUT;
        }
        Scenario s = loaded.get();
        PrintWriter out = spec.commandLine().getOut();
        out.printf(
                "%s (%s, as of %s): %d actors, %d issues, %d positions, %d citations from %d sources%n",
                s.title(),
                s.id(),
                s.asOf(),
                s.actors().size(),
                s.issues().size(),
                s.positions().size(),
                s.citations().size(),
                s.sources().size());
        for (AnalysisSection section : SECTIONS) {
            out.println();
            out.println("== " + section.title() + " ==");
            out.println();
            section.print(s, out);
        }
        out.flush();
        return ParleyCommand.OK;
    }
}
