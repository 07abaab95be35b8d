package org.parley.forecast;

/**
 * The compromise model: the outcome is the mean of the actors' positions weighted by capability × salience.
 *
 * <p>{@code O = Σ_i c_i·s_i·x_i / Σ_i c_i·s_i}.
 *
 * <p>Reference: F. N. Stokman and R. Van Oosten, "The exchange of voting positions: an object-oriented
 * model of policy networks", in B. Bueno de Mesquita and F. N. Stokman (eds.), <i>European Community
 * Decision Making</i>, Yale University Press, 1994, pp. 105–127; also the base line of R. Thomson et al.
 * (eds.), <i>The European Union Decides</i>, Cambridge University Press, 2006.
 *
 * <p>Cost O(n). Not applicable to categorical issues. See {@code docs/models/compromise.md}.
 */
public final class CompromiseModel extends SingleIssueModel {

    @Override
    public String name() {
        return "compromise";
    }

    @Override
    protected IssueForecast forecastIssue(ForecastInput input, ForecastOptions options) {
        double o = WeightedPositions.mean(WeightedPositions.positions(input), WeightedPositions.weights(input));
        return IssueForecast.at(name(), input, o, Trajectory.none(), "");
    }
}
