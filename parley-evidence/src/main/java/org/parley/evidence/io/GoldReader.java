package org.parley.evidence.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import org.parley.evidence.claim.Act;
import org.parley.evidence.claim.Attribution;
import org.parley.evidence.claim.Claim;
import org.parley.evidence.claim.ClaimValue;
import org.parley.evidence.claim.Modality;
import org.parley.evidence.claim.Polarity;
import org.parley.model.diagnostic.Diagnostic;
import org.parley.model.diagnostic.DiagnosticCode;
import org.parley.model.diagnostic.LoadResult;
import org.parley.model.diagnostic.SourceLocation;
import org.parley.model.io.Utf8;
import org.parley.model.scenario.CitationKind;
import org.parley.model.scenario.Comparator;
import org.parley.model.scenario.Quantity;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a gold file: JSON lines in the shape {@link ClaimJson} writes, plus {@code paraphrase}. Blank lines and
 * lines starting with {@code #} are skipped. Every problem is a located diagnostic ({@code file:line:col}, the
 * column of the offending key where it can be found), all reported at once; the file is rejected if any remain.
 * Files over 16 MiB, lines over 64 KiB and bytes that are not UTF-8 are refused.
 */
public final class GoldReader {

    private static final long MAX_BYTES = 16L << 20;
    private static final int MAX_LINE = 64 << 10;
    private static final Set<String> KEYS = Set.of(
            "article",
            "span",
            "actor",
            "act",
            "issue",
            "value",
            "polarity",
            "modality",
            "attribution",
            "outlet",
            "date",
            "event_date",
            "cue",
            "paraphrase");
    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private GoldReader() {}

    /** Reads a gold file. */
    public static LoadResult<List<GoldClaim>> read(Path file) {
        String name = file.toString();
        try {
            if (!Files.isRegularFile(file)) {
                return reject(name, 0, 0, DiagnosticCode.UNREADABLE, "", "an existing file", "no such file");
            }
            if (Files.size(file) > MAX_BYTES) {
                return reject(name, 0, 0, DiagnosticCode.TOO_LARGE, "", "at most " + MAX_BYTES + " bytes", "more");
            }
            LoadResult<String> text = Utf8.decode(name, Files.readAllBytes(file));
            if (!(text instanceof LoadResult.Loaded<String> loaded)) {
                return new LoadResult.Rejected<>(text.diagnostics());
            }
            return parse(name, loaded.value());
        } catch (IOException e) {
            return reject(
                    name,
                    0,
                    0,
                    DiagnosticCode.UNREADABLE,
                    "",
                    "a readable file",
                    e.getClass().getSimpleName());
        }
    }

