package org.parley.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley validate FILE…}: checks scenario files and their citations. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = "Check scenario files: format, references, scales, evidence, and citations against the"
                + " source texts when they are found.")
final class ValidateCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Scenario files (YAML or JSON).")
    List<Path> files;

    @Mixin
    ScenarioInput input;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        boolean allValid = true;
        for (Path file : files) {
            var scenario = input.load(file, spec.commandLine().getErr());
            if (scenario.isPresent()) {
                var s = scenario.get();
                spec.commandLine()
                        .getOut()
                        .printf(
                                "%s: valid — %d actors, %d issues, %d positions, %d facts, %d citations%n",
                                file,
                                s.actors().size(),
                                s.issues().size(),
                                s.positions().size(),
                                s.facts().size(),
                                s.citations().size());
            } else {
                allValid = false;
            }
        }
        return allValid ? ParleyCommand.OK : ParleyCommand.INVALID_INPUT;
    }
}
