package org.parley.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.parley.model.scenario.Scenario;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * A command that reads one scenario file: loads it (printing located diagnostics, exit {@value
 * ParleyCommand#INVALID_INPUT} when rejected) and hands the scenario to {@link #run(Scenario)}.
 */
abstract class ScenarioCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "Scenario file (YAML or JSON).")
    Path file;

    @Mixin
    ScenarioInput input;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public final Integer call() {
        checkOptions();
        var loaded = input.load(file, err());
        if (loaded.isEmpty()) {
            return ParleyCommand.INVALID_INPUT;
        }
        int exit = run(loaded.get());
        out().flush();
        return exit;
    }

    /** Validates options before the file is read; throw {@link #usage(String)} for a bad one. */
    void checkOptions() {}

    /** Runs the command on a loaded scenario and returns the exit code. */
    abstract int run(Scenario scenario);

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** A usage error (exit {@value ParleyCommand#USAGE}). */
    CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
