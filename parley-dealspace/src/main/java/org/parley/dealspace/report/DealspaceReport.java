package org.parley.dealspace.report;

import java.util.Locale;
import org.parley.dealspace.bargaining.BargainingSolution;
import org.parley.dealspace.concession.IssueExplanation;
import org.parley.dealspace.concession.PartyExplanation;
import org.parley.dealspace.outcome.Outcome;
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
        s.append("Pareto frontier: ")
                .append(a.frontier().size())
                .append(" points covering ")
                .append(a.frontier().outcomeCount())
                .append(" outcomes (")
                .append(a.algorithm())
                .append(")\n");
        s.append("ZOPA: ")
                .append(a.zopa()
                        .count()
                        .map(c -> c + " deals acceptable to all")
                        .orElse(a.zopa().reason()))
                .append('\n');
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
        s.append("Solutions:\n");
        if (a.solutions().isEmpty()) {
            s.append("  none: no frontier point gives every party its reservation value\n");
        }
        for (BargainingSolution sol : a.solutions()) {
            s.append(String.format(
                    Locale.ROOT,
                    "  %-18s %s  %s%s%n",
                    sol.concept().label(),
                    vector(sol.point().utilities()),
                    deal(a, sol.point().example()),
                    sol.optima().size() > 1 ? " (" + sol.optima().size() + " tied points)" : ""));
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
                                .append(number(e.distanceFromIdeal().orElse(0)))
                                .append(' ')
                                .append(e.unit())
                                .append(" away"));
                e.acceptable()
                        .ifPresent(r -> s.append("; acceptable ")
                                .append(r)
                                .append(e.withinAcceptable().orElse(false) ? " (inside" : " (outside"));
                e.marginToReservation()
                        .ifPresent(m -> s.append(", margin ")
                                .append(number(m))
                                .append(' ')
                                .append(e.unit()));
                e.acceptable().ifPresent(r -> s.append(')'));
                s.append('\n');
            }
        }
        return s.toString();
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
        ObjectNode zopa = root.putObject("zopa");
        a.zopa()
                .count()
                .ifPresentOrElse(
                        c -> zopa.put("count", c),
                        () -> zopa.put("reason", a.zopa().reason()));
        ArrayNode bounds = zopa.putArray("issues");
        a.zopa().issues().forEach(b -> {
            ObjectNode o = bounds.addObject().put("issue", b.issue());
            b.values().forEach(o.putArray("values")::add);
        });
        ArrayNode solutions = root.putArray("solutions");
        for (BargainingSolution sol : a.solutions()) {
            ObjectNode o = solutions
                    .addObject()
                    .put("concept", sol.concept().name())
                    .put("ties", sol.optima().size());
            point(a, o, sol.point().utilities(), sol.point().example());
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
        for (BargainingSolution sol : a.solutions()) {
            row(a, s, sol.concept().name(), sol.point().utilities(), sol.point().example());
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
