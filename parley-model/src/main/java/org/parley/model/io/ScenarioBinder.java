package org.parley.model.io;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.parley.model.diagnostic.Diagnostic;
import org.parley.model.diagnostic.DiagnosticCode;
import org.parley.model.diagnostic.SourceLocation;
import org.parley.model.scenario.Actor;
import org.parley.model.scenario.ActorKind;
import org.parley.model.scenario.Alternative;
import org.parley.model.scenario.Comparator;
import org.parley.model.scenario.Fact;
import org.parley.model.scenario.Issue;
import org.parley.model.scenario.IssueScale;
import org.parley.model.scenario.IssueValue;
import org.parley.model.scenario.Level;
import org.parley.model.scenario.Position;
import org.parley.model.scenario.Provenance;
import org.parley.model.scenario.Quantity;
import org.parley.model.scenario.Representative;
import org.parley.model.scenario.Scenario;
import org.parley.model.scenario.Source;
import org.parley.model.scenario.StatusQuo;
import org.parley.model.scenario.ValueSet;

/**
 * Builds a {@link Scenario} from a located tree and checks what the schema cannot: unique ids, references
 * that resolve, values that fit their issue's scale, evidence or a stated assumption for every position and
 * fact, and fields that contradict one another. Every problem is collected; the scenario is built only if no
 * error was found.
 */
final class ScenarioBinder {

    private static final Set<String> POSITION_ASSUMABLE =
            Set.of("value", "salience", "acceptable", "red_line", "flexibility", "confidence", "as_of");
    private static final Set<String> ACTOR_ASSUMABLE = Set.of("capability", "members");
    private static final Set<String> FACT_ASSUMABLE = Set.of("quantity", "as_of", "statement");
    private static final Set<String> ALTERNATIVE_ASSUMABLE = Set.of("utility", "description");
    private static final Set<String> STATUS_QUO_ASSUMABLE = Set.of("value");

    private final List<Diagnostic> diagnostics;
    private final Map<String, Issue> issues = new LinkedHashMap<>();
    private final Set<String> actorIds = new LinkedHashSet<>();
    private final Set<String> sourceIds = new LinkedHashSet<>();
    private final Set<String> issueIds = new LinkedHashSet<>();
    private ProvenanceBinder provenance;