    /** Parses gold text named {@code name}. */
    public static LoadResult<List<GoldClaim>> parse(String name, String text) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<GoldClaim> out = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Line l = new Line(name, i + 1, lines[i], diagnostics);
            if (line.length() > MAX_LINE) {
                l.error("", DiagnosticCode.TOO_LARGE, "a line of at most " + MAX_LINE + " characters", "more");
                continue;
            }
            JsonNode node;
            try {
                node = MAPPER.readTree(line);
            } catch (JacksonException e) {
                int col = e.getLocation() == null
                        ? 1
                        : Math.max(1, e.getLocation().getColumnNr());
                diagnostics.add(Diagnostic.error(
                        DiagnosticCode.SYNTAX,
                        new SourceLocation(name, i + 1, col),
                        "",
                        "one JSON object per line",
                        e.getOriginalMessage()));
                continue;
            }
            l.claim(node).ifPresent(out::add);
        }
        return LoadResult.of(List.copyOf(out), diagnostics);
    }

    private static <T> LoadResult<T> reject(
            String name, int line, int col, DiagnosticCode code, String path, String expected, String found) {
        return new LoadResult.Rejected<>(
                List.of(Diagnostic.error(code, new SourceLocation(name, line, col), path, expected, found)));
    }

    /** One line being read, with its diagnostics. */
    private record Line(String file, int number, String text, List<Diagnostic> diagnostics) {

        void error(String key, DiagnosticCode code, String expected, String found) {
            int at = key.isEmpty() ? -1 : text.indexOf("\"" + key + "\"");
            diagnostics.add(Diagnostic.error(
                    code, new SourceLocation(file, number, at < 0 ? 1 : at + 1), key, expected, found));
        }

        Optional<GoldClaim> claim(JsonNode n) {
            if (!n.isObject()) {
                error(
                        "",
                        DiagnosticCode.WRONG_TYPE,
                        "a JSON object",
                        n.getNodeType().toString().toLowerCase(Locale.ROOT));
                return Optional.empty();
            }
            int before = diagnostics.size();
            n.propertyNames().forEach(k -> {
                if (!KEYS.contains(k)) {
                    error(k, DiagnosticCode.UNKNOWN_KEY, "one of " + KEYS, "'" + k + "'");
                }
            });
            String article = text(n, "article", true).orElse("");
            JsonNode span = n.get("span");
            int start = 0;
            int end = 1;
            if (span == null
                    || !span.isArray()
                    || span.size() != 2
                    || !span.get(0).canConvertToInt()
                    || !span.get(1).canConvertToInt()
                    || span.get(0).asInt() < 0
                    || span.get(1).asInt() <= span.get(0).asInt()) {
                error(
                        "span",
                        span == null ? DiagnosticCode.MISSING_KEY : DiagnosticCode.INVALID_VALUE,
                        "[start, end] with 0 <= start < end",
                        span == null ? "nothing" : span.toString());
            } else {
                start = span.get(0).asInt();
                end = span.get(1).asInt();
            }
            Act act = choice(n, "act", Act.class, true).orElse(Act.FACT);
            Polarity polarity = choice(n, "polarity", Polarity.class, false).orElse(Polarity.POSITIVE);
            Modality modality = choice(n, "modality", Modality.class, false).orElse(Modality.ASSERTED);
            Optional<ClaimValue> value = value(n.get("value"));
            Attribution attribution =
                    attribution(n.get("attribution"), text(n, "outlet", false).orElse(""));
            Optional<LocalDate> date = date(n, "date");
            Optional<LocalDate> eventDate = date(n, "event_date");
            if (diagnostics.size() > before) {
                return Optional.empty();
            }
            Claim claim = new Claim(
                    article,
                    start,
                    end,
                    text(n, "actor", false),
                    act,
                    text(n, "issue", false),
                    value,
                    polarity,
                    modality,
                    attribution,
                    date,
                    eventDate,
                    text(n, "cue", false).orElse(""));
            return Optional.of(new GoldClaim(claim, text(n, "paraphrase", false).orElse(""), number));
        }

        private Optional<String> text(JsonNode n, String key, boolean required) {
            JsonNode v = n.get(key);
            if (v == null || v.isNull()) {
                if (required) {
                    error(key, DiagnosticCode.MISSING_KEY, "a string", "nothing");
                }
                return Optional.empty();
            }
            if (!v.isString() || v.asString().isBlank()) {
                error(key, DiagnosticCode.WRONG_TYPE, "a non-empty string", v.toString());
                return Optional.empty();
            }
            return Optional.of(v.asString());
        }

        private <E extends Enum<E>> Optional<E> choice(JsonNode n, String key, Class<E> type, boolean required) {
            Optional<String> s = text(n, key, required);
            if (s.isEmpty()) {
                return Optional.empty();
            }
            for (E e : type.getEnumConstants()) {
                if (e.name().equalsIgnoreCase(s.get())) {
                    return Optional.of(e);
                }
            }
            error(
                    key,
                    DiagnosticCode.INVALID_VALUE,
                    "one of "
                            + Arrays.stream(type.getEnumConstants())
                                    .map(e -> e.name().toLowerCase(Locale.ROOT))
                                    .toList(),
                    "'" + s.get() + "'");
            return Optional.empty();
        }

        private Optional<LocalDate> date(JsonNode n, String key) {
            Optional<String> s = text(n, key, false);
            try {
                return s.map(LocalDate::parse);
            } catch (java.time.format.DateTimeParseException e) {
                error(key, DiagnosticCode.INVALID_VALUE, "a date YYYY-MM-DD", "'" + s.get() + "'");
                return Optional.empty();
            }
        }

        private Optional<ClaimValue> value(JsonNode v) {
            if (v == null || v.isNull()) {
                return Optional.empty();
            }
            if (v.isObject() && v.has("level") && v.get("level").isString()) {
                return Optional.of(new ClaimValue.Level(v.get("level").asString()));
            }
            if (v.isObject()
                    && v.has("number")
                    && v.get("number").isNumber()
                    && Double.isFinite(v.get("number").asDouble())
                    && v.has("unit")
                    && v.get("unit").isString()) {
                double number = v.get("number").asDouble();
                OptionalDouble upTo = v.has("up_to") && v.get("up_to").isNumber()
                        ? OptionalDouble.of(v.get("up_to").asDouble())
                        : OptionalDouble.empty();
                Optional<Comparator> comparator = Optional.of(Comparator.EQ);
                if (v.has("comparator")) {
                    String c = v.get("comparator").asString();
                    comparator = Arrays.stream(Comparator.values())
                            .filter(x -> x.key().equals(c))
                            .findFirst();
                }
                if (comparator.isPresent() && (upTo.isEmpty() || upTo.getAsDouble() >= number)) {
                    return Optional.of(new ClaimValue.Amount(
                            new Quantity(number, upTo, v.get("unit").asString(), comparator.get())));
                }
            }
            error(
                    "value",
                    DiagnosticCode.INVALID_VALUE,
                    "{\"level\": ID} or {\"number\": N, \"unit\": U, \"comparator\": eq|approx|lt|le|gt|ge}",
                    v.toString());
            return Optional.empty();
        }

        private Attribution attribution(JsonNode a, String outlet) {
            if (a == null || a.isNull()) {
                return Attribution.reported(outlet);
            }
            Optional<CitationKind> kind = a.isObject() ? choice(a, "kind", CitationKind.class, true) : Optional.empty();
            if (kind.isEmpty()) {
                if (!a.isObject()) {
                    error("attribution", DiagnosticCode.WRONG_TYPE, "an object with kind", a.toString());
                }
                return Attribution.reported(outlet);
            }
            OptionalInt count = a.has("count")
                            && a.get("count").canConvertToInt()
                            && a.get("count").asInt() > 0
                    ? OptionalInt.of(a.get("count").asInt())
                    : OptionalInt.empty();
            return new Attribution(
                    kind.get(),
                    text(a, "speaker", false),
                    text(a, "role", false),
                    count,
                    text(a, "affiliation", false),
                    outlet);
        }
    }
}
