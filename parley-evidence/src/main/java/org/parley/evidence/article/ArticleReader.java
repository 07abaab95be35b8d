package org.parley.evidence.article;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parley.model.diagnostic.Diagnostic;
import org.parley.model.diagnostic.DiagnosticCode;
import org.parley.model.diagnostic.LoadResult;
import org.parley.model.diagnostic.SourceLocation;
import org.parley.model.io.SourceLibrary;
import org.parley.model.io.Utf8;

/**
 * Reads a report as strict UTF-8 text with its metadata. Metadata comes, in order of precedence, from the
 * caller (command-line flags), from a sidecar file beside the report named {@code REPORT.meta} with lines
 * {@code key: value} (keys {@code outlet}, {@code title}, {@code date} as YYYY-MM-DD, {@code author},
 * {@code url}; {@code #} starts a comment), and from the report's header lines.
 *
 * <p>Input is hostile: reports over {@link #maxBytes} and sidecars over 64 KiB are refused, bytes must be valid
 * UTF-8, and every problem is a located {@link Diagnostic} ({@code file:line:col}), never an exception.
 */
public final class ArticleReader {

    /** Default largest report read: 2 MiB. */
    public static final long DEFAULT_MAX_BYTES = 2L << 20;

    private static final long MAX_SIDECAR_BYTES = 64L << 10;
    private static final Set<String> KEYS = Set.of("outlet", "title", "date", "author", "url");

    private final long maxBytes;

    /** A reader with the default size limit. */
    public ArticleReader() {
        this(DEFAULT_MAX_BYTES);
    }

