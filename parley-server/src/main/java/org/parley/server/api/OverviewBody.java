package org.parley.server.api;

import java.util.Optional;
import org.parley.model.io.SourceLibrary;
import org.parley.model.io.SourceText;
import org.parley.model.scenario.Actor;
import org.parley.model.scenario.Citation;
import org.parley.model.scenario.Issue;
import org.parley.model.scenario.IssueScale;
import org.parley.model.scenario.IssueValue;
import org.parley.model.scenario.Position;
import org.parley.model.scenario.Scenario;
import org.parley.model.scenario.Source;
import org.parley.model.summary.ScenarioSummary;
import org.parley.server.LoadedRevision;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the overview page shows of one revision: actors, issues with their scales and status quo, every
 * position on the common 0–100 scale (the mapping of {@link IssueScale}) with salience, capability and its
 * citations — each with the quoted span of the source text when that text is in the sources directory —
 * and the actor distances of {@link ScenarioSummary}.
 */
public final class OverviewBody {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private OverviewBody() {}

    /** The overview of a revision. */
    public static ObjectNode of(LoadedRevision rev, Optional<SourceLibrary> library) {
        Scenario s = rev.scenario();
        ObjectNode o = F.objectNode();
        ObjectNode head = o.putObject("scenario");
        head.put("id", s.id());
        head.put("title", s.title());
        head.put("description", s.description());
        head.put("as_of", s.asOf().toString());
        o.set("revision", Bodies.revision(rev.entry()));
        ArrayNode actors = o.putArray("actors");
        for (Actor a : s.actors()) {
            ObjectNode n = actors.addObject();
            n.put("id", a.id());
            n.put("name", a.name());
            n.put("kind", a.kind().key());
            n.put("capability", a.capability());
        }
        ArrayNode issues = o.putArray("issues");
        for (Issue i : s.issues()) {
            issues.add(issue(s, i));
        }
        ArrayNode positions = o.putArray("positions");
        for (Position p : s.positions()) {
            positions.add(position(s, p, library));
        }
        ArrayNode distances = o.putArray("distances");
        for (ScenarioSummary.ActorDistance d : ScenarioSummary.of(s).distances()) {
            ObjectNode n = distances.addObject();
            n.put("a", d.a());
            n.put("b", d.b());
            n.put("distance", d.distance());
            n.put("shared_issues", d.sharedIssues());
        }
        return o;
    }

    private static ObjectNode issue(Scenario s, Issue i) {
        ObjectNode n = F.objectNode();
        n.put("id", i.id());
        n.put("name", i.name());
        n.put("description", i.description());
        n.put("kind", i.scale().kind());
        n.put("ordered", i.scale().isOrdered());
        n.set("scale", scale(i));
        s.statusQuoOf(i.id()).ifPresent(q -> {
            ObjectNode sq = n.putObject("status_quo");
            sq.set("value", value(q.value()));
            sq.put("scaled", i.scale().toScale(q.value()));
            sq.put("described", i.scale().describe(q.value()));
        });
        return n;
    }

    private static JsonNode scale(Issue i) {
        ObjectNode scale = F.objectNode();
        IssueScale sc = i.scale();
        if (sc instanceof IssueScale.Continuous c) {
            scale.put("unit", c.unit());
            scale.put("min", c.min());
            scale.put("max", c.max());
        } else if (sc instanceof IssueScale.Ordinal ord) {
            ArrayNode levels = scale.putArray("levels");
            ord.levels().forEach(l -> levels.addObject().put("id", l.id()).put("label", l.label()));
        } else if (sc instanceof IssueScale.Categorical cat) {
            ArrayNode options = scale.putArray("options");
            cat.options().forEach(l -> options.addObject().put("id", l.id()).put("label", l.label()));
        } else {
            IssueScale.Binary b = (IssueScale.Binary) sc;
            scale.put("false_label", b.falseLabel());
            scale.put("true_label", b.trueLabel());
        }
        return scale;
    }

    private static ObjectNode position(Scenario s, Position p, Optional<SourceLibrary> library) {
        Issue issue = s.issue(p.issue()).orElseThrow();
        ObjectNode n = F.objectNode();
        n.put("actor", p.actor());
        n.put("issue", p.issue());
        n.set("value", value(p.value()));
        n.put("scaled", issue.scale().toScale(p.value()));
        n.put("described", issue.scale().describe(p.value()));
        n.put("salience", p.salience());
        n.put("confidence", p.confidence());
        p.flexibility().ifPresent(f -> n.put("flexibility", f));
        p.acceptable().ifPresent(v -> n.put("acceptable", v.toString()));
        p.redLine().ifPresent(v -> n.put("red_line", v.toString()));
        n.put("as_of", p.asOf().toString());
        p.provenance().assumedReason().ifPresent(r -> n.put("assumed", r));
        ObjectNode assumptions = n.putObject("assumptions");
        p.provenance().assumptions().forEach(assumptions::put);
        ArrayNode citations = n.putArray("citations");
        for (Citation c : p.provenance().evidence()) {
            citations.add(citation(s, c, library));
        }
        return n;
    }

    private static ObjectNode citation(Scenario s, Citation c, Optional<SourceLibrary> library) {
        ObjectNode n = F.objectNode();
        n.put("source", c.source());
        Optional<Source> source = s.source(c.source());
        source.ifPresent(src -> {
            n.put("outlet", src.outlet());
            n.put("title", src.title());
            n.put("date", src.date().toString());
            src.url().ifPresent(u -> n.put("url", u));
        });
        n.put("start", c.start());
        n.put("end", c.end());
        n.put("kind", c.kind().key());
        n.put("attribution", c.attribution());
        n.put("paraphrase", c.paraphrase());
        quote(source, c, library).ifPresentOrElse(q -> n.put("quote", q), () -> n.putNull("quote"));
        return n;
    }

    /** The quoted span, when the source has a text file in the library, its hash matches and the span fits. */
    private static Optional<String> quote(Optional<Source> source, Citation c, Optional<SourceLibrary> library) {
        if (source.isEmpty() || source.get().file().isEmpty() || library.isEmpty()) {
            return Optional.empty();
        }
        Optional<SourceText> text = library.get().text(source.get().file().get());
        if (text.isEmpty()
                || !text.get().sha256().equals(source.get().sha256().orElse(""))
                || c.end() > text.get().length()) {
            return Optional.empty();
        }
        return Optional.of(text.get().span(c.start(), c.end()));
    }

    private static JsonNode value(IssueValue v) {
        if (v instanceof IssueValue.Number num) {
            return F.numberNode(num.value());
        }
        if (v instanceof IssueValue.Bool b) {
            return F.booleanNode(b.value());
        }
        return F.stringNode(((IssueValue.Label) v).id());
    }
}
