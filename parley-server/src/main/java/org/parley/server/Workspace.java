package org.parley.server;

import java.util.List;
import java.util.Optional;
import org.parley.model.diagnostic.Diagnostic;
import org.parley.model.diagnostic.LoadResult;
import org.parley.model.io.LoadLimits;
import org.parley.model.io.ScenarioLoader;
import org.parley.model.io.ScenarioWriter;
import org.parley.model.io.SourceLibrary;
import org.parley.model.io.TreeReader;
import org.parley.model.scenario.Scenario;
import org.parley.server.api.Json;
import org.parley.server.api.Outcome;
import org.parley.server.api.Problem;
import org.parley.server.edit.RevisionDiff;
import org.parley.server.edit.ScenarioEdit;
import org.parley.server.store.NewRevision;
import org.parley.server.store.RevisionEntry;
import org.parley.server.store.ScenarioEntry;
import org.parley.server.store.ScenarioStore;
import org.parley.server.store.StoredRevision;
import org.parley.server.store.WriteResult;
import tools.jackson.databind.node.ObjectNode;

/**
 * The scenarios of the workspace and what can be done to them: import a file, revise it with a new file
 * or an edit, read and compare revisions. Every scenario that is saved has passed the same loader as the
 * command line ({@link ScenarioLoader}, citations checked against the sources directory when there is
 * one), and is stored as canonical JSON ({@link ScenarioWriter#toJson}). Failures are {@link Problem}s.
 */
public final class Workspace {

    private static final String EDIT_FILE = "edit";

    private final ScenarioStore store;
    private final ScenarioLoader loader;
    private final Optional<SourceLibrary> library;
    private final RevisionCache<LoadedRevision> loaded = new RevisionCache<>(64);

    /**
     * @param store where scenarios are kept
     * @param limits the loader's limits for uploads
     * @param library the source texts citations are checked against, if any
     */
    public Workspace(ScenarioStore store, LoadLimits limits, Optional<SourceLibrary> library) {
        this.store = store;
        this.loader = new ScenarioLoader(limits);
        this.library = library;
    }

    /** The source texts, if a sources directory was given. */
    public Optional<SourceLibrary> library() {
        return library;
    }

    /** Every scenario. */
    public List<ScenarioEntry> list() {
        return store.list();
    }

    /** One scenario. */
    public Outcome<ScenarioEntry> scenario(String id) {
        return store.find(id)
                .<Outcome<ScenarioEntry>>map(Outcome::ok)
                .orElseGet(() -> Outcome.failed(Problem.notFound("Scenario '" + id + "'")));
    }

    /**
     * The scenario, if {@code base} is its head: an edit made on an older revision is refused before any work
     * (the store checks again when writing, which settles races).
     */
    private Outcome<ScenarioEntry> current(String id, int base) {
        return scenario(id)
                .flatMap(s -> s.headRevision() == base
                        ? Outcome.ok(s)
                        : Outcome.failed(Problem.stale(base, s.headRevision())));
    }

    /** The revisions of a scenario, newest first. */
    public Outcome<List<RevisionEntry>> revisions(String id) {
        return scenario(id).map(s -> store.revisions(id));
    }

    /** Imports a scenario file as a new scenario (revision 1). */
    public Outcome<Saved> importFile(String fileName, byte[] bytes, String author, String message) {
        return validateUpload(fileName, bytes).flatMap(loadedFile -> {
            Scenario s = loadedFile.value();
            WriteResult w = store.create(s.id(), new NewRevision(s.title(), author, message, ScenarioWriter.toJson(s)));
            return saved(w, loadedFile.warnings());
        });
    }

    /** Replaces a scenario with a new file, as a revision made on {@code base}. */
    public Outcome<Saved> reviseWithFile(
            String id, int base, String fileName, byte[] bytes, String author, String message) {
        return current(id, base)
                .flatMap(entry -> validateUpload(fileName, bytes))
                .flatMap(loadedFile -> {
                    Scenario s = loadedFile.value();
                    if (!s.id().equals(id)) {
                        return Outcome.failed(Problem.of(
                                400,
                                "ID_MISMATCH",
                                "The file is scenario '" + s.id() + "', not '" + id
                                        + "'; import it as a new scenario instead."));
                    }
                    return saved(
                            store.append(
                                    id, base, new NewRevision(s.title(), author, message, ScenarioWriter.toJson(s))),
                            loadedFile.warnings());
                });
    }

