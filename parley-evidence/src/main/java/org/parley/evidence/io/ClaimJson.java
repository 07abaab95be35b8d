package org.parley.evidence.io;

import java.util.Optional;
import org.parley.evidence.claim.Attribution;
import org.parley.evidence.claim.Claim;
import org.parley.evidence.claim.ClaimValue;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Claims as JSON lines, one object per claim, keys in a fixed order; absent fields are omitted. The same shape
 * is read back as gold by {@link GoldReader} (which also accepts a {@code paraphrase}):
 *
 * <pre>{"article":"r.txt","span":[131,381],"actor":"russia","act":"demand","issue":"alliance_status",
 * "value":{"level":"permanent_neutrality"},"polarity":"positive","modality":"insists",
 * "attribution":{"kind":"anonymous","count":5,"affiliation":"…"},"outlet":"Reuters","date":"2024-11-20"}</pre>
 *
 * A numeric value is {@code {"number":85000,"unit":"soldiers","comparator":"eq"}} with {@code "up_to"} for a
 * range.
 */
public final class ClaimJson {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private ClaimJson() {}

    /** One claim as a single line of JSON (no line break). */
    public static String line(Claim c) {
        return MAPPER.writeValueAsString(tree(c, Optional.empty()));
    }

    /** One claim as a JSON tree, with a paraphrase for gold files. */
    public static ObjectNode tree(Claim c, Optional<String> paraphrase) {
        ObjectNode o = F.objectNode();
        o.put("article", c.article());
        ArrayNode span = o.putArray("span");
        span.add(c.start());
        span.add(c.end());
        c.actor().ifPresent(a -> o.put("actor", a));
        o.put("act", c.act().key());
        c.issue().ifPresent(i -> o.put("issue", i));
        c.value().ifPresent(v -> o.set("value", value(v)));
        o.put("polarity", c.polarity().key());
        o.put("modality", c.modality().key());
        o.set("attribution", attribution(c.attribution()));
        if (!c.attribution().outlet().isEmpty()) {
            o.put("outlet", c.attribution().outlet());
        }
        c.articleDate().ifPresent(d -> o.put("date", d.toString()));
        c.eventDate().ifPresent(d -> o.put("event_date", d.toString()));
        if (!c.cue().isEmpty()) {
            o.put("cue", c.cue());
        }
        paraphrase.ifPresent(p -> o.put("paraphrase", p));
        return o;
    }

    static ObjectNode value(ClaimValue v) {
        ObjectNode o = F.objectNode();
        if (v instanceof ClaimValue.Level l) {
            o.put("level", l.id());
        } else if (v instanceof ClaimValue.Amount a) {
            o.put("number", a.quantity().value());
            a.quantity().upTo().ifPresent(u -> o.put("up_to", u));
            o.put("unit", a.quantity().unit());
            o.put("comparator", a.quantity().comparator().key());
        }
        return o;
    }

    static ObjectNode attribution(Attribution a) {
        ObjectNode o = F.objectNode();
        o.put("kind", a.kind().key());
        a.speaker().ifPresent(s -> o.put("speaker", s));
        a.role().ifPresent(r -> o.put("role", r));
        a.count().ifPresent(n -> o.put("count", n));
        a.affiliation().ifPresent(s -> o.put("affiliation", s));
        return o;
    }
}
