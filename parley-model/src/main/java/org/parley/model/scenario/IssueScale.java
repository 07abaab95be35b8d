package org.parley.model.scenario;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The values an {@link Issue} can take, and their mapping onto the common 0–100 scale used by the spatial
 * models.
 *
 * <p>The mapping (also in {@code docs/format.md}):
 *
 * <ul>
 *   <li>{@link Continuous} {@code [min, max]}: {@code s(v) = 100·(v − min)/(max − min)}, linear.
 *   <li>{@link Ordinal} with levels {@code l_0 … l_{k−1}} in order: {@code s(l_i) = 100·i/(k − 1)}, evenly
 *       spaced (a single level maps to 0).
 *   <li>{@link Categorical} with options {@code o_0 … o_{k−1}}: mapped as if ordinal, in file order. The
 *       order carries no meaning, so {@link #isOrdered()} is false and models that need distances must not
 *       use this scale: categorical issues get pairwise (Condorcet) treatment only.
 *   <li>{@link Binary}: false → 0, true → 100.
 * </ul>
 *
 * The inverse {@link #fromScale(double)} returns the value nearest to a point on 0–100: for continuous
 * scales the exact inverse, for the others the nearest level (ties go to the lower level).
 */
public sealed interface IssueScale {

    /** The scale's kind as spelt in scenario files. */
    String kind();

    /** Whether distances between values mean something (false only for categorical scales). */
    default boolean isOrdered() {
        return true;
    }

    /**
     * Null-free check that a value fits this scale, in the manner of GeniusWeb's {@code isFitting}: empty when
     * it fits, otherwise a sentence saying why not.
     */
    Optional<String> checkValue(IssueValue value);

    /** Maps a fitting value onto 0–100. */
    double toScale(IssueValue value);

    /** The value nearest to a point on 0–100. */
    IssueValue fromScale(double scaled);

    /** A human-readable rendering of a fitting value (with unit or level label). */
    String describe(IssueValue value);

    /** A continuous quantity in some unit between {@code min} and {@code max}. */
    record Continuous(String unit, double min, double max) implements IssueScale {
        public Continuous {
            Objects.requireNonNull(unit, "unit");
            if (!Double.isFinite(min) || !Double.isFinite(max) || !(min < max)) {
                throw new IllegalArgumentException("continuous scale needs finite min < max");
            }
        }

        @Override
        public String kind() {
            return "continuous";
        }

        @Override
        public Optional<String> checkValue(IssueValue value) {
            if (!(value instanceof IssueValue.Number n)) {
                return Optional.of("expected a number in " + unit + ", found " + describeKind(value));
            }
            if (n.value() < min || n.value() > max) {
                return Optional.of("expected a number between " + formatNumber(min) + " and " + formatNumber(max) + " "
                        + unit + ", found " + formatNumber(n.value()));
            }
            return Optional.empty();
        }

        @Override
        public double toScale(IssueValue value) {
            return 100.0 * (((IssueValue.Number) value).value() - min) / (max - min);
        }

        @Override
        public IssueValue fromScale(double scaled) {
            double clamped = Math.max(0, Math.min(100, scaled));
            return new IssueValue.Number(min + clamped / 100.0 * (max - min));
        }

        @Override
        public String describe(IssueValue value) {
            return formatNumber(((IssueValue.Number) value).value()) + (unit.isEmpty() ? "" : " " + unit);
        }
    }

    /** Ordered, labelled levels, lowest first. */
    record Ordinal(List<Level> levels) implements IssueScale {
        public Ordinal {
            levels = List.copyOf(levels);
            if (levels.isEmpty()) {
                throw new IllegalArgumentException("ordinal scale needs at least one level");
            }
        }

        @Override
        public String kind() {
            return "ordinal";
        }

        @Override
        public Optional<String> checkValue(IssueValue value) {
            return checkLevel(levels, value, "level");
        }

        @Override
        public double toScale(IssueValue value) {
            return levelToScale(levels, value);
        }

        @Override
        public IssueValue fromScale(double scaled) {
            return nearestLevel(levels, scaled);
        }

        @Override
        public String describe(IssueValue value) {
            return labelOf(levels, value);
        }
    }

    /** Unordered options. */
    record Categorical(List<Level> options) implements IssueScale {
        public Categorical {
            options = List.copyOf(options);
            if (options.isEmpty()) {
                throw new IllegalArgumentException("categorical scale needs at least one option");
            }
        }

        @Override
        public String kind() {
            return "categorical";
        }

        @Override
        public boolean isOrdered() {
            return false;
        }

        @Override
        public Optional<String> checkValue(IssueValue value) {
            return checkLevel(options, value, "option");
        }

        @Override
        public double toScale(IssueValue value) {
            return levelToScale(options, value);
        }

        @Override
        public IssueValue fromScale(double scaled) {
            return nearestLevel(options, scaled);
        }

        @Override
        public String describe(IssueValue value) {
            return labelOf(options, value);
        }
    }

    /**
     * A yes/no question.
     *
     * @param falseLabel what "false" means here (e.g. "no constitutional clause")
     * @param trueLabel what "true" means here
     */
    record Binary(String falseLabel, String trueLabel) implements IssueScale {
        public Binary {
            Objects.requireNonNull(falseLabel, "falseLabel");
            Objects.requireNonNull(trueLabel, "trueLabel");
        }

        @Override
        public String kind() {
            return "boolean";
        }

        @Override
        public Optional<String> checkValue(IssueValue value) {
            return value instanceof IssueValue.Bool
                    ? Optional.empty()
                    : Optional.of("expected true or false, found " + describeKind(value));
        }

        @Override
        public double toScale(IssueValue value) {
            return ((IssueValue.Bool) value).value() ? 100.0 : 0.0;
        }

        @Override
        public IssueValue fromScale(double scaled) {
            return new IssueValue.Bool(scaled > 50.0);
        }

        @Override
        public String describe(IssueValue value) {
            return ((IssueValue.Bool) value).value() ? trueLabel : falseLabel;
        }
    }

    /** Position of a level id among the levels, or -1. */
    static int indexOf(List<Level> levels, String id) {
        for (int i = 0; i < levels.size(); i++) {
            if (levels.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private static Optional<String> checkLevel(List<Level> levels, IssueValue value, String what) {
        List<String> ids = levels.stream().map(Level::id).toList();
        if (value instanceof IssueValue.Label l && ids.contains(l.id())) {
            return Optional.empty();
        }
        return Optional.of(
                "expected one of the " + what + "s " + String.join(", ", ids) + "; found " + describeKind(value));
    }

    private static double levelToScale(List<Level> levels, IssueValue value) {
        int i = indexOf(levels, ((IssueValue.Label) value).id());
        if (i < 0) {
            throw new IllegalArgumentException("unknown level " + value);
        }
        return levels.size() == 1 ? 0.0 : 100.0 * i / (levels.size() - 1);
    }

    private static IssueValue nearestLevel(List<Level> levels, double scaled) {
        if (levels.size() == 1) {
            return new IssueValue.Label(levels.get(0).id());
        }
        double step = 100.0 / (levels.size() - 1);
        double clamped = Math.max(0, Math.min(100, scaled));
        // ties (exactly half way) go to the lower level
        int i = (int) Math.ceil(clamped / step - 0.5);
        return new IssueValue.Label(levels.get(Math.max(0, Math.min(levels.size() - 1, i)))
                .id());
    }

    private static String labelOf(List<Level> levels, IssueValue value) {
        int i = indexOf(levels, ((IssueValue.Label) value).id());
        return i < 0 ? value.toString() : levels.get(i).label();
    }

    /** How a value looks to a user who gave it the wrong kind. */
    static String describeKind(IssueValue value) {
        if (value instanceof IssueValue.Number n) {
            return "the number " + formatNumber(n.value());
        }
        if (value instanceof IssueValue.Bool b) {
            return "the boolean " + b.value();
        }
        return "'" + value + "'";
    }

    /** Formats a number without a trailing ".0" and without exponent for ordinary magnitudes. */
    static String formatNumber(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
