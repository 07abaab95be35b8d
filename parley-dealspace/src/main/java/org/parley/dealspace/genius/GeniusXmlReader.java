package org.parley.dealspace.genius;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parley.dealspace.outcome.DiscreteIssue;
import org.parley.dealspace.outcome.Discretisation;
import org.parley.dealspace.outcome.OutcomeSpace;
import org.parley.dealspace.utility.AdditiveUtility;
import org.parley.dealspace.utility.ValueFunction;
import org.parley.model.scenario.IssueScale;
import org.parley.model.scenario.IssueValue;
import org.parley.model.scenario.Level;

/**
 * Reads GENIUS XML: domains ({@code negotiation_template/utility_space/objective/issue}) and additive utility
 * spaces ({@code utility_space/objective} with {@code issue}, {@code weight}, {@code reservation},
 * {@code discount_factor}).
 *
 * <p>Issue types: {@code discrete} (items with {@code value}; in profiles an {@code evaluation} each),
 * {@code integer} ({@code lowerbound}/{@code upperbound} on the issue or a {@code range} child; evaluator
 * {@code ftype="linear"} with {@code utilityLowestValue}/{@code utilityHighestValue}, or with
 * {@code offset}/{@code slope} meaning {@code offset + slope·x}), {@code real} (a {@code range}; evaluator
 * {@code ftype="linear"} with {@code parameter0 + parameter1·x}; discretised like a continuous scenario
 * issue, 11 values unless a step is given).
 *
 * <p>Normalisation follows GENIUS's {@code EvaluatorDiscrete}: a discrete value's value is its evaluation
 * divided by the largest evaluation on that issue, and the utility is {@code Σ_j weight_j · value_j}. Weights
 * that do not sum to 1 are divided by their sum (warning {@code NORMALISED}); a reservation outside [0, 1] is
 * clamped (warning). Files over {@link #MAX_BYTES} bytes are refused.
 */
public final class GeniusXmlReader {
    /** The largest file accepted. */
    public static final int MAX_BYTES = 16 * 1024 * 1024;

    private final Discretisation discretisation;

    /** @param discretisation steps for real issues (issue name → step in the issue's unit) */
    public GeniusXmlReader(Discretisation discretisation) {
        this.discretisation = discretisation;
    }

    /** Reads a domain (or a profile, whose issues also define the domain) from a file. */
    public ImportResult<GeniusDomain> readDomain(Path path) {
        return read(path)
                .map(bytes -> readDomain(path.getFileName().toString(), bytes))
                .orElseGet(() -> unreadable(path));
    }

    /** Reads a profile for a domain from a file. */
    public ImportResult<GeniusProfile> readProfile(Path path, GeniusDomain domain) {
        return read(path)
                .map(bytes -> readProfile(path.getFileName().toString(), bytes, domain))
                .orElseGet(() -> unreadable(path));
    }

    /** Reads a domain from bytes; {@code file} names the source in diagnostics. */
    public ImportResult<GeniusDomain> readDomain(String file, byte[] bytes) {
        List<ImportDiagnostic> diagnostics = new ArrayList<>();
        XmlNode root = parse(file, bytes, diagnostics);
        if (root == null) {
            return new ImportResult.Rejected<>(diagnostics);
        }
        List<XmlNode> issueNodes = root.descendants("issue");
        if (issueNodes.isEmpty()) {
            diagnostics.add(error(file, root, ImportDiagnostic.Code.MISSING, "no <issue> elements"));
            return new ImportResult.Rejected<>(diagnostics);
        }
        List<DiscreteIssue> issues = new ArrayList<>();
        for (XmlNode node : issueNodes) {
            issue(file, node, diagnostics).ifPresent(issues::add);
        }
        return ImportResult.of(() -> new GeniusDomain(baseName(file), new OutcomeSpace(issues)), diagnostics);
    }

