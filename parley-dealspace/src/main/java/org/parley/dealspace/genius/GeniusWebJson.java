package org.parley.dealspace.genius;

import java.math.BigDecimal;
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
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes GeniusWeb {@code LinearAdditiveUtilitySpace} profiles: {@code {"LinearAdditiveUtilitySpace":
 * {"issueUtilities": …, "issueWeights": …, "domain": {"name", "issuesValues"}, "name", "reservationBid"}}}.
 *
 * <p>Issue values: {@code {"values": [strings]}} (discrete) or {@code {"range": {"low", "high", "step"}}}
 * (numbers). Utilities: {@code {"discreteutils": {"valueUtilities": {value: u}}}} or {@code {"numberutils":
 * {"lowValue", "lowUtility", "highValue", "highUtility"}}} (linear between the two points, constant outside).
 * GeniusWeb states utilities directly in [0, 1] (no division by the maximum, unlike GENIUS). The reservation
 * value is the utility of {@code reservationBid}, 0 without one. Syntax errors carry the parser's line and
 * column; semantic errors name the JSON path (line 0: the tree keeps no locations).
 */
public final class GeniusWebJson {
    private static final String ROOT = "LinearAdditiveUtilitySpace";
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private GeniusWebJson() {}

    /** Reads a profile; {@code file} names the source in diagnostics. */
    public static ImportResult<GeniusProfile> read(String file, String json) {
        List<ImportDiagnostic> diagnostics = new ArrayList<>();
        if (json.length() > GeniusXmlReader.MAX_BYTES) {
            return reject(
                    file, ImportDiagnostic.Code.TOO_LARGE, "file larger than " + GeniusXmlReader.MAX_BYTES + " bytes");
        }
        JsonNode tree;
        try {
            tree = MAPPER.readTree(json);
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            int col = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
            return new ImportResult.Rejected<>(List.of(new ImportDiagnostic(
                    file, line, col, ImportDiagnostic.Code.MALFORMED, e.getOriginalMessage(), true)));
        }
        JsonNode profile = tree.path(ROOT);
        if (!profile.isObject()) {
            return reject(file, ImportDiagnostic.Code.UNSUPPORTED, "expected an object {\"" + ROOT + "\": {…}}");
        }
        JsonNode issuesValues = profile.path("domain").path("issuesValues");
        if (!issuesValues.isObject()) {
            return reject(file, ImportDiagnostic.Code.MISSING, ROOT + ".domain.issuesValues is missing");
        }
        List<DiscreteIssue> issues = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : issuesValues.properties()) {
            issue(file, e.getKey(), e.getValue(), diagnostics).ifPresent(issues::add);
        }
        if (issues.isEmpty() || diagnostics.stream().anyMatch(ImportDiagnostic::error)) {
            diagnostics.add(
                    diag(file, ImportDiagnostic.Code.MISSING, "no usable issues in " + ROOT + ".domain.issuesValues"));
            return new ImportResult.Rejected<>(
                    diagnostics.stream().filter(ImportDiagnostic::error).toList());
        }
        OutcomeSpace space = new OutcomeSpace(issues);
        List<Double> weights = new ArrayList<>();
        List<ValueFunction> functions = new ArrayList<>();
        for (DiscreteIssue issue : space.issues()) {
            String path = ROOT + ".issueWeights." + issue.id();
            JsonNode w = profile.path("issueWeights").path(issue.id());
            if (!w.isNumber()) {
                diagnostics.add(diag(file, ImportDiagnostic.Code.MISSING, path + " must be a number"));
                continue;
            }
            weights.add(w.doubleValue());
            function(file, issue, profile.path("issueUtilities").path(issue.id()), diagnostics)
                    .ifPresent(functions::add);
        }
        double sum = weights.stream().mapToDouble(Double::doubleValue).sum();
        if (weights.size() == space.issueCount() && Math.abs(sum - 1) > 1e-6) {
            diagnostics.add(
                    sum > 0
                            ? new ImportDiagnostic(
                                    file,
                                    0,
                                    0,
                                    ImportDiagnostic.Code.NORMALISED,
                                    "issue weights sum to " + sum + "; divided by their sum",
                                    false)
                            : diag(file, ImportDiagnostic.Code.OUT_OF_RANGE, "issue weights sum to " + sum));
        }
        if (diagnostics.stream().anyMatch(ImportDiagnostic::error)) {
            return new ImportResult.Rejected<>(
                    diagnostics.stream().filter(ImportDiagnostic::error).toList());
        }
        AdditiveUtility utility =
                new AdditiveUtility(space, weights.stream().map(w -> w / sum).toList(), functions);
        double reservation = 0;
        JsonNode bid = profile.path("reservationBid").path("issuevalues");
        if (bid.isObject()) {
            int[] x = new int[space.issueCount()];
            for (int j = 0; j < x.length; j++) {
                x[j] = space.issue(j).indexOf(value(bid.path(space.issue(j).id())));
                if (x[j] < 0) {
                    return reject(
                            file,
                            ImportDiagnostic.Code.OUT_OF_RANGE,
                            ROOT + ".reservationBid.issuevalues."
                                    + space.issue(j).id() + " is not a value of the issue");
                }
            }
            reservation = utility.utility(x);
        }
        String name = profile.path("name").asString(GeniusXmlReader.baseName(file));
        double r = reservation;
        return ImportResult.of(() -> new GeniusProfile(name, utility, r, 1.0), diagnostics);
    }

    /** Writes a profile; the domain name is written alongside. */
    public static String write(String domainName, GeniusProfile profile) {
        AdditiveUtility u = profile.utility();
        OutcomeSpace space = u.space();
        ObjectNode root = MAPPER.createObjectNode();
        ObjectNode p = root.putObject(ROOT);
        ObjectNode utilities = p.putObject("issueUtilities");
        ObjectNode weights = p.putObject("issueWeights");
        ObjectNode values = p.putObject("domain").put("name", domainName).putObject("issuesValues");
        for (int j = 0; j < space.issueCount(); j++) {
            DiscreteIssue issue = space.issue(j);
            ObjectNode table =
                    utilities.putObject(issue.id()).putObject("discreteutils").putObject("valueUtilities");
            var list = values.putObject(issue.id()).putArray("values");
            for (int k = 0; k < issue.size(); k++) {
                table.put(issue.value(k).toString(), round8(u.value(j, k)));
                list.add(issue.value(k).toString());
            }
            weights.put(issue.id(), round8(u.weight(j)));
        }
        p.put("name", profile.name());
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }

    /** GeniusWeb's rounding of utilities: 8 decimals, half up. */
    private static BigDecimal round8(double v) {
        return new BigDecimal(Double.toString(v))
                .setScale(8, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros();
    }

    private static Optional<DiscreteIssue> issue(
            String file, String name, JsonNode node, List<ImportDiagnostic> diagnostics) {
        if (node.path("values").isArray()) {
            List<Level> levels = new ArrayList<>();
            List<IssueValue> values = new ArrayList<>();
            for (JsonNode v : node.path("values")) {
                IssueValue value = value(v);
                if (!values.contains(value)) {
                    values.add(value);
                    levels.add(new Level(value.toString(), value.toString()));
                }
            }
            if (values.isEmpty()) {
                diagnostics.add(diag(
                        file,
                        ImportDiagnostic.Code.MISSING,
                        ROOT + ".domain.issuesValues." + name + ".values is empty"));
                return Optional.empty();
            }
            return Optional.of(new DiscreteIssue(name, new IssueScale.Categorical(levels), values));
        }
        JsonNode range = node.path("range");
        double lo = number(range.path("low"));
        double hi = number(range.path("high"));
        double step = number(range.path("step"));
        if (!(lo <= hi) || !(step > 0)) {
            diagnostics.add(diag(
                    file,
                    ImportDiagnostic.Code.MISSING,
                    ROOT + ".domain.issuesValues." + name + " needs values or a range with low <= high and step > 0"));
            return Optional.empty();
        }
        if (lo == hi) {
            return Optional.of(
                    new DiscreteIssue(name, new IssueScale.Continuous("", lo, lo + 1), List.of(IssueValue.of(lo))));
        }
        return Optional.of(new DiscreteIssue(
                name, new IssueScale.Continuous("", lo, hi), Discretisation.grid(name, lo, hi, step)));
    }

    private static Optional<ValueFunction> function(
            String file, DiscreteIssue issue, JsonNode node, List<ImportDiagnostic> diagnostics) {
        String path = ROOT + ".issueUtilities." + issue.id();
        if (node.path("discreteutils").isObject()) {
            Map<IssueValue, Double> table = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> e :
                    node.path("discreteutils").path("valueUtilities").properties()) {
                double u = number(e.getValue());
                if (!(u >= 0 && u <= 1)) {
                    diagnostics.add(diag(
                            file,
                            ImportDiagnostic.Code.OUT_OF_RANGE,
                            path + ".discreteutils.valueUtilities." + e.getKey() + " must be in [0, 1]"));
                }
                table.put(IssueValue.of(e.getKey()), u);
            }
            for (IssueValue v : issue.values()) {
                if (!table.containsKey(v)) {
                    diagnostics.add(
                            diag(file, ImportDiagnostic.Code.MISSING, path + " has no utility for value '" + v + "'"));
                    return Optional.empty();
                }
            }
            return Optional.of(new ValueFunction.Table(table));
        }
        JsonNode n = node.path("numberutils");
        double lv = number(n.path("lowValue"));
        double lu = number(n.path("lowUtility"));
        double hv = number(n.path("highValue"));
        double hu = number(n.path("highUtility"));
        if (!(lv < hv) || !(lu >= 0 && lu <= 1) || !(hu >= 0 && hu <= 1)) {
            diagnostics.add(diag(
                    file,
                    ImportDiagnostic.Code.MISSING,
                    path + " needs discreteutils or numberutils with lowValue < highValue and utilities in [0, 1]"));
            return Optional.empty();
        }
        return Optional.of(new ValueFunction.PiecewiseLinear(List.of(lv, hv), List.of(lu, hu)));
    }

    private static IssueValue value(JsonNode v) {
        return v.isNumber() ? IssueValue.of(v.doubleValue()) : IssueValue.of(v.asString(""));
    }

    private static double number(JsonNode v) {
        if (v.isNumber()) {
            return v.doubleValue();
        }
        try {
            return v.isString() ? Double.parseDouble(v.asString()) : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static ImportDiagnostic diag(String file, ImportDiagnostic.Code code, String message) {
        return new ImportDiagnostic(file, 0, 0, code, message, true);
    }

    private static <T> ImportResult<T> reject(String file, ImportDiagnostic.Code code, String message) {
        return new ImportResult.Rejected<>(List.of(diag(file, code, message)));
    }
}
