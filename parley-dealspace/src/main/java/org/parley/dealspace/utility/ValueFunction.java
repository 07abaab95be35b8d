package org.parley.dealspace.utility;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.parley.model.scenario.IssueValue;

/**
 * Maps one issue's values to a value, normally in [0, 1] (checked by {@link AdditiveUtility}).
 *
 * <p>Numeric functions ({@link Linear}, {@link PiecewiseLinear}) read numbers; they read {@code false}/
 * {@code true} as 0/1 and reject labels. {@link Table} lists the value of every level or option.
 */
public sealed interface ValueFunction {

    /** The value of an issue value. */
    double value(IssueValue v);

    /** {@code v(x) = intercept + slope·x}. */
    record Linear(double intercept, double slope) implements ValueFunction {
        public Linear {
            if (!Double.isFinite(intercept) || !Double.isFinite(slope)) {
                throw new IllegalArgumentException("linear value function needs finite coefficients");
            }
        }

        @Override
        public double value(IssueValue v) {
            return intercept + slope * number(v);
        }
    }

    /**
     * Linear interpolation between knots {@code (x_k, v_k)} with increasing {@code x}; constant beyond the
     * first and last knot.
     *
     * @param xs knot positions, strictly increasing, at least one
     * @param vs values at the knots
     */
    record PiecewiseLinear(List<Double> xs, List<Double> vs) implements ValueFunction {
        public PiecewiseLinear {
            xs = List.copyOf(xs);
            vs = List.copyOf(vs);
            if (xs.isEmpty() || xs.size() != vs.size()) {
                throw new IllegalArgumentException("piecewise-linear function needs as many values as knots (>= 1)");
            }
            for (int k = 1; k < xs.size(); k++) {
                if (!(xs.get(k) > xs.get(k - 1))) {
                    throw new IllegalArgumentException("knots must be strictly increasing");
                }
            }
        }

        @Override
        public double value(IssueValue v) {
            double x = number(v);
            int last = xs.size() - 1;
            if (x <= xs.get(0)) {
                return vs.get(0);
            }
            if (x >= xs.get(last)) {
                return vs.get(last);
            }
            int k = 1;
            while (xs.get(k) < x) {
                k++;
            }
            double t = (x - xs.get(k - 1)) / (xs.get(k) - xs.get(k - 1));
            return vs.get(k - 1) + t * (vs.get(k) - vs.get(k - 1));
        }
    }

    /**
     * An explicit value per issue value; values missing from the table are an error when evaluated.
     *
     * @param values issue value → value, in a stable order
     */
    record Table(Map<IssueValue, Double> values) implements ValueFunction {
        public Table {
            values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
            values.forEach((k, v) -> {
                Objects.requireNonNull(k, "table key");
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("table value for " + k + " must be finite");
                }
            });
        }

        @Override
        public double value(IssueValue v) {
            Double d = values.get(v);
            if (d == null) {
                throw new IllegalArgumentException("no value listed for " + v);
            }
            return d;
        }
    }

    private static double number(IssueValue v) {
        if (v instanceof IssueValue.Number n) {
            return n.value();
        }
        if (v instanceof IssueValue.Bool b) {
            return b.value() ? 1 : 0;
        }
        throw new IllegalArgumentException("a numeric value function cannot read the label " + v);
    }
}
