package org.parley.dealspace.outcome;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.parley.model.scenario.Issue;
import org.parley.model.scenario.IssueScale;
import org.parley.model.scenario.IssueValue;
import org.parley.model.scenario.Level;

/**
 * Turns scenario issues into discrete issues.
 *
 * <p>Ordinal and categorical issues keep their levels, binary issues become {false, true}. A continuous issue
 * {@code [min, max]} becomes {@code min, min + h, min + 2h, …, max}: the grid always contains both ends, and
 * the last step is shortened when {@code h} does not divide the range. The step {@code h} is the user's
 * step for that issue in its own unit if given, otherwise {@code defaultScaleStep} points of the 0–100
 * scale (10 points, i.e. 11 values, unless set). Grid values are rounded to 12 significant digits so that
 * {@code 0.1 + 0.2} style noise does not leak into reports.
 *
 * @param defaultScaleStep step on the 0–100 scale for continuous issues without their own step, in (0, 100]
 * @param stepByIssue issue id → step in the issue's own unit
 */
public record Discretisation(double defaultScaleStep, Map<String, Double> stepByIssue) {

    /** Ten points of the 0–100 scale: eleven values per continuous issue. */
    public static final double DEFAULT_SCALE_STEP = 10.0;

    /** At most this many values per discretised issue; finer steps are rejected. */
    public static final int MAX_VALUES = 100_000;

    public Discretisation {
        if (!(defaultScaleStep > 0 && defaultScaleStep <= 100)) {
            throw new IllegalArgumentException("default step must be in (0, 100], was " + defaultScaleStep);
        }
        stepByIssue = Map.copyOf(stepByIssue);
        stepByIssue.forEach((id, step) -> {
            if (!(step > 0) || step.isInfinite()) {
                throw new IllegalArgumentException("step for issue " + id + " must be > 0, was " + step);
            }
        });
    }

    /** The default: 11 values per continuous issue. */
    public static Discretisation defaults() {
        return new Discretisation(DEFAULT_SCALE_STEP, Map.of());
    }

    /** The discrete version of a scenario issue. */
    public DiscreteIssue discretise(Issue issue) {
        Objects.requireNonNull(issue, "issue");
        return new DiscreteIssue(issue.id(), issue.scale(), valuesOf(issue.id(), issue.scale()));
    }

    private List<IssueValue> valuesOf(String id, IssueScale scale) {
        List<IssueValue> values = new ArrayList<>();
        if (scale instanceof IssueScale.Continuous c) {
            double step =
                    stepByIssue.containsKey(id) ? stepByIssue.get(id) : (c.max() - c.min()) * defaultScaleStep / 100.0;
            values.addAll(grid(id, c.min(), c.max(), step));
        } else if (scale instanceof IssueScale.Ordinal o) {
            o.levels().stream().map(Level::id).map(IssueValue::of).forEach(values::add);
        } else if (scale instanceof IssueScale.Categorical c) {
            c.options().stream().map(Level::id).map(IssueValue::of).forEach(values::add);
        } else {
            values.add(IssueValue.of(false));
            values.add(IssueValue.of(true));
        }
        return values;
    }

    /** The grid {@code min, min + step, …, max} (both ends included), as numbers. */
    public static List<IssueValue> grid(String id, double min, double max, double step) {
        double intervals = Math.ceil((max - min) / step - 1e-9);
        if (intervals + 1 > MAX_VALUES) {
            throw new IllegalArgumentException(
                    "step " + step + " gives more than " + MAX_VALUES + " values on issue " + id);
        }
        List<IssueValue> values = new ArrayList<>();
        for (int k = 0; k < intervals; k++) {
            values.add(IssueValue.of(round12(min + k * step)));
        }
        values.add(IssueValue.of(max));
        return values;
    }

    private static double round12(double v) {
        return v == 0
                ? 0
                : new java.math.BigDecimal(v)
                        .round(new java.math.MathContext(12))
                        .doubleValue();
    }
}
