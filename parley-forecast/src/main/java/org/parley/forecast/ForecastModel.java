package org.parley.forecast;

import java.util.List;

/**
 * A model that predicts where a negotiation over one or more issues ends up.
 *
 * <p>Inputs are on the common 0–100 scale. Models that need distances between positions (all but Condorcet)
 * answer {@link IssueForecast#notApplicable} for categorical issues and say so. Implementations are
 * stateless and thread-safe; every stochastic step draws from {@link ForecastOptions#seed()}.
 */
public interface ForecastModel {

    /** Short name used on the command line and in reports, e.g. {@code eu}. */
    String name();

    /** One forecast per input issue, in input order. */
    List<IssueForecast> forecast(List<ForecastInput> issues, ForecastOptions options);

    /** Convenience for a single issue. */
    default IssueForecast forecast(ForecastInput issue, ForecastOptions options) {
        return forecast(List.of(issue), options).get(0);
    }
}
