package org.parley.forecast;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The six established models, by their short names. */
public final class ForecastModels {
    private ForecastModels() {}

    /** Short names in report order: compromise, median, condorcet, eu, smp, exchange. */
    public static final List<String> NAMES = List.of("compromise", "median", "condorcet", "eu", "smp", "exchange");

    /**
     * Variants that {@link #byName} also knows but {@link #all()} leaves out: the probabilistic Condorcet model
     * and the Scholz code reading of the expected-utility model.
     */
    public static final List<String> EXTRAS = List.of("condorcet-p", "eu-scholz");

    /** All six models, in {@link #NAMES} order. */
    public static List<ForecastModel> all() {
        List<ForecastModel> models = new ArrayList<>();
        for (String n : NAMES) {
            models.add(byName(n).orElseThrow());
        }
        return List.copyOf(models);
    }

    /** The model with this short name, one of {@link #NAMES} or {@link #EXTRAS}. */
    public static Optional<ForecastModel> byName(String name) {
        switch (name) {
            case "compromise":
                return Optional.of(new CompromiseModel());
            case "median":
                return Optional.of(new WeightedMedianModel());
            case "condorcet":
                return Optional.of(new CondorcetModel());
            case "condorcet-p":
                return Optional.of(CondorcetModel.probabilistic());
            case "eu":
                return Optional.of(new ExpectedUtilityModel());
            case "eu-scholz":
                return Optional.of(new ScholzCodeExpectedUtilityModel());
            case "smp":
                return Optional.of(new SpatialModelOfPolitics());
            case "exchange":
                return Optional.of(new ExchangeModel());
            default:
                return Optional.empty();
        }
    }
}
