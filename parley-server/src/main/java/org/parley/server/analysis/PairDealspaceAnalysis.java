package org.parley.server.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.parley.dealspace.bargaining.SolutionPoint;
import org.parley.dealspace.concession.IssueExplanation;
import org.parley.dealspace.concession.PartyExplanation;
import org.parley.dealspace.outcome.Discretisation;
import org.parley.dealspace.outcome.Outcome;
import org.parley.dealspace.pareto.FrontierPoint;
import org.parley.dealspace.report.DealspaceAnalysis;
import org.parley.dealspace.report.DealspaceAnalyzer;
import org.parley.dealspace.utility.DealSpace;
import org.parley.dealspace.utility.Party;
import org.parley.dealspace.utility.ScenarioDealSpace;
import org.parley.model.diagnostic.Diagnostic;
import org.parley.model.diagnostic.DiagnosticCode;
import org.parley.model.diagnostic.SourceLocation;
import org.parley.model.scenario.Scenario;
import org.parley.server.api.Json;
import org.parley.server.api.Outcome.Failed;
import org.parley.server.api.Problem;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The deal space of two actors of a scenario, by {@code parley-dealspace}: the scenario's spatial utilities
 * ({@link ScenarioDealSpace}) restricted to the chosen pair, the exact Pareto frontier, the Nash,
 * Kalai–Smorodinsky, utilitarian and egalitarian points (and asymmetric Nash), the disagreement point, and
 * the minimal-concession deal explained per issue. Frontier points carry their utilities and how many deals
 * reach them (not the deals themselves, which would make the result grow with the frontier times the
 * issues); solutions and the minimal-concession deal carry their deal. Parameters: {@code a}, {@code b} (actor ids; default the
 * first two actors with positions) and {@code step} (grid step of continuous issues on 0–100, default 10).
 */
public final class PairDealspaceAnalysis implements Analysis {

    @Override
    public String kind() {
        return "dealspace";
    }

    @Override
    public org.parley.server.api.Outcome<ObjectNode> parameters(Scenario scenario, ObjectNode given) {
        List<String> withPositions = scenario.actors().stream()
                .map(a -> a.id())
                .filter(id -> !scenario.positionsOf(id).isEmpty())
                .toList();
        List<Diagnostic> errors = new ArrayList<>();
        String a = actor(given, "a", withPositions, withPositions.isEmpty() ? "" : withPositions.get(0), errors);
        String b = actor(given, "b", withPositions, withPositions.size() < 2 ? "" : withPositions.get(1), errors);
        if (errors.isEmpty() && a.equals(b)) {
            errors.add(error("b", "an actor other than '" + a + "'", "'" + b + "'"));
        }
        double step = Discretisation.DEFAULT_SCALE_STEP;
        JsonNode s = given.get("step");
        if (s != null && !s.isNull()) {
            if (!s.isNumber() || !(s.asDouble() >= 1 && s.asDouble() <= 100)) {
                errors.add(error("step", "a number from 1 to 100", s.toString()));
            } else {
                step = s.asDouble();
            }
        }
        if (!errors.isEmpty()) {
            return new Failed<>(Problem.invalidEdit(errors));
        }
        ObjectNode p = Json.object();
        p.put("a", a);
        p.put("b", b);
        p.put("step", step);
        return org.parley.server.api.Outcome.ok(p);
    }

    private static String actor(
            ObjectNode given, String field, List<String> allowed, String fallback, List<Diagnostic> errors) {
        JsonNode n = given.get(field);
        if (n == null || n.isNull()) {
            if (fallback.isEmpty()) {
                errors.add(error(field, "an actor with positions", "nothing"));
            }
            return fallback;
        }
        if (!n.isString() || !allowed.contains(n.asString())) {
            errors.add(error(field, "one of " + String.join(", ", allowed), n.toString()));
            return fallback;
        }
        return n.asString();
    }

    private static Diagnostic error(String field, String expected, String found) {
        return Diagnostic.error(DiagnosticCode.INVALID_VALUE, SourceLocation.ofFile("request"), field, expected, found);
    }

