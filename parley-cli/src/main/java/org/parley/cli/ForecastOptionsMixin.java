package org.parley.cli;

import org.parley.forecast.ForecastOptions;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** {@code --rounds} and {@code --seed}, shared by the commands that run the forecasting models. */
final class ForecastOptionsMixin {

    @Option(
            names = "--rounds",
            paramLabel = "N",
            description = "Round limit of the iterative models (default: ${DEFAULT-VALUE}).",
            defaultValue = "100")
    int rounds;

    @Option(names = "--seed", paramLabel = "S", description = "Seed (default: ${DEFAULT-VALUE}).", defaultValue = "1")
    long seed;

    /** The options, or a usage error for a round limit below 1. */
    ForecastOptions options(CommandLine commandLine) {
        if (rounds < 1) {
            throw new CommandLine.ParameterException(commandLine, "--rounds must be at least 1, not " + rounds);
        }
        return new ForecastOptions(rounds, seed);
    }
}
