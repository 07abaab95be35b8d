package org.parley.forecast;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.parley.model.scenario.IssueScale;
import org.parley.model.scenario.IssueValue;

/**
 * One model's forecast for one issue.
 *
 * @param model the model's short name (e.g. {@code median})
 * @param issueId the issue
 * @param point the forecast on 0–100; empty when the model does not apply (e.g. a distance-based model on a
 *     categorical issue)
 * @param value the forecast mapped back to the issue's units or level, when the input carried a scale
 * @param label a human-readable rendering of {@code value} (with unit or level label), empty if none
 * @param trajectory per-round positions for iterative models, {@link Trajectory#none()} otherwise
 * @param note why the model does not apply, or a remark on how the forecast was reached; may be empty
 */
public record IssueForecast(
        String model,
        String issueId,
        OptionalDouble point,
        Optional<IssueValue> value,
        String label,
        Trajectory trajectory,
        String note) {

    public IssueForecast {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(issueId, "issueId");
        Objects.requireNonNull(point, "point");
        Objects.requireNonNull(value, "value");
        label = label == null ? "" : label;
        Objects.requireNonNull(trajectory, "trajectory");
        note = note == null ? "" : note;
        if (point.isPresent() && !(point.getAsDouble() >= 0 && point.getAsDouble() <= 100)) {
            throw new IllegalArgumentException("forecast must be in [0, 100], was " + point.getAsDouble());
        }
    }

    /** A forecast at {@code point}, mapped back through the input's scale if it has one. */
    public static IssueForecast at(
            String model, ForecastInput input, double point, Trajectory trajectory, String note) {
        double clamped = Math.max(0, Math.min(100, point));
        Optional<IssueValue> value = input.scale().map(s -> rounded(s, s.fromScale(clamped)));
        String label = input.scale().isPresent() ? input.scale().get().describe(value.get()) : "";
        return new IssueForecast(model, input.issueId(), OptionalDouble.of(clamped), value, label, trajectory, note);
    }

    /**
     * A continuous value rounded to a ten-thousandth of its scale's order of magnitude (a forecast of 161153.846
     * soldiers on a 0–500000 scale reads 161150): the models are not that precise, and the 0–100 point keeps full
     * precision.
     */
    private static IssueValue rounded(IssueScale scale, IssueValue value) {
        if (!(scale instanceof IssueScale.Continuous) || !(value instanceof IssueValue.Number)) {
            return value;
        }
        IssueScale.Continuous c = (IssueScale.Continuous) scale;
        double step = Math.pow(10, Math.floor(Math.log10(c.max() - c.min())) - 4);
        double v = Math.round(((IssueValue.Number) value).value() / step) * step;
        return new IssueValue.Number(java.math.BigDecimal.valueOf(v)
                .setScale(
                        Math.max(0, 4 - (int) Math.floor(Math.log10(c.max() - c.min()))),
                        java.math.RoundingMode.HALF_UP)
                .doubleValue());
    }

    /** The model does not apply to this issue, for the reason given. */
    public static IssueForecast notApplicable(String model, ForecastInput input, String reason) {
        return new IssueForecast(
                model, input.issueId(), OptionalDouble.empty(), Optional.empty(), "", Trajectory.none(), reason);
    }
}
