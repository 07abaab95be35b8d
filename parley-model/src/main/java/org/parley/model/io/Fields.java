package org.parley.model.io;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.BiFunction;
import org.parley.model.diagnostic.Diagnostic;
import org.parley.model.diagnostic.DiagnosticCode;
import org.parley.model.diagnostic.SourceLocation;

/**
 * Tolerant, typed access to one mapping of a located tree, for the binder. A missing key or a value of the
 * wrong type reads as absent (the schema check has already reported it); problems the schema cannot see
 * (impossible dates) are added to the shared diagnostics list.
 */
final class Fields {

    private final Node.MapNode map;
    private final String path;
    private final List<Diagnostic> diagnostics;

    Fields(Node.MapNode map, String path, List<Diagnostic> diagnostics) {
        this.map = map;
        this.path = path;
        this.diagnostics = diagnostics;
    }

    /** Fields of a node if it is a mapping, else null. */
    static Fields of(Node node, String path, List<Diagnostic> diagnostics) {
        return node instanceof Node.MapNode m ? new Fields(m, path, diagnostics) : null;
    }

    String path() {
        return path;
    }

    String path(String key) {
        return Paths.child(path, key);
    }

    SourceLocation at() {
        return map.at();
    }

    /** Where the value of a key stands, or the mapping's location when the key is absent. */
    SourceLocation at(String key) {
        Node n = map.get(key);
        return n == null ? map.at() : n.at();
    }

    boolean has(String key) {
        return map.get(key) != null;
    }

    Node node(String key) {
        return map.get(key);
    }

    Optional<String> text(String key) {
        return map.get(key) instanceof Node.Scalar s && s.value() instanceof String str
                ? Optional.of(str)
                : Optional.empty();
    }

    String text(String key, String fallback) {
        return text(key).orElse(fallback);
    }

    OptionalDouble number(String key) {
        return map.get(key) instanceof Node.Scalar s && s.isNumber() && Double.isFinite(s.asDouble())
                ? OptionalDouble.of(s.asDouble())
                : OptionalDouble.empty();
    }

    Optional<Boolean> bool(String key) {
        return map.get(key) instanceof Node.Scalar s && s.value() instanceof Boolean b
                ? Optional.of(b)
                : Optional.empty();
    }

    /** A date; an impossible one (2025-02-30) is reported. */
    Optional<LocalDate> date(String key) {
        Optional<String> raw = text(key);
        if (raw.isEmpty() || !raw.get().matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(raw.get()));
        } catch (DateTimeParseException e) {
            diagnostics.add(Diagnostic.error(
                    DiagnosticCode.INVALID_VALUE, at(key), path(key), "a calendar date", "'" + raw.get() + "'"));
            return Optional.empty();
        }
    }

    List<String> texts(String key) {
        List<String> out = new ArrayList<>();
        if (map.get(key) instanceof Node.ListNode list) {
            for (Node item : list.items()) {
                if (item instanceof Node.Scalar s && s.value() instanceof String str) {
                    out.add(str);
                }
            }
        }
        return out;
    }

    /** The text values of a string-to-string mapping, in file order. */
    Map<String, String> textMap(String key) {
        Map<String, String> out = new LinkedHashMap<>();
        if (map.get(key) instanceof Node.MapNode m) {
            m.entries().forEach((k, e) -> {
                if (e.value() instanceof Node.Scalar s && s.value() instanceof String str) {
                    out.put(k, str);
                }
            });
        }
        return Collections.unmodifiableMap(out);
    }

    /** Key locations of a mapping-valued field. */
    Map<String, Node.Entry> entries(String key) {
        return map.get(key) instanceof Node.MapNode m ? m.entries() : Map.of();
    }

    /**
     * Binds each item of a list-valued key that is a mapping; {@code bind} returns null for items it cannot
     * build.
     */
    <T> List<T> list(String key, BiFunction<Fields, Integer, T> bind) {
        List<T> out = new ArrayList<>();
        if (map.get(key) instanceof Node.ListNode list) {
            for (int i = 0; i < list.items().size(); i++) {
                Fields item = of(list.items().get(i), Paths.item(path(key), i), diagnostics);
                if (item != null) {
                    T value = bind.apply(item, i);
                    if (value != null) {
                        out.add(value);
                    }
                }
            }
        }
        return out;
    }
}
