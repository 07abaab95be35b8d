package org.parley.model.io;

import java.util.List;
import java.util.Map;
import org.parley.model.scenario.Actor;
import org.parley.model.scenario.Alternative;
import org.parley.model.scenario.Citation;
import org.parley.model.scenario.Fact;
import org.parley.model.scenario.Issue;
import org.parley.model.scenario.IssueScale;
import org.parley.model.scenario.IssueValue;
import org.parley.model.scenario.Level;
import org.parley.model.scenario.Position;
import org.parley.model.scenario.Provenance;
import org.parley.model.scenario.Representative;
import org.parley.model.scenario.Scenario;
import org.parley.model.scenario.Source;
import org.parley.model.scenario.StatusQuo;
import org.parley.model.scenario.ValueSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * Writes a {@link Scenario} as YAML or JSON in scenario format v1, keys in the documented order, optional
 * fields omitted when absent. {@code load(write(s)) == s} for every valid scenario (tested as a property).
 */
public final class ScenarioWriter {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final ObjectMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final ObjectMapper YAML = YAMLMapper.builder()
            .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
            .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
            .enable(YAMLWriteFeature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .build();

    private ScenarioWriter() {}

    /** The scenario as pretty-printed JSON. */
    public static String toJson(Scenario scenario) {
        return JSON.writeValueAsString(toTree(scenario)) + "\n";
    }

    /** The scenario as YAML. */
    public static String toYaml(Scenario scenario) {
        return YAML.writeValueAsString(toTree(scenario));
    }

    /** The scenario as a JSON tree. */
    public static ObjectNode toTree(Scenario s) {
        ObjectNode o = F.objectNode();
        o.put("parley", s.formatVersion());
        o.put("id", s.id());
        o.put("title", s.title());
        if (!s.description().isEmpty()) {
            o.put("description", s.description());
        }
        o.put("as_of", s.asOf().toString());
        o.set("sources", array(s.sources(), ScenarioWriter::source));
        o.set("actors", array(s.actors(), ScenarioWriter::actor));
        o.set("issues", array(s.issues(), ScenarioWriter::issue));
        if (!s.statusQuo().isEmpty()) {
            o.set("status_quo", array(s.statusQuo(), ScenarioWriter::statusQuo));
        }
        o.set("positions", array(s.positions(), ScenarioWriter::position));
        if (!s.facts().isEmpty()) {
            o.set("facts", array(s.facts(), ScenarioWriter::fact));
        }
        if (!s.alternatives().isEmpty()) {
            o.set("alternatives", array(s.alternatives(), ScenarioWriter::alternative));
        }
        return o;
    }

    private static <T> ArrayNode array(List<T> items, java.util.function.Function<T, JsonNode> f) {
        ArrayNode a = F.arrayNode();
        items.forEach(i -> a.add(f.apply(i)));
        return a;
    }

    private static ArrayNode strings(List<String> items) {
        return array(items, F::stringNode);
    }

    private static ObjectNode source(Source s) {
        ObjectNode o = F.objectNode();
        o.put("id", s.id());
        o.put("outlet", s.outlet());
        o.put("title", s.title());
        o.put("date", s.date().toString());
        s.url().ifPresent(u -> o.put("url", u));
        s.file().ifPresent(f -> o.put("file", f));
        s.sha256().ifPresent(h -> o.put("sha256", h));
        return o;
    }

    private static ObjectNode actor(Actor a) {
        ObjectNode o = F.objectNode();
        o.put("id", a.id());
        o.put("name", a.name());
        o.put("kind", a.kind().key());
        o.set("capability", number(a.capability()));
        if (!a.representatives().isEmpty()) {
            o.set("representatives", array(a.representatives(), ScenarioWriter::representative));
        }
        if (!a.members().isEmpty()) {
            o.set("members", strings(a.members()));
        }
        if (!a.aliases().isEmpty()) {
            o.set("aliases", strings(a.aliases()));
        }
        assumptions(o, a.assumptions());
        return o;
    }

    private static ObjectNode representative(Representative r) {
        ObjectNode o = F.objectNode();
        o.put("name", r.name());
        o.put("role", r.role());
        if (!r.aliases().isEmpty()) {
            o.set("aliases", strings(r.aliases()));
        }
        return o;
    }

    private static ObjectNode issue(Issue i) {
        ObjectNode o = F.objectNode();
        o.put("id", i.id());
        o.put("name", i.name());
        if (!i.description().isEmpty()) {
            o.put("description", i.description());
        }
        o.set("scale", scale(i.scale()));
        if (!i.lexicon().isEmpty()) {
            o.set("lexicon", strings(i.lexicon()));
        }
        return o;
    }

    private static ObjectNode scale(IssueScale scale) {
        ObjectNode o = F.objectNode();
        o.put("kind", scale.kind());
        if (scale instanceof IssueScale.Continuous c) {
            o.put("unit", c.unit());
            o.set("min", number(c.min()));
            o.set("max", number(c.max()));
        } else if (scale instanceof IssueScale.Ordinal ord) {
            o.set("levels", array(ord.levels(), ScenarioWriter::level));
        } else if (scale instanceof IssueScale.Categorical cat) {
            o.set("options", array(cat.options(), ScenarioWriter::level));
        } else {
            IssueScale.Binary b = (IssueScale.Binary) scale;
            o.put("false_label", b.falseLabel());
            o.put("true_label", b.trueLabel());
        }
        return o;
    }

    private static ObjectNode level(Level l) {
        ObjectNode o = F.objectNode();
        o.put("id", l.id());
        o.put("label", l.label());
        return o;
    }

    private static ObjectNode statusQuo(StatusQuo s) {
        ObjectNode o = F.objectNode();
        o.put("issue", s.issue());
        o.set("value", value(s.value()));
        provenance(o, s.provenance());
        return o;
    }

    private static ObjectNode position(Position p) {
        ObjectNode o = F.objectNode();
        o.put("actor", p.actor());
        o.put("issue", p.issue());
        o.set("value", value(p.value()));
        o.set("salience", number(p.salience()));
        p.acceptable().ifPresent(v -> o.set("acceptable", valueSet(v)));
        p.redLine().ifPresent(v -> o.set("red_line", valueSet(v)));
        p.flexibility().ifPresent(v -> o.set("flexibility", number(v)));
        o.put("as_of", p.asOf().toString());
        o.set("confidence", number(p.confidence()));
        provenance(o, p.provenance());
        return o;
    }

    private static ObjectNode fact(Fact f) {
        ObjectNode o = F.objectNode();
        o.put("id", f.id());
        o.put("statement", f.statement());
        ObjectNode q = o.putObject("quantity");
        q.set("value", number(f.quantity().value()));
        f.quantity().upTo().ifPresent(u -> q.set("up_to", number(u)));
        q.put("unit", f.quantity().unit());
        q.put("comparator", f.quantity().comparator().key());
        f.issue().ifPresent(i -> o.put("issue", i));
        f.actor().ifPresent(a -> o.put("actor", a));
        o.put("as_of", f.asOf().toString());
        provenance(o, f.provenance());
        return o;
    }

    private static ObjectNode alternative(Alternative a) {
        ObjectNode o = F.objectNode();
        o.put("actor", a.actor());
        o.put("description", a.description());
        a.utility().ifPresent(u -> o.set("utility", number(u)));
        provenance(o, a.provenance());
        return o;
    }

    private static void provenance(ObjectNode o, Provenance p) {
        if (!p.evidence().isEmpty()) {
            o.set("evidence", array(p.evidence(), ScenarioWriter::citation));
        }
        if (p.isAssumed()) {
            o.put("assumed", true);
            o.put("reason", p.assumedReason().get());
        }
        assumptions(o, p.assumptions());
    }

    private static void assumptions(ObjectNode o, Map<String, String> assumptions) {
        if (!assumptions.isEmpty()) {
            ObjectNode a = o.putObject("assumptions");
            assumptions.forEach(a::put);
        }
    }

    private static ObjectNode citation(Citation c) {
        ObjectNode o = F.objectNode();
        o.put("source", c.source());
        o.set("span", F.arrayNode().add(c.start()).add(c.end()));
        o.put("kind", c.kind().key());
        c.speaker().ifPresent(s -> o.put("speaker", s));
        c.count().ifPresent(n -> o.put("count", n));
        c.affiliation().ifPresent(a -> o.put("affiliation", a));
        o.put("paraphrase", c.paraphrase());
        return o;
    }

    private static JsonNode value(IssueValue v) {
        if (v instanceof IssueValue.Number n) {
            return number(n.value());
        }
        if (v instanceof IssueValue.Bool b) {
            return F.booleanNode(b.value());
        }
        return F.stringNode(((IssueValue.Label) v).id());
    }

    private static JsonNode valueSet(ValueSet set) {
        if (set instanceof ValueSet.Values values) {
            return array(values.values(), ScenarioWriter::value);
        }
        ValueSet.Interval interval = (ValueSet.Interval) set;
        ObjectNode o = F.objectNode();
        interval.min().ifPresent(m -> o.set("min", number(m)));
        interval.max().ifPresent(m -> o.set("max", number(m)));
        return o;
    }

    /** Whole numbers as integers (85000, not 85000.0); others as the shortest exact double. */
    private static JsonNode number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15 && !(v == 0 && 1 / v < 0)) {
            return F.numberNode((long) v);
        }
        return F.numberNode(v);
    }
}
