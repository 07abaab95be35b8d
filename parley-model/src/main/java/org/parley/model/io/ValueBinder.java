package org.parley.model.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.parley.model.diagnostic.Diagnostic;
import org.parley.model.diagnostic.DiagnosticCode;
import org.parley.model.diagnostic.SourceLocation;
import org.parley.model.scenario.Issue;
import org.parley.model.scenario.IssueScale;
import org.parley.model.scenario.IssueValue;
import org.parley.model.scenario.Level;
import org.parley.model.scenario.ValueSet;

/** Binds issue values and value sets (acceptable sets, red lines) and checks them against the issue's scale. */
final class ValueBinder {

    private final List<Diagnostic> diagnostics;

    ValueBinder(List<Diagnostic> diagnostics) {
        this.diagnostics = diagnostics;
    }

    IssueValue value(Fields f, String key, Issue issue) {
        Node node = f.node(key);
        return node == null ? null : value(node, () -> f.path(key), issue);
    }

    private IssueValue value(Node node, java.util.function.Supplier<String> path, Issue issue) {
        if (!(node instanceof Node.Scalar s) || s.value() == null) {
            return null;
        }
        IssueValue v;
        if (s.value() instanceof String str) {
            v = IssueValue.of(str);
        } else if (s.value() instanceof Boolean b) {
            v = IssueValue.of(b);
        } else if (s.isNumber() && Double.isFinite(s.asDouble())) {
            v = IssueValue.of(s.asDouble());
        } else {
            return null;
        }
        Optional<String> problem = issue.scale().checkValue(v);
        if (problem.isPresent()) {
            List<String> ids = levelIds(issue.scale());
            diagnostics.add(Diagnostic.error(
                            DiagnosticCode.NOT_ON_SCALE,
                            node.at(),
                            path.get(),
                            "a value on the scale of issue '" + issue.id() + "'",
                            "")
                    .withHint(problem.get()
                            + (v instanceof IssueValue.Label l && !ids.isEmpty()
                                    ? hint(Suggestions.didYouMean(l.id(), ids))
                                    : "")));
            return null;
        }
        return v;
    }

    private static String hint(String didYouMean) {
        return didYouMean.isEmpty() ? "" : "; " + didYouMean;
    }

    private static List<String> levelIds(IssueScale scale) {
        if (scale instanceof IssueScale.Ordinal o) {
            return o.levels().stream().map(Level::id).toList();
        }
        if (scale instanceof IssueScale.Categorical c) {
            return c.options().stream().map(Level::id).toList();
        }
        return List.of();
    }

    Optional<ValueSet> valueSet(Fields f, String key, Issue issue) {
        Node node = f.node(key);
        if (node instanceof Node.ListNode list) {
            List<IssueValue> values = new ArrayList<>();
            for (int i = 0; i < list.items().size(); i++) {
                int index = i;
                IssueValue v = value(list.items().get(i), () -> Paths.item(f.path(key), index), issue);
                if (v != null) {
                    values.add(v);
                }
            }
            return values.size() == list.items().size() && !values.isEmpty()
                    ? Optional.of(new ValueSet.Values(values))
                    : Optional.empty();
        }
        if (node instanceof Node.MapNode) {
            Fields r = new Fields((Node.MapNode) node, f.path(key), diagnostics);
            if (!(issue.scale() instanceof IssueScale.Continuous)) {
                error(
                        DiagnosticCode.NOT_ON_SCALE,
                        node.at(),
                        f.path(key),
                        "a list of values for the " + issue.scale().kind() + " issue '" + issue.id() + "'",
                        "an interval {min, max}");
                return Optional.empty();
            }
            OptionalDouble min = r.number("min");
            OptionalDouble max = r.number("max");
            if (min.isEmpty() && max.isEmpty()) {
                return Optional.empty();
            }
            if (min.isPresent() && max.isPresent() && min.getAsDouble() > max.getAsDouble()) {
                error(DiagnosticCode.INCONSISTENT, r.at("max"), r.path("max"), "max >= min", "max < min");
                return Optional.empty();
            }
            for (String bound : List.of("min", "max")) {
                r.number(bound).ifPresent(b -> value(r.node(bound), () -> r.path(bound), issue));
            }
            return Optional.of(new ValueSet.Interval(min, max));
        }
        return Optional.empty();
    }

    private void error(DiagnosticCode code, SourceLocation at, String path, String expected, String found) {
        diagnostics.add(Diagnostic.error(code, at, path, expected, found));
    }
}