    /** Reads a profile from bytes for a domain. */
    public ImportResult<GeniusProfile> readProfile(String file, byte[] bytes, GeniusDomain domain) {
        List<ImportDiagnostic> diagnostics = new ArrayList<>();
        XmlNode root = parse(file, bytes, diagnostics);
        if (root == null) {
            return new ImportResult.Rejected<>(diagnostics);
        }
        OutcomeSpace space = domain.space();
        Map<String, XmlNode> byName = new LinkedHashMap<>();
        Map<String, Double> weightByIndex = new LinkedHashMap<>();
        for (XmlNode objective : root.descendants("objective")) {
            for (XmlNode w : objective.children("weight")) {
                weightByIndex.put(
                        w.attribute("index").orElse(""),
                        number(file, w, "value", diagnostics).orElse(0.0));
            }
        }
        for (XmlNode node : root.descendants("issue")) {
            String name = node.attribute("name").orElse("");
            if (space.indexOf(name) < 0) {
                diagnostics.add(error(
                        file,
                        node,
                        ImportDiagnostic.Code.UNKNOWN_ISSUE,
                        "issue '" + name + "' is not in domain " + domain.name()));
            } else {
                byName.put(name, node);
            }
        }
        List<Double> weights = new ArrayList<>();
        List<ValueFunction> functions = new ArrayList<>();
        for (DiscreteIssue issue : space.issues()) {
            XmlNode node = byName.get(issue.id());
            if (node == null) {
                diagnostics.add(error(
                        file, root, ImportDiagnostic.Code.MISSING, "no evaluation of issue '" + issue.id() + "'"));
                continue;
            }
            Double w = weightByIndex.get(node.attribute("index").orElse("?"));
            if (w == null) {
                diagnostics.add(
                        error(file, node, ImportDiagnostic.Code.MISSING, "no <weight> for issue '" + issue.id() + "'"));
                continue;
            }
            weights.add(w);
            GeniusEvaluators.function(file, node, issue, diagnostics).ifPresent(functions::add);
        }
        double sum = weights.stream().mapToDouble(Double::doubleValue).sum();
        if (weights.size() == space.issueCount() && Math.abs(sum - 1) > 1e-6) {
            if (sum <= 0) {
                diagnostics.add(error(file, root, ImportDiagnostic.Code.OUT_OF_RANGE, "weights sum to " + sum));
            } else {
                diagnostics.add(warning(
                        file,
                        root,
                        ImportDiagnostic.Code.NORMALISED,
                        "weights sum to " + sum + "; divided by their sum"));
            }
        }
        double reservation = root.child("reservation")
                .flatMap(r -> number(file, r, "value", diagnostics))
                .orElse(0.0);
        if (reservation < 0 || reservation > 1) {
            diagnostics.add(warning(
                    file,
                    root.child("reservation").orElse(root),
                    ImportDiagnostic.Code.OUT_OF_RANGE,
                    "reservation " + reservation + " clamped to [0, 1]"));
            reservation = Math.max(0, Math.min(1, reservation));
        }
        double discount = root.child("discount_factor")
                .flatMap(r -> number(file, r, "value", diagnostics))
                .orElse(1.0);
        if (!(discount > 0 && discount <= 1)) {
            diagnostics.add(warning(
                    file,
                    root.child("discount_factor").orElse(root),
                    ImportDiagnostic.Code.OUT_OF_RANGE,
                    "discount factor " + discount + " read as 1 (no discount)"));
            discount = 1;
        }
        double finalReservation = reservation;
        double finalDiscount = discount;
        return ImportResult.of(
                () -> new GeniusProfile(
                        baseName(file),
                        new AdditiveUtility(
                                space, weights.stream().map(w -> w / sum).toList(), functions),
                        finalReservation,
                        finalDiscount),
                diagnostics);
    }

