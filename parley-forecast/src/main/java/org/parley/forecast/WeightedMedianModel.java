package org.parley.forecast;

/**
 * The weighted median (median voter) model: the position at which half the total weight capability ×
 * salience lies on either side.
 *
 * <p>Sort positions {@code x_(1) ≤ … ≤ x_(n)} with weights {@code w_(k) = c·s}; the forecast is the smallest
 * {@code x_(k)} with {@code Σ_{m≤k} w_(m) ≥ ½ Σ w}. <b>Tie convention:</b> when the cumulative weight hits
 * exactly one half at {@code x_(k)}, every point of {@code [x_(k), x_(k+1)]} is a median; this model returns
 * the lower end {@code x_(k)} (the lower weighted median), so the answer is always one of the actors'
 * positions. Actors with zero weight are ignored.
 *
 * <p>Reference: D. Black, "On the rationale of group decision-making", Journal of Political Economy 56(1):
 * 23–34, 1948 (median voter theorem); used as a base line by B. Bueno de Mesquita, "Political forecasting:
 * an expected utility method", in <i>European Community Decision Making</i>, 1994.
 *
 * <p>Cost O(n log n). Not applicable to categorical issues. See {@code docs/models/median.md}.
 */
public final class WeightedMedianModel extends SingleIssueModel {

    @Override
    public String name() {
        return "median";
    }

    @Override
    protected IssueForecast forecastIssue(ForecastInput input, ForecastOptions options) {
        double m = WeightedPositions.lowerMedian(WeightedPositions.positions(input), WeightedPositions.weights(input));
        return IssueForecast.at(name(), input, m, Trajectory.none(), "");
    }
}