    /** A reader refusing reports larger than {@code maxBytes}. */
    public ArticleReader(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive");
        }
        this.maxBytes = maxBytes;
    }

    /** Reads a report; {@code flags} override the sidecar and the header lines. */
    public LoadResult<Article> read(Path file, ArticleMetadata flags) {
        String name = file.toString();
        Optional<byte[]> bytes = readBytes(file, maxBytes);
        if (bytes.isEmpty()) {
            return rejected(name, file, maxBytes);
        }
        LoadResult<String> text = decode(name, bytes.get());
        if (!(text instanceof LoadResult.Loaded<String> loaded)) {
            return new LoadResult.Rejected<>(text.diagnostics());
        }
        List<Diagnostic> diagnostics = new ArrayList<>();
        ArticleMetadata sidecar = ArticleMetadata.EMPTY;
        Path sidecarFile = file.resolveSibling(file.getFileName() + ".meta");
        if (Files.isRegularFile(sidecarFile)) {
            Optional<byte[]> sidecarBytes = readBytes(sidecarFile, MAX_SIDECAR_BYTES);
            if (sidecarBytes.isEmpty()) {
                return rejected(sidecarFile.toString(), sidecarFile, MAX_SIDECAR_BYTES);
            }
            LoadResult<String> sidecarText = decode(sidecarFile.toString(), sidecarBytes.get());
            if (sidecarText instanceof LoadResult.Loaded<String> s) {
                sidecar = parseSidecar(sidecarFile.toString(), s.value(), diagnostics);
            } else {
                diagnostics.addAll(sidecarText.diagnostics());
            }
        }
        ArticleMetadata metadata = flags.orElse(sidecar).orElse(HeaderLines.scan(loaded.value()));
        String fileName = file.getFileName() == null ? name : file.getFileName().toString();
        return LoadResult.of(
                new Article(fileName, loaded.value(), SourceLibrary.sha256(bytes.get()), metadata), diagnostics);
    }

    /**
     * Parses sidecar text ({@code key: value} lines), adding located diagnostics for unknown or repeated keys,
     * lines without a colon and dates that are not YYYY-MM-DD.
     */
    public static ArticleMetadata parseSidecar(String fileName, String text, List<Diagnostic> diagnostics) {
        ArticleMetadata m = ArticleMetadata.EMPTY;
        Set<String> seen = new HashSet<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].stripTrailing();
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            int indent = line.length() - line.stripLeading().length();
            if (colon < 0) {
                diagnostics.add(Diagnostic.error(
                        DiagnosticCode.SYNTAX, at(fileName, i, indent), "", "key: value", quote(line.strip())));
                continue;
            }
            String key = line.substring(0, colon).strip();
            String value = line.substring(colon + 1).strip();
            int valueColumn = colon
                    + 1
                    + (line.length()
                            - colon
                            - 1
                            - line.substring(colon + 1).stripLeading().length());
            if (!KEYS.contains(key)) {
                diagnostics.add(Diagnostic.error(
                                DiagnosticCode.UNKNOWN_KEY, at(fileName, i, indent), key, "one of " + KEYS, quote(key))
                        .withHint("keys are outlet, title, date, author, url"));
                continue;
            }
            if (!seen.add(key)) {
                diagnostics.add(Diagnostic.error(
                        DiagnosticCode.DUPLICATE_KEY, at(fileName, i, indent), key, "each key once", "a repeat"));
                continue;
            }
            if (value.isEmpty()) {
                diagnostics.add(Diagnostic.error(
                        DiagnosticCode.INVALID_VALUE, at(fileName, i, valueColumn), key, "a value", "nothing"));
                continue;
            }
            Optional<String> v = Optional.of(value);
            switch (key) {
                case "outlet" -> m = new ArticleMetadata(v, m.title(), m.date(), m.author(), m.url());
                case "title" -> m = new ArticleMetadata(m.outlet(), v, m.date(), m.author(), m.url());
                case "author" -> m = new ArticleMetadata(m.outlet(), m.title(), m.date(), v, m.url());
                case "url" -> m = new ArticleMetadata(m.outlet(), m.title(), m.date(), m.author(), v);
                default -> {
                    try {
                        m = m.withDate(LocalDate.parse(value));
                    } catch (DateTimeParseException e) {
                        diagnostics.add(Diagnostic.error(
                                DiagnosticCode.INVALID_VALUE,
                                at(fileName, i, valueColumn),
                                key,
                                "a date YYYY-MM-DD",
                                quote(value)));
                    }
                }
            }
        }
        return m;
    }

    private static SourceLocation at(String file, int lineIndex, int column0) {
        return new SourceLocation(file, lineIndex + 1, column0 + 1);
    }

    private static String quote(String s) {
        String shown = s.length() > 40 ? s.substring(0, 40) + "…" : s;
        return "'" + shown + "'";
    }

    private static Optional<byte[]> readBytes(Path file, long limit) {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > limit) {
                return Optional.empty();
            }
            try (InputStream in = Files.newInputStream(file)) {
                byte[] bytes = in.readNBytes((int) limit + 1);
                return bytes.length > limit ? Optional.empty() : Optional.of(bytes);
            }
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static <T> LoadResult<T> rejected(String name, Path file, long limit) {
        boolean tooLarge;
        try {
            tooLarge = Files.isRegularFile(file) && Files.size(file) > limit;
        } catch (IOException e) {
            tooLarge = false;
        }
        Diagnostic d = tooLarge
                ? Diagnostic.error(
                        DiagnosticCode.TOO_LARGE,
                        SourceLocation.ofFile(name),
                        "",
                        "at most " + limit + " bytes",
                        "more")
                : Diagnostic.error(
                        DiagnosticCode.UNREADABLE,
                        SourceLocation.ofFile(name),
                        "",
                        "a readable file",
                        Files.exists(file) ? "a directory or unreadable file" : "no such file");
        return new LoadResult.Rejected<>(List.of(d));
    }

    /** Decodes strict UTF-8; the error names the line and column of the first bad byte. */
    static LoadResult<String> decode(String name, byte[] bytes) {
        return Utf8.decode(name, bytes);
    }
}