    private Optional<DiscreteIssue> issue(String file, XmlNode node, List<ImportDiagnostic> diagnostics) {
        String name = node.attribute("name").orElse("");
        String type = node.attribute("type").or(() -> node.attribute("etype")).orElse("discrete");
        if (name.isEmpty()) {
            diagnostics.add(error(file, node, ImportDiagnostic.Code.MISSING, "issue without a name"));
            return Optional.empty();
        }
        switch (type) {
            case "discrete": {
                List<Level> levels = new ArrayList<>();
                List<IssueValue> values = new ArrayList<>();
                for (XmlNode item : node.children("item")) {
                    String v = item.attribute("value").orElse("");
                    if (values.contains(IssueValue.of(v))) {
                        diagnostics.add(error(
                                file,
                                item,
                                ImportDiagnostic.Code.MALFORMED,
                                "duplicate value '" + v + "' on issue " + name));
                        continue;
                    }
                    levels.add(new Level(
                            v,
                            item.attribute("description")
                                    .filter(d -> !d.isBlank())
                                    .orElse(v)));
                    values.add(IssueValue.of(v));
                }
                if (values.isEmpty()) {
                    diagnostics.add(error(
                            file, node, ImportDiagnostic.Code.MISSING, "discrete issue " + name + " has no <item>"));
                    return Optional.empty();
                }
                return Optional.of(new DiscreteIssue(name, new IssueScale.Categorical(levels), values));
            }
            case "integer":
            case "real": {
                Optional<double[]> bounds = GeniusEvaluators.bounds(file, node, diagnostics);
                if (bounds.isEmpty()) {
                    return Optional.empty();
                }
                double lo = bounds.get()[0];
                double hi = bounds.get()[1];
                if (lo == hi) {
                    return Optional.of(new DiscreteIssue(
                            name, new IssueScale.Continuous("", lo, lo + 1), List.of(IssueValue.of(lo))));
                }
                IssueScale.Continuous scale = new IssueScale.Continuous("", lo, hi);
                if (type.equals("integer")) {
                    if (hi - lo + 1 > Discretisation.MAX_VALUES) {
                        diagnostics.add(error(
                                file,
                                node,
                                ImportDiagnostic.Code.TOO_LARGE,
                                "integer issue " + name + " has more than " + Discretisation.MAX_VALUES + " values"));
                        return Optional.empty();
                    }
                    return Optional.of(new DiscreteIssue(
                            name, scale, Discretisation.grid(name, Math.ceil(lo), Math.floor(hi), 1)));
                }
                try {
                    return Optional.of(discretisation.discretise(
                            new org.parley.model.scenario.Issue(name, name, "", scale, List.of())));
                } catch (IllegalArgumentException e) {
                    diagnostics.add(error(file, node, ImportDiagnostic.Code.TOO_LARGE, e.getMessage()));
                    return Optional.empty();
                }
            }
            default:
                diagnostics.add(error(
                        file, node, ImportDiagnostic.Code.UNSUPPORTED, "issue type '" + type + "' is not supported"));
                return Optional.empty();
        }
    }

    private static XmlNode parse(String file, byte[] bytes, List<ImportDiagnostic> diagnostics) {
        if (bytes.length > MAX_BYTES) {
            diagnostics.add(new ImportDiagnostic(
                    file, 0, 0, ImportDiagnostic.Code.TOO_LARGE, "file larger than " + MAX_BYTES + " bytes", true));
            return null;
        }
        return XmlNode.parse(file, bytes, diagnostics);
    }

    static Optional<Double> number(String file, XmlNode node, String attribute, List<ImportDiagnostic> diagnostics) {
        Optional<String> text = node.attribute(attribute);
        if (text.isEmpty()) {
            diagnostics.add(error(
                    file, node, ImportDiagnostic.Code.MISSING, "<" + node.name + "> needs attribute " + attribute));
            return Optional.empty();
        }
        try {
            double v = Double.parseDouble(text.get().trim());
            if (Double.isFinite(v)) {
                return Optional.of(v);
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        diagnostics.add(error(
                file,
                node,
                ImportDiagnostic.Code.BAD_NUMBER,
                attribute + "=\"" + text.get() + "\" is not a finite number"));
        return Optional.empty();
    }

    static ImportDiagnostic error(String file, XmlNode node, ImportDiagnostic.Code code, String message) {
        return new ImportDiagnostic(file, node.line, node.column, code, message, true);
    }

    static ImportDiagnostic warning(String file, XmlNode node, ImportDiagnostic.Code code, String message) {
        return new ImportDiagnostic(file, node.line, node.column, code, message, false);
    }

    private static Optional<byte[]> read(Path path) {
        try {
            if (Files.size(path) > MAX_BYTES) {
                return Optional.of(new byte[MAX_BYTES + 1]);
            }
            return Optional.of(Files.readAllBytes(path));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static <T> ImportResult<T> unreadable(Path path) {
        return new ImportResult.Rejected<>(List.of(new ImportDiagnostic(
                path.toString(), 0, 0, ImportDiagnostic.Code.MISSING, "cannot read the file", true)));
    }

    static String baseName(String file) {
        String name = Path.of(file).getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
