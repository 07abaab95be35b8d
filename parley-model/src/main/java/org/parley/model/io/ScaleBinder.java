package org.parley.model.io;

import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import org.parley.model.diagnostic.Diagnostic;
import org.parley.model.diagnostic.DiagnosticCode;
import org.parley.model.scenario.IssueScale;
import org.parley.model.scenario.IssueValue;
import org.parley.model.scenario.Level;

/** Binds an issue's {@code scale} and checks the keys that belong to its kind. */
final class ScaleBinder {

    private final List<Diagnostic> diagnostics;
    private final Uniqueness uniqueness;

    ScaleBinder(List<Diagnostic> diagnostics, Uniqueness uniqueness) {
        this.diagnostics = diagnostics;
        this.uniqueness = uniqueness;
    }

    /** The scale, or null when it cannot be built (the reason is in the diagnostics). */
    IssueScale scale(Fields f) {
        String kind = f.text("kind", "");
        Set<String> allowed = switch (kind) {
            case "continuous" -> Set.of("kind", "unit", "min", "max");
            case "ordinal" -> Set.of("kind", "levels");
            case "categorical" -> Set.of("kind", "options");
            case "boolean" -> Set.of("kind", "false_label", "true_label");
            default -> null;
        };
        if (allowed == null) {
            return null;
        }
        for (String key : List.of("unit", "min", "max", "levels", "options", "false_label", "true_label")) {
            if (f.has(key) && !allowed.contains(key)) {
                diagnostics.add(Diagnostic.error(
                        DiagnosticCode.INCONSISTENT,
                        f.at(key),
                        f.path(key),
                        "only " + String.join(", ", allowed.stream().sorted().toList()) + " on a " + kind + " scale",
                        "'" + key + "'"));
            }
        }
        switch (kind) {
            case "continuous": {
                OptionalDouble min = f.number("min");
                OptionalDouble max = f.number("max");
                if (min.isEmpty() || max.isEmpty() || f.text("unit").isEmpty()) {
                    return null;
                }
                if (!(min.getAsDouble() < max.getAsDouble())) {
                    diagnostics.add(Diagnostic.error(
                            DiagnosticCode.INCONSISTENT,
                            f.at("max"),
                            f.path("max"),
                            "max greater than min (" + IssueValue.of(min.getAsDouble()) + ")",
                            IssueValue.of(max.getAsDouble()).toString()));
                    return null;
                }
                return new IssueScale.Continuous(f.text("unit").get(), min.getAsDouble(), max.getAsDouble());
            }
            case "ordinal": {
                List<Level> levels = levels(f, "levels");
                return levels == null ? null : new IssueScale.Ordinal(levels);
            }
            case "categorical": {
                List<Level> options = levels(f, "options");
                return options == null ? null : new IssueScale.Categorical(options);
            }
            default:
                if (f.text("false_label").isEmpty() || f.text("true_label").isEmpty()) {
                    return null;
                }
                return new IssueScale.Binary(
                        f.text("false_label").get(), f.text("true_label").get());
        }
    }

    private List<Level> levels(Fields f, String key) {
        List<Level> levels = f.list(
                key,
                (l, i) -> l.text("id").isPresent() && l.text("label").isPresent()
                        ? new Level(l.text("id").get(), l.text("label").get())
                        : null);
        levels = uniqueness.unique(levels, f, key, Level::id);
        return levels.size() < 2 ? null : levels;
    }
}
