package org.parley.model.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parley.model.diagnostic.Diagnostic;
import org.parley.model.diagnostic.DiagnosticCode;
import org.parley.model.diagnostic.SourceLocation;

/** Uniqueness checks over the lists of a document: ids, and one element per key (e.g. actor and issue). */
final class Uniqueness {

    private final List<Diagnostic> diagnostics;

    Uniqueness(List<Diagnostic> diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** Reports repeated ids in a list and keeps the first element of each id. */
    <T> List<T> unique(List<T> items, Fields parent, String key, java.util.function.Function<T, String> id) {
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

    /** Reports elements that repeat the combination of {@code keyFields} of an earlier one. */
    void onePer(Fields doc, String key, List<String> keyFields, String what) {
        // nested maps by key field: a list of short ids hashes poorly, and the location is needed only twice
        Map<String, Object> first = new HashMap<>();
        doc.list(key, (f, i) -> {
            List<String> k = new ArrayList<>(keyFields.size());
            for (String name : keyFields) {
                k.add(f.text(name, ""));
            }
            if (!k.contains("")) {
                Map<String, Object> level = first;
                for (int j = 0; j < k.size() - 1; j++) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> next =
                            (Map<String, Object>) level.computeIfAbsent(k.get(j), x -> new HashMap<String, Object>());
                    level = next;
                }
                Node.MapNode seen = (Node.MapNode) level.putIfAbsent(k.get(k.size() - 1), f.map());
                SourceLocation previous = seen == null ? null : seen.at();
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

    /** Every id written in a list, including on elements with other errors. */
    static Set<String> rawIds(Fields doc, String key) {
        Set<String> ids = new LinkedHashSet<>();
        doc.list(key, (f, i) -> ids.add(f.text("id", "")));
        ids.remove("");
        return ids;
    }
}