    ScenarioBinder(List<Diagnostic> diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** The scenario, or empty if any error was found (the errors are in the diagnostics list). */
    Optional<Scenario> bind(Node root) {
        Fields doc = Fields.of(root, "", diagnostics);
        if (doc == null) {
            return Optional.empty();
        }
        List<Source> sources = unique(doc.list("sources", (f, i) -> source(f)), doc, "sources", Source::id);
        // references resolve against every id written in the file, even on elements with other errors,
        // so that one mistake is reported once rather than again at every reference to it
        sourceIds.addAll(rawIds(doc, "sources"));
        provenance = new ProvenanceBinder(sourceIds, diagnostics);
        List<Issue> issueList = unique(doc.list("issues", (f, i) -> issue(f)), doc, "issues", Issue::id);
        issueList.forEach(i -> issues.put(i.id(), i));
        issueIds.addAll(rawIds(doc, "issues"));
        List<Actor> actors = unique(doc.list("actors", (f, i) -> actor(f)), doc, "actors", Actor::id);
        actorIds.addAll(rawIds(doc, "actors"));
        checkMembers(doc);
        List<StatusQuo> statusQuo = doc.list("status_quo", (f, i) -> statusQuo(f));
        onePer(doc, "status_quo", List.of("issue"), "status quo per issue");
        List<Position> positions = doc.list("positions", (f, i) -> position(f));
        onePer(doc, "positions", List.of("actor", "issue"), "position per actor and issue");
        List<Fact> facts = unique(doc.list("facts", (f, i) -> fact(f)), doc, "facts", Fact::id);
        List<Alternative> alternatives = doc.list("alternatives", (f, i) -> alternative(f));
        onePer(doc, "alternatives", List.of("actor"), "alternative per actor");
        Optional<LocalDate> asOf = doc.date("as_of");
        if (diagnostics.stream().anyMatch(Diagnostic::isError) || asOf.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(
                    build(doc, asOf.get(), sources, actors, issueList, statusQuo, positions, facts, alternatives));
        } catch (IllegalArgumentException e) {
            // every rule the constructors enforce is checked above with a location; this is a last guard
            error(DiagnosticCode.INCONSISTENT, doc.at(), "", "a consistent scenario", e.getMessage());
            return Optional.empty();
        }
    }

    private static Scenario build(
            Fields doc,
            LocalDate asOf,
            List<Source> sources,
            List<Actor> actors,
            List<Issue> issueList,
            List<StatusQuo> statusQuo,
            List<Position> positions,
            List<Fact> facts,
            List<Alternative> alternatives) {
        return new Scenario(
                Scenario.FORMAT_VERSION,
                doc.text("id", ""),
                doc.text("title", ""),
                doc.text("description", ""),
                asOf,
                sources,
                actors,
                issueList,
                statusQuo,
                positions,
                facts,
                alternatives);
    }

    // ---- elements -------------------------------------------------------------------------------

    private Source source(Fields f) {
        Optional<String> file = f.text("file");
        file.filter(name -> !SourceLibrary.isSafeFileName(name))
                .ifPresent(name -> diagnostics.add(Diagnostic.error(
                        DiagnosticCode.UNSAFE_PATH,
                        f.at("file"),
                        f.path("file"),
                        "a plain file name inside the sources directory (no '/', '\\', '..' or drive)",
                        "'" + name + "'")));
        if (f.has("file") != f.has("sha256")) {
            String missing = f.has("file") ? "sha256" : "file";
            diagnostics.add(Diagnostic.error(
                    DiagnosticCode.MISSING_KEY,
                    f.at(),
                    f.path(missing),
                    "'file' and 'sha256' together",
                    "only '" + (f.has("file") ? "file" : "sha256") + "'"));
            return null;
        }
        Optional<LocalDate> date = f.date("date");
        if (f.text("id").isEmpty()
                || date.isEmpty()
                || f.text("outlet").isEmpty()
                || f.text("title").isEmpty()) {
            return null;
        }
        return new Source(
                f.text("id").get(),
                f.text("outlet").get(),
                f.text("title").get(),
                date.get(),
                f.text("url"),
                file,
                f.text("sha256"));
    }

    private Issue issue(Fields f) {
        Fields scale = Fields.of(f.node("scale"), f.path("scale"), diagnostics);
        IssueScale s = scale == null ? null : scale(scale);
        if (s == null || f.text("id").isEmpty() || f.text("name").isEmpty()) {
            return null;
        }
        return new Issue(f.text("id").get(), f.text("name").get(), f.text("description", ""), s, f.texts("lexicon"));
    }

    private IssueScale scale(Fields f) {
        String kind = f.text("kind", "");
        Set<String> allowed = switch (kind) {
            case "continuous" -> Set.of("kind", "unit", "min", "max");
            case "ordinal" -> Set.of("kind", "levels");
            case "categorical" -> Set.of("kind", "options");
            case "boolean" -> Set.of("kind", "false_label", "true_label");
            default -> null;
        };
        if (allowed == null) {
            return null;
        }
        for (String key : List.of("unit", "min", "max", "levels", "options", "false_label", "true_label")) {
            if (f.has(key) && !allowed.contains(key)) {
                diagnostics.add(Diagnostic.error(
                        DiagnosticCode.INCONSISTENT,
                        f.at(key),
                        f.path(key),
                        "only " + String.join(", ", allowed.stream().sorted().toList()) + " on a " + kind + " scale",
                        "'" + key + "'"));
            }
        }
        switch (kind) {
            case "continuous": {
                OptionalDouble min = f.number("min");
                OptionalDouble max = f.number("max");
                if (min.isEmpty() || max.isEmpty() || f.text("unit").isEmpty()) {
                    return null;
                }
                if (!(min.getAsDouble() < max.getAsDouble())) {
                    diagnostics.add(Diagnostic.error(
                            DiagnosticCode.INCONSISTENT,
                            f.at("max"),
                            f.path("max"),
                            "max greater than min (" + IssueValue.of(min.getAsDouble()) + ")",
                            IssueValue.of(max.getAsDouble()).toString()));
                    return null;
                }
                return new IssueScale.Continuous(f.text("unit").get(), min.getAsDouble(), max.getAsDouble());
            }
            case "ordinal": {
                List<Level> levels = levels(f, "levels");
                return levels == null ? null : new IssueScale.Ordinal(levels);
            }
            case "categorical": {
                List<Level> options = levels(f, "options");
                return options == null ? null : new IssueScale.Categorical(options);
            }
            default:
                if (f.text("false_label").isEmpty() || f.text("true_label").isEmpty()) {
                    return null;
                }
                return new IssueScale.Binary(
                        f.text("false_label").get(), f.text("true_label").get());
        }
    }

    private List<Level> levels(Fields f, String key) {
        List<Level> levels = f.list(
                key,
                (l, i) -> l.text("id").isPresent() && l.text("label").isPresent()
                        ? new Level(l.text("id").get(), l.text("label").get())
                        : null);
        levels = unique(levels, f, key, Level::id);
        return levels.size() < 2 ? null : levels;
    }

    private Actor actor(Fields f) {
        Optional<ActorKind> kind = f.text("kind").flatMap(k -> {
            try {
                return Optional.of(ActorKind.valueOf(k.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        });
        OptionalDouble capability = f.number("capability");
        List<Representative> reps = f.list(
                "representatives",
                (r, i) -> r.text("name").isPresent() && r.text("role").isPresent()
                        ? new Representative(
                                r.text("name").get(), r.text("role").get(), r.texts("aliases"))
                        : null);
        ProvenanceBinder.checkAssumptionKeys(f, ACTOR_ASSUMABLE, diagnostics);
        if (f.text("id").isEmpty()
                || f.text("name").isEmpty()
                || kind.isEmpty()
                || capability.isEmpty()
                || capability.getAsDouble() < 0) {
            return null;
        }
        return new Actor(
                f.text("id").get(),
                f.text("name").get(),
                kind.get(),
                capability.getAsDouble(),
                reps,
                f.texts("members"),
                f.texts("aliases"),
                f.textMap("assumptions"));
    }

    private void checkMembers(Fields doc) {
        doc.list("actors", (f, i) -> {
            if (f.node("members") instanceof Node.ListNode list) {
                for (int j = 0; j < list.items().size(); j++) {
                    Node m = list.items().get(j);
                    if (m instanceof Node.Scalar s && s.value() instanceof String id) {
                        if (id.equals(f.text("id", null))) {
                            error(
                                    DiagnosticCode.INCONSISTENT,
                                    m.at(),
                                    Paths.item(f.path("members"), j),
                                    "other actors as members",
                                    "the actor itself");
                        } else {
                            reference(m.at(), Paths.item(f.path("members"), j), id, actorIds, "actor");
                        }
                    }
                }
            }
            return null;
        });
    }

    private StatusQuo statusQuo(Fields f) {
        Issue issue = issueRef(f);
        IssueValue value = issue == null ? null : value(f, "value", issue);
        Provenance p = provenance.bind(f, STATUS_QUO_ASSUMABLE, false);
        return value == null ? null : new StatusQuo(issue.id(), value, p);
    }

    private Position position(Fields f) {
        boolean actorOk = actorRef(f, "actor");
        Issue issue = issueRef(f);
        IssueValue value = issue == null ? null : value(f, "value", issue);
        Optional<ValueSet> acceptable = issue == null ? Optional.empty() : valueSet(f, "acceptable", issue);
        Optional<ValueSet> redLine = issue == null ? Optional.empty() : valueSet(f, "red_line", issue);
        Provenance p = provenance.bind(f, POSITION_ASSUMABLE, true);
        Optional<LocalDate> asOf = f.date("as_of");
        if (value != null) {
            if (redLine.isPresent() && redLine.get().contains(value)) {
                error(
                        DiagnosticCode.INCONSISTENT,
                        f.at("red_line"),
                        f.path("red_line"),
                        "a red line that excludes the actor's own preferred value",
                        "it includes " + value);
            }
            if (acceptable.isPresent() && !acceptable.get().contains(value)) {
                error(
                        DiagnosticCode.INCONSISTENT,
                        f.at("acceptable"),
                        f.path("acceptable"),
                        "an acceptable set that includes the actor's own preferred value",
                        "it leaves out " + value);
            }
        }
        OptionalDouble salience = f.number("salience");
        OptionalDouble confidence = f.number("confidence");
        if (!actorOk
                || value == null
                || asOf.isEmpty()
                || salience.isEmpty()
                || confidence.isEmpty()
                || !(salience.getAsDouble() >= 0 && salience.getAsDouble() <= 100)
                || !(confidence.getAsDouble() >= 0 && confidence.getAsDouble() <= 1)
                || p.isUnsupported()
                || !inUnit(f.number("flexibility"))) {
            return null;
        }
        return new Position(
                f.text("actor").get(),
                issue.id(),
                value,
                salience.getAsDouble(),
                acceptable,
                redLine,
                f.number("flexibility"),
                asOf.get(),
                confidence.getAsDouble(),
                p);
    }

    private Fact fact(Fields f) {
        f.text("issue").ifPresent(id -> reference(f.at("issue"), f.path("issue"), id, issueIds, "issue"));
        if (f.has("actor")) {
            actorRef(f, "actor");
        }
        Provenance p = provenance.bind(f, FACT_ASSUMABLE, true);
        Fields q = Fields.of(f.node("quantity"), f.path("quantity"), diagnostics);
        Quantity quantity = q == null ? null : quantity(q);
        Optional<LocalDate> asOf = f.date("as_of");
        if (quantity == null
                || asOf.isEmpty()
                || f.text("id").isEmpty()
                || f.text("statement").isEmpty()
                || p.isUnsupported()) {
            return null;
        }
        return new Fact(
                f.text("id").get(),
                f.text("statement").get(),
                quantity,
                f.text("issue"),
                f.text("actor"),
                asOf.get(),
                p);
    }

    private Quantity quantity(Fields q) {
        OptionalDouble value = q.number("value");
        OptionalDouble upTo = q.number("up_to");
        if (value.isEmpty() || q.text("unit").isEmpty()) {
            return null;
        }
        if (upTo.isPresent() && upTo.getAsDouble() < value.getAsDouble()) {
            error(
                    DiagnosticCode.INCONSISTENT,
                    q.at("up_to"),
                    q.path("up_to"),
                    "the upper end of the range, >= value " + IssueValue.of(value.getAsDouble()),
                    IssueValue.of(upTo.getAsDouble()).toString());
            return null;
        }
        Comparator comparator = null;
        for (Comparator c : Comparator.values()) {
            if (c.key().equals(q.text("comparator", "eq"))) {
                comparator = c;
            }
        }
        if (comparator == null) {
            return null;
        }
        return new Quantity(value.getAsDouble(), upTo, q.text("unit").get(), comparator);
    }

    private Alternative alternative(Fields f) {
        boolean actorOk = actorRef(f, "actor");
        Provenance p = provenance.bind(f, ALTERNATIVE_ASSUMABLE, false);
        OptionalDouble utility = f.number("utility");
        if (!actorOk || f.text("description").isEmpty() || !inUnit(utility)) {
            return null;
        }
        return new Alternative(f.text("actor").get(), f.text("description").get(), utility, p);
    }

    // ---- values ---------------------------------------------------------------------------------

    private IssueValue value(Fields f, String key, Issue issue) {
        Node node = f.node(key);
        return node == null ? null : value(node, f.path(key), issue);
    }

    private IssueValue value(Node node, String path, Issue issue) {
        if (!(node instanceof Node.Scalar s) || s.value() == null) {
            return null;
        }
        IssueValue v;
        if (s.value() instanceof String str) {
            v = IssueValue.of(str);
        } else if (s.value() instanceof Boolean b) {
            v = IssueValue.of(b);
        } else if (s.isNumber() && Double.isFinite(s.asDouble())) {
            v = IssueValue.of(s.asDouble());
        } else {
            return null;
        }
        Optional<String> problem = issue.scale().checkValue(v);
        if (problem.isPresent()) {
            List<String> ids = levelIds(issue.scale());
            diagnostics.add(Diagnostic.error(
                            DiagnosticCode.NOT_ON_SCALE,
                            node.at(),
                            path,
                            "a value on the scale of issue '" + issue.id() + "'",
                            "")
                    .withHint(problem.get()
                            + (v instanceof IssueValue.Label l && !ids.isEmpty()
                                    ? hint(Suggestions.didYouMean(l.id(), ids))
                                    : "")));
            return null;
        }
        return v;
    }

    private static String hint(String didYouMean) {
        return didYouMean.isEmpty() ? "" : "; " + didYouMean;
    }

    private static List<String> levelIds(IssueScale scale) {
        if (scale instanceof IssueScale.Ordinal o) {
            return o.levels().stream().map(Level::id).toList();
        }
        if (scale instanceof IssueScale.Categorical c) {
            return c.options().stream().map(Level::id).toList();
        }
        return List.of();
    }

    private Optional<ValueSet> valueSet(Fields f, String key, Issue issue) {
        Node node = f.node(key);
        if (node instanceof Node.ListNode list) {
            List<IssueValue> values = new ArrayList<>();
            for (int i = 0; i < list.items().size(); i++) {
                IssueValue v = value(list.items().get(i), Paths.item(f.path(key), i), issue);
                if (v != null) {
                    values.add(v);
                }
            }
            return values.size() == list.items().size() && !values.isEmpty()
                    ? Optional.of(new ValueSet.Values(values))
                    : Optional.empty();
        }
        if (node instanceof Node.MapNode) {
            Fields r = new Fields((Node.MapNode) node, f.path(key), diagnostics);
            if (!(issue.scale() instanceof IssueScale.Continuous)) {
                error(
                        DiagnosticCode.NOT_ON_SCALE,
                        node.at(),
                        f.path(key),
                        "a list of values for the " + issue.scale().kind() + " issue '" + issue.id() + "'",
                        "an interval {min, max}");
                return Optional.empty();
            }
            OptionalDouble min = r.number("min");
            OptionalDouble max = r.number("max");
            if (min.isEmpty() && max.isEmpty()) {
                return Optional.empty();
            }
            if (min.isPresent() && max.isPresent() && min.getAsDouble() > max.getAsDouble()) {
                error(DiagnosticCode.INCONSISTENT, r.at("max"), r.path("max"), "max >= min", "max < min");
                return Optional.empty();
            }
            for (String bound : List.of("min", "max")) {
                r.number(bound).ifPresent(b -> value(r.node(bound), r.path(bound), issue));
            }
            return Optional.of(new ValueSet.Interval(min, max));
        }
        return Optional.empty();
    }

    // ---- references and uniqueness ----------------------------------------------------------------

    private boolean actorRef(Fields f, String key) {
        Optional<String> id = f.text(key);
        return id.isPresent() && reference(f.at(key), f.path(key), id.get(), actorIds, "actor");
    }

    private Issue issueRef(Fields f) {
        Optional<String> id = f.text("issue");
        if (id.isEmpty() || !reference(f.at("issue"), f.path("issue"), id.get(), issueIds, "issue")) {
            return null;
        }
        return issues.get(id.get());
    }

    private boolean reference(SourceLocation at, String path, String id, Set<String> known, String kind) {
        if (known.contains(id)) {
            return true;
        }
        diagnostics.add(
                Diagnostic.error(DiagnosticCode.UNRESOLVED_REFERENCE, at, path, "the id of an " + kind, "'" + id + "'")
                        .withHint(Suggestions.didYouMean(id, known)));
        return false;
    }

    private <T> List<T> unique(List<T> items, Fields parent, String key, java.util.function.Function<T, String> id) {
        Map<String, SourceLocation> first = new HashMap<>();
        Node listNode = parent.node(key);
        List<Node> nodes = listNode instanceof Node.ListNode l ? l.items() : List.of();
        for (int i = 0; i < nodes.size(); i++) {
            Fields f = Fields.of(nodes.get(i), Paths.item(parent.path(key), i), diagnostics);
            Optional<String> value = f == null ? Optional.empty() : f.text("id");
            if (value.isPresent()) {
                SourceLocation previous = first.putIfAbsent(value.get(), f.at("id"));
                if (previous != null) {
                    diagnostics.add(Diagnostic.error(
                                    DiagnosticCode.DUPLICATE_ID,
                                    f.at("id"),
                                    f.path("id"),
                                    "a unique id",
                                    "'" + value.get() + "' again")
                            .withHint("first at line " + previous.line()));
                }
            }
        }
        Set<String> seen = new LinkedHashSet<>();
        return items.stream().filter(t -> seen.add(id.apply(t))).toList();
    }

    private void onePer(Fields doc, String key, List<String> keyFields, String what) {
        Map<List<String>, SourceLocation> first = new HashMap<>();
        doc.list(key, (f, i) -> {
            List<String> k = keyFields.stream().map(name -> f.text(name, "")).toList();
            if (k.stream().noneMatch(String::isEmpty)) {
                SourceLocation previous = first.putIfAbsent(k, f.at());
                if (previous != null) {
                    diagnostics.add(Diagnostic.error(
                                    DiagnosticCode.DUPLICATE_POSITION,
                                    f.at(),
                                    f.path(),
                                    "one " + what,
                                    String.join("/", k) + " again")
                            .withHint("first at line " + previous.line()));
                }
            }
            return null;
        });
    }

    private static boolean inUnit(OptionalDouble v) {
        return v.isEmpty() || (v.getAsDouble() >= 0 && v.getAsDouble() <= 1);
    }

    private static Set<String> rawIds(Fields doc, String key) {
        Set<String> ids = new LinkedHashSet<>();
        doc.list(key, (f, i) -> ids.add(f.text("id", "")));
        ids.remove("");
        return ids;
    }

    private void error(DiagnosticCode code, SourceLocation at, String path, String expected, String found) {
        diagnostics.add(Diagnostic.error(code, at, path, expected, found));
    }
}
