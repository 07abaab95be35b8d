package org.parley.dealspace.genius;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parley.dealspace.outcome.DiscreteIssue;
import org.parley.dealspace.utility.ValueFunction;
import org.parley.model.scenario.IssueValue;

/** Reads the per-issue evaluators of GENIUS profiles into value functions (see {@link GeniusXmlReader}). */
final class GeniusEvaluators {
    private GeniusEvaluators() {}

    static Optional<ValueFunction> function(
            String file, XmlNode node, DiscreteIssue issue, List<ImportDiagnostic> diagnostics) {
        if (!node.children("item").isEmpty() && node.child("evaluator").isEmpty()) {
            return discrete(file, node, issue, diagnostics);
        }
        Optional<XmlNode> evaluator = node.child("evaluator");
        if (evaluator.isEmpty()) {
            diagnostics.add(GeniusXmlReader.error(
                    file,
                    node,
                    ImportDiagnostic.Code.MISSING,
                    "issue " + issue.id() + " has neither items nor an <evaluator>"));
            return Optional.empty();
        }
        XmlNode e = evaluator.get();
        String ftype = e.attribute("ftype").orElse("linear");
        if (!ftype.equals("linear")) {
            diagnostics.add(GeniusXmlReader.error(
                    file,
                    e,
                    ImportDiagnostic.Code.UNSUPPORTED,
                    "evaluator ftype '" + ftype + "' is not supported (only linear)"));
            return Optional.empty();
        }
        ValueFunction f;
        if (e.attribute("utilityLowestValue").isPresent()
                || e.attribute("utilityHighestValue").isPresent()) {
            Optional<double[]> b = bounds(file, node, diagnostics);
            Optional<Double> lo = GeniusXmlReader.number(file, e, "utilityLowestValue", diagnostics);
            Optional<Double> hi = GeniusXmlReader.number(file, e, "utilityHighestValue", diagnostics);
            if (b.isEmpty() || lo.isEmpty() || hi.isEmpty()) {
                return Optional.empty();
            }
            f = b.get()[0] == b.get()[1]
                    ? new ValueFunction.Linear(Math.max(lo.get(), hi.get()), 0)
                    : new ValueFunction.PiecewiseLinear(List.of(b.get()[0], b.get()[1]), List.of(lo.get(), hi.get()));
        } else if (e.attribute("parameter0").isPresent()
                || e.attribute("parameter1").isPresent()) {
            double c = e.attribute("parameter0").isPresent()
                    ? GeniusXmlReader.number(file, e, "parameter0", diagnostics).orElse(0.0)
                    : 0;
            double s = e.attribute("parameter1").isPresent()
                    ? GeniusXmlReader.number(file, e, "parameter1", diagnostics).orElse(0.0)
                    : 0;
            f = new ValueFunction.Linear(c, s);
        } else {
            Optional<Double> offset = GeniusXmlReader.number(file, e, "offset", diagnostics);
            Optional<Double> slope = GeniusXmlReader.number(file, e, "slope", diagnostics);
            if (offset.isEmpty() || slope.isEmpty()) {
                return Optional.empty();
            }
            f = new ValueFunction.Linear(offset.get(), slope.get());
        }
        for (IssueValue v : issue.values()) {
            double value = f.value(v);
            if (!(value >= -1e-9 && value <= 1 + 1e-9)) {
                diagnostics.add(GeniusXmlReader.error(
                        file,
                        e,
                        ImportDiagnostic.Code.OUT_OF_RANGE,
                        "evaluator gives " + value + " at " + v + " on issue " + issue.id() + "; expected [0, 1]"));
                return Optional.empty();
            }
        }
        return Optional.of(f);
    }

    private static Optional<ValueFunction> discrete(
            String file, XmlNode node, DiscreteIssue issue, List<ImportDiagnostic> diagnostics) {
        Map<IssueValue, Double> evaluation = new LinkedHashMap<>();
        for (XmlNode item : node.children("item")) {
            IssueValue v = IssueValue.of(item.attribute("value").orElse(""));
            if (issue.indexOf(v) < 0) {
                diagnostics.add(GeniusXmlReader.error(
                        file,
                        item,
                        ImportDiagnostic.Code.UNKNOWN_ISSUE,
                        "value '" + v + "' is not in issue " + issue.id()));
                continue;
            }
            Optional<Double> e = GeniusXmlReader.number(file, item, "evaluation", diagnostics);
            if (e.isPresent() && e.get() < 0) {
                diagnostics.add(GeniusXmlReader.error(
                        file, item, ImportDiagnostic.Code.OUT_OF_RANGE, "evaluation must be >= 0, was " + e.get()));
            }
            e.ifPresent(x -> evaluation.put(v, x));
        }
        for (IssueValue v : issue.values()) {
            if (!evaluation.containsKey(v)) {
                diagnostics.add(GeniusXmlReader.error(
                        file,
                        node,
                        ImportDiagnostic.Code.MISSING,
                        "no evaluation for value '" + v + "' of issue " + issue.id()));
                return Optional.empty();
            }
        }
        double max = evaluation.values().stream()
                .mapToDouble(Double::doubleValue)
                .max()
                .orElse(0);
        Map<IssueValue, Double> normalised = new LinkedHashMap<>();
        evaluation.forEach((v, x) -> normalised.put(v, max > 0 ? Math.max(0, x) / max : 0.0));
        return Optional.of(new ValueFunction.Table(normalised));
    }

    /** Bounds of an integer or real issue, from its attributes or a {@code <range>} child. */
    static Optional<double[]> bounds(String file, XmlNode node, List<ImportDiagnostic> diagnostics) {
        XmlNode holder = node.attribute("lowerbound").isPresent()
                ? node
                : node.child("range").orElse(node);
        Optional<Double> lo = GeniusXmlReader.number(file, holder, "lowerbound", diagnostics);
        Optional<Double> hi = GeniusXmlReader.number(file, holder, "upperbound", diagnostics);
        if (lo.isEmpty() || hi.isEmpty()) {
            return Optional.empty();
        }
        if (lo.get() > hi.get()) {
            diagnostics.add(
                    GeniusXmlReader.error(file, holder, ImportDiagnostic.Code.OUT_OF_RANGE, "lowerbound > upperbound"));
            return Optional.empty();
        }
        return Optional.of(new double[] {lo.get(), hi.get()});
    }
}
