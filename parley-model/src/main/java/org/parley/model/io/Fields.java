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
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import org.parley.model.diagnostic.Diagnostic;
import org.parley.model.diagnostic.DiagnosticCode;
import org.parley.model.diagnostic.SourceLocation;

/**
 * Tolerant, typed access to one mapping of a located tree, for the binder. A missing key or a value of the
 * wrong type reads as absent (the schema check has already reported it); problems the schema cannot see
 * (impossible dates) are added to the shared diagnostics list.
 */
final class Fields {

    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    // scenario dates repeat; a valid date parses the same every time
    private static final Map<String, LocalDate> DATES = new ConcurrentHashMap<>();

    private final Node.MapNode map;
    private final List<Diagnostic> diagnostics;
    // the path is built only when a diagnostic needs it: from the parent's list key and the item index
    private final Fields parent;
    private final String listKey;
    private final int index;
    private String path;

    Fields(Node.MapNode map, String path, List<Diagnostic> diagnostics) {
        this(map, path, diagnostics, null, null, -1);
    }

    private Fields(
            Node.MapNode map, String path, List<Diagnostic> diagnostics, Fields parent, String listKey, int index) {
        this.map = map;
        this.path = path;
        this.diagnostics = diagnostics;
        this.parent = parent;
        this.listKey = listKey;
        this.index = index;
    }

    /** Fields of a node if it is a mapping, else null. */
    static Fields of(Node node, String path, List<Diagnostic> diagnostics) {
        return node instanceof Node.MapNode m ? new Fields(m, path, diagnostics) : null;
    }

    String path() {
        if (path == null) {
            path = Paths.item(parent.path(listKey), index);
        }
        return path;
    }

    String path(String key) {
        return Paths.child(path(), key);
    }

    /** The mapping itself. */
    Node.MapNode map() {
        return map;
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
        if (raw.isEmpty() || !DATE.matcher(raw.get()).matches()) {
            return Optional.empty();
        }
        try {
            LocalDate known = DATES.get(raw.get());
            if (known == null) {
                known = LocalDate.parse(raw.get());
                if (DATES.size() < 4096) {
                    DATES.put(raw.get(), known);
                }
            }
            return Optional.of(known);
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
            for (int i = 0; i < m.size(); i++) {
                if (m.value(i) instanceof Node.Scalar s && s.value() instanceof String str) {
                    out.put(m.keys().get(i), str);
                }
            }
        }
        return Collections.unmodifiableMap(out);
    }

    /**
     * Binds each item of a list-valued key that is a mapping; {@code bind} returns null for items it cannot
     * build.
     */
    <T> List<T> list(String key, BiFunction<Fields, Integer, T> bind) {
        List<T> out = new ArrayList<>();
        if (map.get(key) instanceof Node.ListNode list) {
            for (int i = 0; i < list.items().size(); i++) {
                Node n = list.items().get(i);
                Fields item = n instanceof Node.MapNode m ? new Fields(m, null, diagnostics, this, key, i) : null;
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
