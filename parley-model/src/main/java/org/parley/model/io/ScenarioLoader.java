package org.parley.model.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parley.model.diagnostic.Diagnostic;
import org.parley.model.diagnostic.DiagnosticCode;
import org.parley.model.diagnostic.LoadResult;
import org.parley.model.diagnostic.SourceLocation;
import org.parley.model.scenario.Scenario;

/**
 * Reads scenario files (YAML or JSON, format version 1) and reports every problem at once, located.
 *
 * <p>Stages, each adding to one list of diagnostics: (1) bytes → strict UTF-8 → located tree, under
 * {@link LoadLimits}; (2) the tree against the published JSON Schema ({@link SchemaCheck}); (3) binding to
 * records with the checks a schema cannot express (ids, references, scales, evidence, consistency); (4) when
 * a {@link SourceLibrary} is given, citations against the source texts. A user's mistake never escapes as an
 * exception: the result is {@link LoadResult.Loaded} or {@link LoadResult.Rejected}.
 */
public final class ScenarioLoader {

    /** Name of the directory beside a scenario file where its source texts are looked up by default. */
    public static final String DEFAULT_SOURCES_DIR = "sources";

    private final LoadLimits limits;

    public ScenarioLoader() {
        this(LoadLimits.DEFAULT);
    }

    public ScenarioLoader(LoadLimits limits) {
        this.limits = limits;
    }

    /** The sources directory used when none is given: {@code sources/} beside the scenario file. */
    public static Path defaultSourcesDir(Path scenarioFile) {
        Path parent = scenarioFile.toAbsolutePath().getParent();
        return (parent == null ? Path.of(".") : parent).resolve(DEFAULT_SOURCES_DIR);
    }

    /**
     * Loads a file, checking citations against {@code sourcesDir} (or the default directory beside the file
     * when empty).
     */
    public LoadResult<Scenario> load(Path file, Optional<Path> sourcesDir) {
        String name = file.toString();
        byte[] bytes;
        try {
            if (!Files.isRegularFile(file)) {
                return rejected(
                        name,
                        Files.exists(file) ? "a regular file" : "an existing file",
                        Files.exists(file) ? "a directory or device" : "no such file");
            }
            if (Files.size(file) > limits.maxBytes()) {
                return new LoadResult.Rejected<>(List.of(Diagnostic.error(
                        DiagnosticCode.TOO_LARGE,
                        SourceLocation.ofFile(name),
                        "",
                        "at most " + limits.maxBytes() + " bytes",
                        Files.size(file) + " bytes")));
            }
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxBytes() + 1));
            }
        } catch (IOException e) {
            return rejected(name, "a readable file", e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        SourceLibrary library = new SourceLibrary(sourcesDir.orElseGet(() -> defaultSourcesDir(file)));
        return parse(name, bytes, Optional.of(library));
    }

    /** Parses bytes named {@code fileName}; citations are checked only when a library is given. */
    public LoadResult<Scenario> parse(String fileName, byte[] bytes, Optional<SourceLibrary> library) {
        TreeReader.Result tree = new TreeReader(limits).read(fileName, bytes);
        if (!tree.ok()) {
            return new LoadResult.Rejected<>(tree.diagnostics());
        }
        return bind(fileName, tree.root(), library);
    }

    /** Parses text in a known syntax (used for uploads and tests). */
    public LoadResult<Scenario> parse(
            String fileName, String text, TreeReader.Syntax syntax, Optional<SourceLibrary> library) {
        TreeReader.Result tree = new TreeReader(limits).parse(fileName, text, syntax);
        if (!tree.ok()) {
            return new LoadResult.Rejected<>(tree.diagnostics());
        }
        return bind(fileName, tree.root(), library);
    }

    private LoadResult<Scenario> bind(String fileName, Node root, Optional<SourceLibrary> library) {
        List<Diagnostic> diagnostics = new ArrayList<>(SchemaCheck.check(root));
        boolean versionOk = diagnostics.stream().noneMatch(d -> d.code() == DiagnosticCode.UNSUPPORTED_VERSION);
        if (!versionOk || !(root instanceof Node.MapNode)) {
            return new LoadResult.Rejected<>(diagnostics);
        }
        Optional<Scenario> scenario = new ScenarioBinder(diagnostics).bind(root);
        if (scenario.isPresent() && library.isPresent()) {
            diagnostics.addAll(CitationCheck.check(scenario.get(), root, library.get(), fileName));
        }
        return scenario.isPresent()
                ? LoadResult.of(scenario.get(), diagnostics)
                : new LoadResult.Rejected<>(diagnostics);
    }

    private static LoadResult<Scenario> rejected(String name, String expected, String found) {
        return new LoadResult.Rejected<>(
                List.of(Diagnostic.error(DiagnosticCode.UNREADABLE, SourceLocation.ofFile(name), "", expected, found)));
    }
}
