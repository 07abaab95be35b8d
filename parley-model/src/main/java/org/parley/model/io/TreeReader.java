package org.parley.model.io;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parley.model.diagnostic.Diagnostic;
import org.parley.model.diagnostic.DiagnosticCode;
import org.parley.model.diagnostic.LoadResult;
import org.parley.model.diagnostic.SourceLocation;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * Reads YAML or JSON bytes into a located {@link Node} tree, enforcing {@link LoadLimits}.
 *
 * <p>Every failure is a {@link Diagnostic} with file:line:column: bytes that are not UTF-8, syntax errors,
 * duplicate keys, NaN and infinities, nesting too deep, YAML alias expansion beyond the limit, unknown
 * anchors. YAML aliases are resolved by sharing the anchored subtree; each alias adds the size of that
 * subtree to an expansion count, which bounds the work later passes do (a "billion laughs" document is
 * rejected after a few thousand nodes, not after exhausting memory).
 */
public final class TreeReader {

    /** The syntax of a document. */
    public enum Syntax {
        YAML,
        JSON;

        /** JSON for {@code .json} files and text starting with an opening brace, YAML otherwise. */
        public static Syntax guess(String fileName, String text) {
            String lower = fileName.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".json")) {
                return JSON;
            }
            if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
                return YAML;
            }
            return text.stripLeading().startsWith("{") ? JSON : YAML;
        }
    }

    /** A tree, or the diagnostics that stopped reading it. */
    public record Result(Node root, List<Diagnostic> diagnostics) {
        public Result {
            diagnostics = List.copyOf(diagnostics);
        }

        /** Whether a tree was read (it may still carry warnings). */
        public boolean ok() {
            return root != null && diagnostics.stream().noneMatch(Diagnostic::isError);
        }
    }

    private final LoadLimits limits;

    public TreeReader(LoadLimits limits) {
        this.limits = limits;
    }

    /** Decodes bytes as strict UTF-8, then parses them. */
    public Result read(String file, byte[] bytes) {
        if (bytes.length > limits.maxBytes()) {
            return fail(Diagnostic.error(
                    DiagnosticCode.TOO_LARGE,
                    SourceLocation.ofFile(file),
                    "",
                    "at most " + limits.maxBytes() + " bytes",
                    bytes.length + " bytes"));
        }
        LoadResult<String> decoded = Utf8.decode(file, bytes);
        if (!(decoded instanceof LoadResult.Loaded<String> loaded)) {
            return new Result(null, decoded.diagnostics());
        }
        String text = loaded.value();
        return parse(file, text, Syntax.guess(file, text));
    }

    /** Parses text in the given syntax. */
    public Result parse(String file, String text, Syntax syntax) {
        if (text.length() > limits.maxBytes()) {
            return fail(Diagnostic.error(
                    DiagnosticCode.TOO_LARGE,
                    SourceLocation.ofFile(file),
                    "",
                    "at most " + limits.maxBytes() + " characters",
                    text.length() + " characters"));
        }
        Builder builder = new Builder(file);
        try (JsonParser parser = factory(syntax).createParser(ObjectReadContext.empty(), text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return fail(Diagnostic.error(
                        DiagnosticCode.SYNTAX,
                        new SourceLocation(file, 1, 1),
                        "",
                        "a scenario document",
                        "an empty file"));
            }
            Node root = builder.node(parser, first, 1);
            if (builder.errors.isEmpty() && parser.nextToken() != null) {
                builder.errors.add(Diagnostic.error(
                        DiagnosticCode.SYNTAX,
                        builder.loc(parser.currentTokenLocation()),
                        "",
                        "the end of the document",
                        "more content"));
            }
            return new Result(builder.errors.isEmpty() ? root : null, builder.errors);
        } catch (Stop stop) {
            return new Result(null, builder.errors);
        } catch (JacksonException e) {
            builder.errors.add(syntaxError(file, e));
            return new Result(null, builder.errors);
        } catch (RuntimeException e) {
            // the YAML engine throws its own unchecked exceptions for some malformed input
            builder.errors.add(Diagnostic.error(
                    DiagnosticCode.SYNTAX, SourceLocation.ofFile(file), "", "well-formed " + syntax, firstLine(e)));
            return new Result(null, builder.errors);
        }
    }

    private TokenStreamFactory factory(Syntax syntax) {
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxDepth() + 1)
                .maxStringLength(limits.maxStringLength())
                .maxDocumentLength(limits.maxBytes())
                .build();
        if (syntax == Syntax.JSON) {
            return JsonFactory.builder().streamReadConstraints(constraints).build();
        }
        LoadSettings settings = LoadSettings.builder()
                .setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxBytes()))
                .setAllowRecursiveKeys(false)
                .setMaxAliasesForCollections((int) Math.min(Integer.MAX_VALUE, limits.maxAliasNodes()))
                .build();
        return YAMLFactory.builder()
                .streamReadConstraints(constraints)
                .loadSettings(settings)
                .build();
    }

    private static Result fail(Diagnostic d) {
        return new Result(null, List.of(d));
    }

    private static Diagnostic syntaxError(String file, JacksonException e) {
        TokenStreamLocation l = e.getLocation();
        SourceLocation at = l == null || l.getLineNr() < 1
                ? SourceLocation.ofFile(file)
                : new SourceLocation(file, l.getLineNr(), Math.max(0, l.getColumnNr()));
        String msg = String.valueOf(e.getOriginalMessage());
        if (msg.contains("nesting depth")) {
            return Diagnostic.error(DiagnosticCode.TOO_DEEP, at, "", "shallower nesting", firstLine(msg));
        }
        if (msg.startsWith("Duplicate Object property")) {
            return Diagnostic.error(DiagnosticCode.DUPLICATE_KEY, at, "", "each key once per mapping", firstLine(msg));
        }
        if (msg.matches("(?s)Malformed numeric value '[-+]?\\.(nan|NaN|NAN|inf|Inf|INF).*")) {
            return Diagnostic.error(DiagnosticCode.NOT_FINITE, at, "", "a finite number", "NaN or infinity");
        }
        return Diagnostic.error(DiagnosticCode.SYNTAX, at, "", "well-formed text", firstLine(msg));
    }

    private static String firstLine(Object message) {
        String s = message instanceof Throwable t ? String.valueOf(t.getMessage()) : String.valueOf(message);
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** Thrown internally to abandon reading after a fatal limit. */
    private static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stop() {
            super(null, null, false, false);
        }
    }

    private final class Builder {
        private static final int CACHE = 1 << 13;
        final String file;
        final List<Diagnostic> errors = new ArrayList<>();
        final Map<String, Node> anchors = new HashMap<>();
        final Map<Node, Long> sizes = new IdentityHashMap<>();
        // short texts (ids, dates, kinds) repeat across thousands of elements: keep one copy of each
        final String[] texts = new String[CACHE];
        final Map<String, String> keyNames = new HashMap<>();
        long nodes;
        long aliasNodes;

        Builder(String file) {
            this.file = file;
        }

        SourceLocation loc(TokenStreamLocation l) {
            return Node.location(file, pos(l));
        }

        long pos(TokenStreamLocation l) {
            return Node.pos(Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr()));
        }

        Node node(JsonParser p, JsonToken token, int depth) {
            long at = pos(p.currentTokenLocation());
            if (depth > limits.maxDepth()) {
                errors.add(Diagnostic.error(
                        DiagnosticCode.TOO_DEEP,
                        Node.location(file, at),
                        "",
                        "at most " + limits.maxDepth() + " levels of nesting",
                        "deeper nesting"));
                throw new Stop();
            }
            if (++nodes > limits.maxNodes()) {
                errors.add(Diagnostic.error(
                        DiagnosticCode.TOO_LARGE,
                        Node.location(file, at),
                        "",
                        "at most " + limits.maxNodes() + " nodes",
                        "more"));
                throw new Stop();
            }
            String anchor = anchorOf(p);
            if (p instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
                return alias(p.getString(), at);
            }
            long before = nodes;
            Node result;
            if (token == JsonToken.START_OBJECT) {
                result = map(p, at, depth);
            } else if (token == JsonToken.START_ARRAY) {
                List<Node> items = new ArrayList<>();
                JsonToken t;
                while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                    items.add(node(p, t, depth + 1));
                }
                result = new Node.ListNode(file, at, items.isEmpty() ? List.of() : items);
            } else {
                result = scalar(p, token, at);
            }
            if (anchor != null) {
                anchors.put(anchor, result);
                sizes.put(result, nodes - before + 1);
            }
            return result;
        }

        private Node map(JsonParser p, long at, int depth) {
            String[] keys = new String[8];
            long[] keyPos = new long[8];
            Node[] values = new Node[8];
            Map<String, Integer> index = null;
            int size = 0;
            JsonToken t;
            while ((t = p.nextToken()) != JsonToken.END_OBJECT) {
                long keyAt = pos(p.currentTokenLocation());
                String key = keyName(p.currentName());
                Node value = node(p, p.nextToken(), depth + 1);
                int first = -1;
                if (index != null) {
                    first = index.getOrDefault(key, -1);
                } else {
                    for (int i = 0; i < size && first < 0; i++) {
                        first = keys[i].equals(key) ? i : -1;
                    }
                }
                if (first >= 0) {
                    errors.add(Diagnostic.error(
                                    DiagnosticCode.DUPLICATE_KEY,
                                    Node.location(file, keyAt),
                                    key,
                                    "each key once per mapping",
                                    "'" + key + "' again")
                            .withHint("first at line " + (int) (keyPos[first] >>> 32)));
                    continue;
                }
                if (size == keys.length) {
                    keys = Arrays.copyOf(keys, size * 2);
                    keyPos = Arrays.copyOf(keyPos, size * 2);
                    values = Arrays.copyOf(values, size * 2);
                }
                keys[size] = key;
                keyPos[size] = keyAt;
                values[size] = value;
                size++;
                if (size == 16) {
                    index = new HashMap<>();
                    for (int i = 0; i < size; i++) {
                        index.put(keys[i], i);
                    }
                } else if (index != null) {
                    index.put(key, size - 1);
                }
            }
            return new Node.MapNode(file, at, keys, keyPos, values, size);
        }

        private Node alias(String name, long at) {
            Node target = anchors.get(name);
            if (target == null) {
                errors.add(Diagnostic.error(
                        DiagnosticCode.UNKNOWN_ANCHOR,
                        Node.location(file, at),
                        "",
                        "an alias of an anchor defined earlier",
                        "*" + name));
                return new Node.Scalar(file, at, null);
            }
            aliasNodes += sizes.getOrDefault(target, 1L);
            nodes += sizes.getOrDefault(target, 1L);
            if (aliasNodes > limits.maxAliasNodes()) {
                errors.add(Diagnostic.error(
                        DiagnosticCode.TOO_MANY_ALIASES,
                        Node.location(file, at),
                        "",
                        "aliases expanding to at most " + limits.maxAliasNodes() + " nodes",
                        "more (alias *" + name + ")"));
                throw new Stop();
            }
            return target;
        }

        private String anchorOf(JsonParser p) {
            if (p instanceof YAMLParser yaml && !yaml.isCurrentAlias()) {
                Object id = yaml.getObjectId();
                return id == null ? null : id.toString();
            }
            return null;
        }

        private String keyName(String key) {
            String known = keyNames.get(key);
            if (known != null) {
                return known;
            }
            if (keyNames.size() < 4096) {
                known = key.intern();
                keyNames.put(known, known);
                return known;
            }
            return key;
        }

        private String text(String s) {
            if (s.length() > 40) {
                return s;
            }
            int slot = s.hashCode() & (CACHE - 1);
            String known = texts[slot];
            if (s.equals(known)) {
                return known;
            }
            texts[slot] = s;
            return s;
        }

        private Node scalar(JsonParser p, JsonToken token, long at) {
            switch (token) {
                case VALUE_STRING:
                    return new Node.Scalar(file, at, text(p.getString()));
                case VALUE_TRUE:
                    return new Node.Scalar(file, at, Boolean.TRUE);
                case VALUE_FALSE:
                    return new Node.Scalar(file, at, Boolean.FALSE);
                case VALUE_NULL:
                    return new Node.Scalar(file, at, null);
                case VALUE_NUMBER_INT:
                    Number n = p.getNumberValue();
                    if (n instanceof BigInteger big && big.bitLength() < 64) {
                        return new Node.Scalar(file, at, big.longValue());
                    }
                    return new Node.Scalar(file, at, n instanceof BigInteger ? n : (Long) n.longValue());
                case VALUE_NUMBER_FLOAT:
                    double d = p.getDoubleValue();
                    if (!Double.isFinite(d)) {
                        errors.add(Diagnostic.error(
                                DiagnosticCode.NOT_FINITE,
                                Node.location(file, at),
                                "",
                                "a finite number",
                                String.valueOf(d)));
                    }
                    return new Node.Scalar(file, at, d);
                default:
                    errors.add(Diagnostic.error(
                            DiagnosticCode.SYNTAX, Node.location(file, at), "", "a value", String.valueOf(token)));
                    return new Node.Scalar(file, at, null);
            }
        }
    }
}
