package org.parley.dealspace.report;

import java.util.Locale;
import org.parley.dealspace.bargaining.SolutionPoint;
import org.parley.dealspace.bargaining.Zopa;
import org.parley.dealspace.concession.IssueExplanation;
import org.parley.dealspace.concession.PartyExplanation;
import org.parley.dealspace.outcome.Outcome;
import org.parley.dealspace.utility.UtilityFunction;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Renders a {@link DealspaceAnalysis} as text, JSON or CSV. Deterministic: same analysis, same bytes. */
public final class DealspaceReport {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private DealspaceReport() {}

    /** A human-readable report. */
    public static String text(DealspaceAnalysis a) {
        StringBuilder s = new StringBuilder();
        s.append("Deal space: ").append(a.deal().name()).append('\n');
        s.append("  outcomes: ")
                .append(a.deal().space().size())
                .append(" over ")
                .append(a.deal().space().issueCount())
                .append(" issues; parties: ")
                .append(String.join(
                        ", ", a.deal().parties().stream().map(p -> p.id()).toList()))
                .append('\n');
        s.append("  disagreement point: ")
                .append(vector(a.deal().parties().stream()
                        .mapToDouble(p -> p.reservation())
                        .toArray()))
                .append('\n');
        s.append("Pareto frontier")
                .append(a.pairOnly() ? " of the pair " + String.join(", ", a.frontierPartyIds()) : "")
                .append(": ")
                .append(a.frontier().size())
                .append(" points covering ")
                .append(a.frontier().outcomeCount())
                .append(" outcomes (")
                .append(a.algorithm())
                .append(")\n");
        if (a.pairOnly()) {
            s.append("  note: ").append(a.frontierNote()).append('\n');
        }
        s.append("ZOPA: ").append(zopaHeadline(a)).append('\n');
        a.zopa()
                .issues()
                .forEach(b -> s.append("  ")
                        .append(b.issue())
                        .append(": ")
                        .append(
                                b.values().isEmpty()
                                        ? "none"
                                        : b.lowest().orElse("") + " … "
                                                + b.highest().orElse(""))
                        .append('\n'));
        s.append("Solutions")
                .append(a.pairOnly() ? " (CP-SAT over all outcomes; [pair] = where each lies for the pair)" : "")
                .append(":\n");
        if (a.solutions().isEmpty()) {
            s.append("  none: no deal gives every party its reservation value\n");
        }
        for (SolutionPoint sol : a.solutions()) {
            int ties = sol.ties().orElse(1);
            s.append(String.format(
                    Locale.ROOT,
                    "  %-18s %s  %s%s%n",
                    sol.concept().label(),
                    vector(sol.utilities()),
                    deal(a, sol.deal()),
                    ties > 1 ? " (" + ties + " tied points)" : ""));
            if (a.pairOnly()) {
                s.append("  ")
                        .append(" ".repeat(18))
                        .append(" [pair] ")
                        .append(pairView(a, sol))
                        .append('\n');
            }
        }
        s.append("Minimal-concession deal (")
                .append(a.concession().objective().name().toLowerCase(Locale.ROOT))
                .append(" concession): ");
        if (a.concession().outcome().isEmpty()) {
            return s.append(a.concession().reason()).append('\n').toString();
        }
        s.append(deal(a, a.concession().outcome().get()))
                .append(String.format(
                        Locale.ROOT, ", objective %.4f%n", a.concession().value()));
        for (PartyExplanation p : a.explanation()) {
            s.append(String.format(
                    Locale.ROOT,
                    "  %s: utility %.4f, reservation %.4f, best %.4f, concession %.4f%n",
                    p.party(),
                    p.utility(),
                    p.reservation(),
                    p.best(),
                    p.concession()));
            for (IssueExplanation e : p.issues()) {
                if (e.weight() == 0) {
                    continue;
                }
                s.append("    ").append(e.issue()).append(": ").append(e.deal());
                e.ideal()
                        .ifPresent(i -> s.append("; ideal ")
                                .append(i)
                                .append(", ")
                                .append(withUnit(number(e.distanceFromIdeal().orElse(0)), e.unit()))
                                .append(" away"));
                e.acceptable()
                        .ifPresent(r -> s.append("; acceptable ")
                                .append(r)
                                .append(e.withinAcceptable().orElse(false) ? " (inside" : " (outside"));
                e.marginToReservation().ifPresent(m -> s.append(", margin ").append(withUnit(number(m), e.unit())));
                e.acceptable().ifPresent(r -> s.append(')'));
                s.append('\n');
            }
        }
        return s.toString();
    }

