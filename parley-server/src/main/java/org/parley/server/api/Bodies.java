package org.parley.server.api;

import java.util.List;
import org.parley.server.Saved;
import org.parley.server.edit.RevisionDiff;
import org.parley.server.store.RevisionEntry;
import org.parley.server.store.ScenarioEntry;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The JSON bodies of successful responses (field names in snake_case, as in scenario files). */
public final class Bodies {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private Bodies() {}

    /** A scenario's entry. */
    public static ObjectNode scenario(ScenarioEntry s) {
        ObjectNode o = F.objectNode();
        o.put("id", s.id());
        o.put("title", s.title());
        o.put("head_revision", s.headRevision());
        o.put("created_at", s.createdAt().toString());
        o.put("updated_at", s.updatedAt().toString());
        return o;
    }

    /** Scenarios. */
    public static ArrayNode scenarios(List<ScenarioEntry> list) {
        ArrayNode a = F.arrayNode();
        list.forEach(s -> a.add(scenario(s)));
        return a;
    }

    /** A revision's metadata. */
    public static ObjectNode revision(RevisionEntry r) {
        ObjectNode o = F.objectNode();
        o.put("scenario", r.scenario());
        o.put("number", r.number());
        if (r.baseRevision() > 0) {
            o.put("base_revision", r.baseRevision());
        } else {
            o.putNull("base_revision");
        }
        o.put("author", r.author());
        o.put("message", r.message());
        o.put("created_at", r.createdAt().toString());
        o.put("sha256", r.sha256());
        return o;
    }

    /** Revisions. */
    public static ArrayNode revisions(List<RevisionEntry> list) {
        ArrayNode a = F.arrayNode();
        list.forEach(r -> a.add(revision(r)));
        return a;
    }

    /** A saved revision with warnings. */
    public static ObjectNode saved(Saved s) {
        ObjectNode o = F.objectNode();
        o.set("revision", revision(s.revision()));
        o.set("warnings", ProblemJson.diagnostics(s.warnings(), true));
        return o;
    }

    /** A diff. */
    public static ObjectNode diff(String scenario, int from, int to, List<RevisionDiff.Change> changes) {
        ObjectNode o = F.objectNode();
        o.put("scenario", scenario);
        o.put("from", from);
        o.put("to", to);
        ArrayNode a = o.putArray("changes");
        for (RevisionDiff.Change c : changes) {
            ObjectNode n = a.addObject();
            n.put("kind", c.kind().name().toLowerCase(java.util.Locale.ROOT));
            n.put("collection", c.collection());
            n.put("key", c.key());
            ArrayNode fields = n.putArray("fields");
            for (RevisionDiff.FieldChange f : c.fields()) {
                ObjectNode fo = fields.addObject();
                fo.put("field", f.field());
                fo.put("before", f.before());
                fo.put("after", f.after());
            }
        }
        return o;
    }
}
