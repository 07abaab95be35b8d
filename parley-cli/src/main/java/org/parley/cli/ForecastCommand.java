package org.parley.cli;

import java.util.ArrayList;
import java.util.List;
import org.parley.forecast.ForecastInput;
import org.parley.forecast.ForecastModel;
import org.parley.forecast.ForecastModels;
import org.parley.forecast.report.ForecastReport;
import org.parley.model.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code parley forecast FILE}: each model's predicted outcome per issue, optionally with per-round positions. */
@Command(
        name = "forecast",
        mixinStandardHelpOptions = true,
        description = "Forecast each issue's outcome with the established models (0–100 and issue units).")
final class ForecastCommand extends ScenarioCommand {

    @picocli.CommandLine.Mixin
    ForecastOptionsMixin forecastOptions;

    @Option(
            names = "--model",
            paramLabel = "MODEL",
            description = "Model to run: all (default), i.e. the six established models compromise, median,"
                    + " condorcet, eu, smp and exchange, or one of them by name, or one of the variants that all"
                    + " leaves out: condorcet-p (probabilistic Condorcet) and eu-scholz (expected utility as"
                    + " Scholz et al.'s program computes it).",
            defaultValue = "all")
    String model;

    @Option(
            names = "--format",
            paramLabel = "text|json|csv",
            description = "Output format (default: ${DEFAULT-VALUE}).",
            defaultValue = "text")
    String format;

    @Option(names = "--trajectory", description = "Also print each iterative model's positions round by round.")
    boolean trajectory;

    @Override
    void checkOptions() {
        if (!model.equals("all") && ForecastModels.byName(model).isEmpty()) {
            throw usage("--model must be all or one of " + String.join(", ", ForecastModels.NAMES) + ", "
                    + String.join(", ", ForecastModels.EXTRAS) + ", not '" + model + "'");
        }
        if (!List.of("text", "json", "csv").contains(format)) {
            throw usage("--format must be text, json or csv, not '" + format + "'");
        }
        forecastOptions.options(spec.commandLine());
    }

    @Override
    int run(Scenario scenario) {
        List<ForecastInput> issues = ForecastInput.allFrom(scenario);
        List<ForecastModel> models = new ArrayList<>();
        if (model.equals("all")) {
            models.addAll(ForecastModels.all());
        } else {
            models.add(ForecastModels.byName(model).orElseThrow());
        }
        ForecastReport report = ForecastReport.run(issues, models, forecastOptions.options(spec.commandLine()));
        switch (format) {
            case "json":
                out().println(report.json(trajectory));
                break;
            case "csv":
                out().print(report.csv(trajectory));
                break;
            default:
                out().print(report.text(trajectory));
        }
        return ParleyCommand.OK;
    }
}