    /** "3 km", or just "3" when the issue has no unit. */
    static String withUnit(String number, String unit) {
        if (unit.isBlank()) {
            return number;
        }
        return number + " " + (number.equals("1") && unit.equals("levels") ? "level" : unit);
    }

    /**
     * The ZOPA's first line: the exact count; or bounds on it with the Monte-Carlo estimate, and why; or whether
     * deals exist and why they were not counted.
     */
    static String zopaHeadline(DealspaceAnalysis a) {
        Zopa z = a.zopa();
        if (z.count().isPresent()) {
            return z.count().get() + " deals acceptable to all (exact count)";
        }
        if (z.bounds().isPresent()) {
            return zopaBounds(z.bounds().get()) + " (" + z.reason() + ")";
        }
        return z.exists()
                        .map(e -> e ? "deals acceptable to all exist" : "no deal is acceptable to all")
                        .orElse("unknown")
                + " (" + z.reason() + ")";
    }

    /** "between L and U deals acceptable to all; estimate ≈ E (95 % interval lo … hi, S samples, seed X)". */
    public static String zopaBounds(Zopa.CountBounds b) {
        return "between " + b.lower() + " and " + b.upper() + " deals acceptable to all"
                + b.estimate()
                        .map(e -> "; Monte-Carlo estimate " + e.value() + " (95 % interval " + e.low() + " … "
                                + e.high() + ", " + e.samples() + " samples, seed " + e.seed() + ")")
                        .orElse("");
    }

    /** Where a solution lies for the frontier's pair. */
    static String pairView(DealspaceAnalysis a, SolutionPoint sol) {
        long[] p = a.project(sol.units());
        double[] u = java.util.Arrays.stream(p)
                .mapToDouble(UtilityFunction::toUtility)
                .toArray();
        return vector(u)
                + a.pairImprovement(sol.units())
                        .map(f -> " below the pair frontier (e.g. " + vector(f.utilities()) + " is better for both)")
                        .orElse(" on the pair frontier");
    }