    /** Applies an edit to revision {@code base} and saves the result as the next revision. */
    public Outcome<Saved> edit(String id, int base, ScenarioEdit edit, String author, String message) {
        return current(id, base)
                .flatMap(head -> revision(id, base))
                .flatMap(rev -> edit.applyTo(rev.tree()))
                .flatMap(applied -> {
                    String text = Json.write(applied.scenario());
                    LoadResult<Scenario> result = loader.parse(EDIT_FILE, text, TreeReader.Syntax.JSON, library);
                    if (!(result instanceof LoadResult.Loaded<Scenario> ok)) {
                        return Outcome.failed(Problem.invalidEdit(result.diagnostics()));
                    }
                    Scenario s = ok.value();
                    if (!s.id().equals(id)) {
                        return Outcome.failed(Problem.of(400, "ID_MISMATCH", "An edit cannot change the scenario id."));
                    }
                    String json = ScenarioWriter.toJson(s);
                    if (Json.MAPPER.readTree(json).equals(base(id, base))) {
                        return Outcome.failed(
                                Problem.of(400, "NO_CHANGE", "The edit changes nothing; no revision was made."));
                    }
                    return saved(
                            store.append(id, base, new NewRevision(s.title(), author, message, json)), ok.warnings());
                });
    }

    private ObjectNode base(String id, int number) {
        return revision(id, number).map(LoadedRevision::tree).orThrow();
    }

    /** A revision, read and cached. */
    public Outcome<LoadedRevision> revision(String id, int number) {
        String key = id + "@" + number;
        Optional<LoadedRevision> cached = loaded.get(key);
        if (cached.isPresent()) {
            return Outcome.ok(cached.get());
        }
        Optional<StoredRevision> stored = store.revision(id, number);
        if (stored.isEmpty()) {
            return Outcome.failed(Problem.notFound("Revision " + number + " of scenario '" + id + "'"));
        }
        String content = stored.get().contentJson();
        LoadResult<Scenario> result = loader.parse(id + ".json", content, TreeReader.Syntax.JSON, Optional.empty());
        if (!(result instanceof LoadResult.Loaded<Scenario> ok)) {
            return Outcome.failed(new Problem(
                    500,
                    "STORED_REVISION_UNREADABLE",
                    "Revision " + number + " of '" + id + "' no longer loads; export it and re-import it.",
                    result.diagnostics(),
                    false,
                    java.util.Map.of()));
        }
        ObjectNode tree = (ObjectNode) Json.MAPPER.readTree(content);
        LoadedRevision value = new LoadedRevision(stored.get().entry(), ok.value(), tree);
        loaded.put(key, value);
        return Outcome.ok(value);
    }

    /** The latest revision of a scenario. */
    public Outcome<LoadedRevision> head(String id) {
        return scenario(id).flatMap(s -> revision(id, s.headRevision()));
    }

    /** What changed from revision {@code from} to revision {@code to}. */
    public Outcome<List<RevisionDiff.Change>> diff(String id, int from, int to) {
        return revision(id, from).flatMap(a -> revision(id, to).map(b -> RevisionDiff.between(a.tree(), b.tree())));
    }

    private Outcome<LoadResult.Loaded<Scenario>> validateUpload(String fileName, byte[] bytes) {
        LoadResult<Scenario> result = loader.parse(fileName, bytes, library);
        if (result instanceof LoadResult.Loaded<Scenario> ok) {
            return Outcome.ok(ok);
        }
        return Outcome.failed(Problem.invalidScenario(result.diagnostics()));
    }

    private static Outcome<Saved> saved(WriteResult w, List<Diagnostic> warnings) {
        if (w instanceof WriteResult.Committed c) {
            return Outcome.ok(new Saved(c.revision(), warnings));
        }
        if (w instanceof WriteResult.Stale s) {
            return Outcome.failed(Problem.stale(s.baseRevision(), s.headRevision()));
        }
        if (w instanceof WriteResult.AlreadyExists e) {
            return Outcome.failed(Problem.of(
                            409,
                            "SCENARIO_EXISTS",
                            "A scenario with id '" + e.scenario() + "' exists; post the file as a new revision"
                                    + " of it, or change the id.")
                    .with("head_revision", e.headRevision()));
        }
        WriteResult.NoSuchScenario n = (WriteResult.NoSuchScenario) w;
        return Outcome.failed(Problem.notFound("Scenario '" + n.scenario() + "'"));
    }
}