    @Override
    public ObjectNode run(Scenario scenario, ObjectNode parameters, Progress progress) {
        String a = parameters.get("a").asString();
        String b = parameters.get("b").asString();
        DealSpace full = ScenarioDealSpace.from(
                scenario, new Discretisation(parameters.get("step").asDouble(), Map.of()));
        List<Party> pair = full.parties().stream()
                .filter(p -> p.id().equals(a) || p.id().equals(b))
                .sorted((x, y) -> x.id().equals(a) ? -1 : y.id().equals(a) ? 1 : 0)
                .toList();
        DealSpace deal = new DealSpace(full.name(), full.space(), pair, full.notes());
        DealspaceAnalysis analysis = DealspaceAnalyzer.defaults()
                .analyse(deal, (done, total) -> progress.report(total == 0 ? 0 : 0.9 * done / (double) total));
        return body(analysis);
    }

    private static ObjectNode body(DealspaceAnalysis a) {
        DealSpace deal = a.deal();
        ObjectNode o = Json.object();
        o.put("outcomes", deal.space().size().toString());
        o.put("algorithm", a.algorithm());
        ArrayNode issues = o.putArray("issues");
        deal.space().issues().forEach(i -> issues.add(i.id()));
        ArrayNode parties = o.putArray("parties");
        for (Party p : deal.parties()) {
            parties.addObject().put("id", p.id()).put("name", p.name()).put("reservation", p.reservation());
        }
        ArrayNode d = o.putArray("disagreement");
        deal.parties().forEach(p -> d.add(p.reservation()));
        ArrayNode frontier = o.putArray("frontier");
        for (FrontierPoint p : a.frontier().points()) {
            ObjectNode n = frontier.addObject();
            utilities(n, p.utilities());
            n.put("count", p.count().toString());
        }
        ArrayNode solutions = o.putArray("solutions");
        for (SolutionPoint s : a.solutions()) {
            ObjectNode n = solutions.addObject();
            n.put("concept", s.concept().name());
            n.put("label", s.concept().label());
            n.put("ties", s.ties().orElse(1));
            n.put("method", s.method());
            utilities(n, s.utilities());
            deal(n, deal, s.deal());
        }
        ObjectNode c = o.putObject("concession");
        c.put("objective", a.concession().objective().name());
        if (a.concession().outcome().isPresent()) {
            c.put("value", a.concession().value());
            utilities(
                    c,
                    a.concession().utilities().stream()
                            .mapToDouble(Double::doubleValue)
                            .toArray());
            deal(c, deal, a.concession().outcome().get());
            ArrayNode explained = c.putArray("parties");
            for (PartyExplanation p : a.explanation()) {
                ObjectNode n = explained.addObject();
                n.put("party", p.party()).put("utility", p.utility()).put("reservation", p.reservation());
                n.put("best", p.best()).put("concession", p.concession());
                ArrayNode per = n.putArray("issues");
                for (IssueExplanation e : p.issues()) {
                    ObjectNode i = per.addObject().put("issue", e.issue()).put("deal", e.deal());
                    e.ideal().ifPresent(v -> i.put("ideal", v));
                    e.distanceFromIdeal().ifPresent(v -> i.put("distance", v));
                    i.put("unit", e.unit());
                    e.acceptable().ifPresent(v -> i.put("acceptable", v));
                    e.withinAcceptable().ifPresent(v -> i.put("within_acceptable", v));
                    i.put("value", e.value()).put("weight", e.weight());
                }
            }
        } else {
            c.put("reason", a.concession().reason());
        }
        ArrayNode notes = o.putArray("notes");
        deal.notes().forEach(notes::add);
        return o;
    }

    private static void utilities(ObjectNode n, double[] u) {
        ArrayNode arr = n.putArray("u");
        for (double v : u) {
            arr.add(v);
        }
    }

    private static void deal(ObjectNode n, DealSpace deal, Outcome outcome) {
        ArrayNode values = n.putArray("deal");
        deal.space().describe(outcome).forEach(values::add);
    }
}
