package org.parley.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import org.parley.model.diagnostic.Diagnostic;
import org.parley.model.diagnostic.LoadResult;
import org.parley.model.io.ScenarioLoader;
import org.parley.model.io.SourceLibrary;
import org.parley.model.scenario.Scenario;
import picocli.CommandLine.Option;

/** Options shared by the commands that read a scenario, and the loading itself. */
final class ScenarioInput {

    @Option(
            names = "--sources",
            paramLabel = "DIR",
            description = "Directory with the source texts (default: sources/ beside the scenario file).")
    Path sources;

    /** The source library for a scenario file. */
    SourceLibrary library(Path scenarioFile) {
        return new SourceLibrary(sources != null ? sources : ScenarioLoader.defaultSourcesDir(scenarioFile));
    }

    /** Loads a scenario and prints its diagnostics to {@code err}; empty when it was rejected. */
    Optional<Scenario> load(Path file, PrintWriter err) {
        LoadResult<Scenario> result = new ScenarioLoader().load(file, Optional.ofNullable(sources));
        print(result, err);
        return result instanceof LoadResult.Loaded<Scenario> loaded ? Optional.of(loaded.value()) : Optional.empty();
    }

    /** Prints diagnostics one per line, followed by a count of errors when there are any. */
    static void print(LoadResult<?> result, PrintWriter err) {
        for (Diagnostic d : result.diagnostics()) {
            err.println(d);
        }
        long errors = result.errors().size();
        if (errors > 0) {
            err.println(errors + " error" + (errors == 1 ? "" : "s"));
        }
        err.flush();
    }
}
