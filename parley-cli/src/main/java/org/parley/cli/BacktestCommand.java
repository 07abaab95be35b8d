package org.parley.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.parley.forecast.ForecastModel;
import org.parley.forecast.ForecastModels;
import org.parley.forecast.ForecastOptions;
import org.parley.forecast.backtest.Backtest;
import org.parley.forecast.backtest.BacktestDataReader;
import org.parley.forecast.backtest.BacktestResult;
import org.parley.forecast.backtest.DataError;
import org.parley.forecast.backtest.PredictionsWriter;
import org.parley.forecast.backtest.ReadResult;
import org.parley.forecast.report.BacktestReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley backtest DATA.csv}: scores the models against decided issues by mean absolute error. */
@Command(
        name = "backtest",
        mixinStandardHelpOptions = true,
        description = "Score the forecasting models on decided issues (CSV: issue,actor,position,salience,"
                + "capability,outcome) by mean absolute error with a bootstrap 95%% interval.")
final class BacktestCommand implements Callable<Integer> {

    @picocli.CommandLine.Mixin
    ForecastOptionsMixin forecastOptions;

    @Parameters(paramLabel = "DATA.csv", description = "Decided issues.")
    Path data;

    @Option(
            names = "--models",
            split = ",",
            paramLabel = "MODEL",
            description = "Models, comma-separated (default: all six).")
    List<String> models = new ArrayList<>();

    @Option(names = "--folds", paramLabel = "K", description = "Report the MAE in K random folds (default: none).")
    int folds;

    @Option(names = "--out", paramLabel = "FILE", description = "Write per-issue predictions (CSV) to this file.")
    Path out;

    @Option(
            names = "--format",
            paramLabel = "text|json|csv",
            description = "Output format (default: ${DEFAULT-VALUE}).",
            defaultValue = "text")
    String format;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        List<ForecastModel> chosen = new ArrayList<>();
        for (String m : models.isEmpty() ? ForecastModels.NAMES : models) {
            chosen.add(ForecastModels.byName(m.strip())
                    .orElseThrow(() -> usage(
                            "--models: unknown model '" + m + "'; known: " + String.join(", ", ForecastModels.NAMES)
                                    + ", " + String.join(", ", ForecastModels.EXTRAS))));
        }
        if (folds == 1 || folds < 0) {
            throw usage("--folds must be at least 2, not " + folds);
        }
        if (!List.of("text", "json", "csv").contains(format)) {
            throw usage("--format must be text, json or csv, not '" + format + "'");
        }
        ForecastOptions options = forecastOptions.options(spec.commandLine());
        var err = spec.commandLine().getErr();
        ReadResult read = BacktestDataReader.read(data);
        if (read instanceof ReadResult.Rejected rejected) {
            for (DataError e : rejected.errors()) {
                err.println(e);
            }
            err.flush();
            return ParleyCommand.INVALID_INPUT;
        }
        BacktestResult result = new Backtest(chosen, options, 2000, folds).run(((ReadResult.Loaded) read).data());
        if (out != null) {
            try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                PredictionsWriter.write(result, w);
            } catch (IOException e) {
                err.println(out + ": error WRITE cannot write predictions: " + e.getMessage());
                err.flush();
                return ParleyCommand.INVALID_INPUT;
            }
        }
        BacktestReport report = new BacktestReport(result);
        var o = spec.commandLine().getOut();
        switch (format) {
            case "json":
                o.println(report.json());
                break;
            case "csv":
                o.print(report.csv());
                break;
            default:
                o.print(report.text());
        }
        o.flush();
        return ParleyCommand.OK;
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
