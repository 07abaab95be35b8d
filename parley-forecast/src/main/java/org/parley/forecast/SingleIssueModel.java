package org.parley.forecast;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A model that treats issues one at a time. Categorical issues are answered "not applicable" unless
 * {@link #handlesCategorical()} says otherwise.
 */
public abstract class SingleIssueModel implements ForecastModel {

    /** Reason given for a categorical issue. */
    public static final String CATEGORICAL =
            "categorical issue: options have no order, so only the pairwise (Condorcet) model applies";

    /** Whether this model can handle unordered options. */
    protected boolean handlesCategorical() {
        return false;
    }

    /** The forecast for one ordered issue (or any issue if {@link #handlesCategorical()}). */
    protected abstract IssueForecast forecastIssue(ForecastInput input, ForecastOptions options);

    @Override
    public final List<IssueForecast> forecast(List<ForecastInput> issues, ForecastOptions options) {
        // issues are independent, so a parallel map gives the same list as a sequential one
        IntFunction<IssueForecast> one = k -> forecastOne(issues.get(k), options);
        IntStream range = IntStream.range(0, issues.size());
        List<IssueForecast> out = (issues.size() > 1 ? range.parallel() : range)
                .mapToObj(one)
                .collect(Collectors.toCollection(ArrayList::new));
        return List.copyOf(out);
    }

    private IssueForecast forecastOne(ForecastInput input, ForecastOptions options) {
        if (!input.isOrdered() && !handlesCategorical()) {
            return IssueForecast.notApplicable(name(), input, CATEGORICAL);
        }
        if (input.totalWeight() <= 0) {
            return IssueForecast.notApplicable(name(), input, "no actor has both capability and salience");
        }
        return forecastIssue(input, options);
    }
}