    /** A JSON document (pretty-printed). */
    public static String json(DealspaceAnalysis a) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("name", a.deal().name());
        root.put("outcomes", a.deal().space().size());
        ArrayNode parties = root.putArray("parties");
        a.deal()
                .parties()
                .forEach(p -> parties.addObject()
                        .put("id", p.id())
                        .put("reservation", p.reservation())
                        .put("power", p.power()));
        ObjectNode frontier = root.putObject("frontier");
        frontier.put("points", a.frontier().size())
                .put("outcomes", a.frontier().outcomeCount())
                .put("algorithm", a.algorithm());
        a.frontierPartyIds().forEach(frontier.putArray("parties")::add);
        if (a.pairOnly()) {
            frontier.put("note", a.frontierNote());
        }
        ObjectNode zopa = root.putObject("zopa");
        Zopa z = a.zopa();
        if (z.count().isPresent() || z.bounds().isPresent()) {
            zopa.put("exact", z.count().isPresent());
        }
        z.count().ifPresent(c -> zopa.put("count", c));
        z.bounds().ifPresent(b -> {
            zopa.put("lower", b.lower()).put("upper", b.upper()).put("nodes", b.nodes());
            b.estimate()
                    .ifPresent(e -> zopa.putObject("estimate")
                            .put("value", e.value())
                            .put("low", e.low())
                            .put("high", e.high())
                            .put("confidence", 0.95)
                            .put("samples", e.samples())
                            .put("hits", e.hits())
                            .put("seed", e.seed()));
        });
        if (!z.reason().isEmpty()) {
            zopa.put("reason", z.reason());
        }
        a.zopa().exists().ifPresent(e -> zopa.put("exists", e));
        ArrayNode bounds = zopa.putArray("issues");
        a.zopa().issues().forEach(b -> {
            ObjectNode o = bounds.addObject().put("issue", b.issue());
            b.values().forEach(o.putArray("values")::add);
        });
        ArrayNode solutions = root.putArray("solutions");
        for (SolutionPoint sol : a.solutions()) {
            ObjectNode o = solutions
                    .addObject()
                    .put("concept", sol.concept().name())
                    .put("method", sol.method())
                    .put("score", sol.score());
            sol.ties().ifPresent(t -> o.put("ties", t));
            point(a, o, sol.utilities(), sol.deal());
            if (a.pairOnly()) {
                ArrayNode pu = o.putArray("pairUtilities");
                for (long x : a.project(sol.units())) {
                    pu.add(UtilityFunction.toUtility(x));
                }
                o.put("onPairFrontier", a.pairImprovement(sol.units()).isEmpty());
            }
        }
        ObjectNode c = root.putObject("minimalConcession")
                .put("objective", a.concession().objective().name());
        a.concession()
                .outcome()
                .ifPresentOrElse(
                        o -> {
                            c.put("value", a.concession().value());
                            point(
                                    a,
                                    c,
                                    a.concession().utilities().stream()
                                            .mapToDouble(Double::doubleValue)
                                            .toArray(),
                                    o);
                            ArrayNode ex = c.putArray("parties");
                            for (PartyExplanation p : a.explanation()) {
                                ObjectNode po = ex.addObject()
                                        .put("party", p.party())
                                        .put("utility", p.utility())
                                        .put("concession", p.concession());
                                ArrayNode is = po.putArray("issues");
                                for (IssueExplanation e : p.issues()) {
                                    ObjectNode io = is.addObject()
                                            .put("issue", e.issue())
                                            .put("deal", e.deal())
                                            .put("unit", e.unit());
                                    e.ideal().ifPresent(i -> io.put("ideal", i));
                                    e.distanceFromIdeal().ifPresent(d -> io.put("distanceFromIdeal", d));
                                    e.withinAcceptable().ifPresent(w -> io.put("withinAcceptable", w));
                                    e.marginToReservation().ifPresent(m -> io.put("marginToReservation", m));
                                }
                            }
                        },
                        () -> c.put("reason", a.concession().reason()));
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    }

    /** CSV with one row per solution (and the minimal-concession deal): kind, utilities, issue values. */
    public static String csv(DealspaceAnalysis a) {
        StringBuilder s = new StringBuilder("solution");
        a.deal().parties().forEach(p -> s.append(",u_").append(FrontierCsvWriter.cell(p.id())));
        a.deal().space().issues().forEach(i -> s.append(',').append(FrontierCsvWriter.cell(i.id())));
        s.append("\r\n");
        for (SolutionPoint sol : a.solutions()) {
            row(a, s, sol.concept().name(), sol.utilities(), sol.deal());
        }
        a.concession()
                .outcome()
                .ifPresent(o -> row(
                        a,
                        s,
                        "MINIMAL_CONCESSION",
                        a.concession().utilities().stream()
                                .mapToDouble(Double::doubleValue)
                                .toArray(),
                        o));
        return s.toString();
    }

    private static void row(DealspaceAnalysis a, StringBuilder s, String name, double[] u, Outcome o) {
        s.append(name);
        for (double x : u) {
            s.append(String.format(Locale.ROOT, ",%.9f", x));
        }
        for (int j = 0; j < o.issues(); j++) {
            s.append(',')
                    .append(FrontierCsvWriter.cell(a.deal().space().issue(j).describe(o.index(j))));
        }
        s.append("\r\n");
    }

    private static void point(DealspaceAnalysis a, ObjectNode o, double[] u, Outcome outcome) {
        ArrayNode us = o.putArray("utilities");
        for (double x : u) {
            us.add(x);
        }
        ObjectNode d = o.putObject("deal");
        for (int j = 0; j < outcome.issues(); j++) {
            d.put(a.deal().space().issue(j).id(), a.deal().space().issue(j).describe(outcome.index(j)));
        }
    }

    private static String deal(DealspaceAnalysis a, Outcome o) {
        return String.join(", ", a.deal().space().describe(o));
    }

    private static String vector(double[] u) {
        StringBuilder s = new StringBuilder("(");
        for (int i = 0; i < u.length; i++) {
            s.append(i > 0 ? ", " : "").append(String.format(Locale.ROOT, "%.4f", u[i]));
        }
        return s.append(')').toString();
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.4g", v);
    }
}
