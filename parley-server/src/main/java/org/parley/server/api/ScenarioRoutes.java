package org.parley.server.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Locale;
import org.parley.model.io.ScenarioWriter;
import org.parley.server.LoadedRevision;
import org.parley.server.Saved;
import org.parley.server.Workspace;
import org.parley.server.store.ScenarioEntry;
import tools.jackson.databind.node.ObjectNode;

/** Scenarios and their revisions: list, import, read, export, revise with a file, history and diff. */
public final class ScenarioRoutes {

    private final Workspace workspace;
    private final TokenAuth auth;
    private final ViewCache views;

    public ScenarioRoutes(Workspace workspace, TokenAuth auth, ViewCache views) {
        this.workspace = workspace;
        this.auth = auth;
        this.views = views;
    }

    /** Registers the routes. */
    public void register(RoutesConfig routes) {
        routes.get("/api/v1/scenarios", ctx -> Responses.json(ctx, 200, Bodies.scenarios(workspace.list())));
        routes.post("/api/v1/scenarios", auth.guard(this::create));
        routes.get("/api/v1/scenarios/{scenarioId}", this::get);
        routes.get("/api/v1/scenarios/{scenarioId}/export", this::export);
        routes.get("/api/v1/scenarios/{scenarioId}/revisions", this::revisions);
        routes.post("/api/v1/scenarios/{scenarioId}/revisions", auth.guard(this::revise));
        routes.get("/api/v1/scenarios/{scenarioId}/revisions/{revision}", this::revision);
        routes.get("/api/v1/scenarios/{scenarioId}/revisions/{revision}/overview", this::overview);
        routes.get("/api/v1/scenarios/{scenarioId}/diff", this::diff);
    }

    private void create(Context ctx) {
        String author = ctx.queryParam("author");
        String message = ctx.queryParam("message");
        ObjectNode fields = Json.object();
        fields.put("base_revision", 1);
        fields.put("message", message == null || message.isBlank() ? "Imported " + Requests.uploadName(ctx) : message);
        if (author != null) {
            fields.put("author", author);
        }
        EditEnvelope envelope = Requests.editEnvelope(fields, null);
        Saved saved = workspace
                .importFile(Requests.uploadName(ctx), ctx.bodyAsBytes(), envelope.author(), envelope.message())
                .orThrow();
        ObjectNode body = Bodies.saved(saved);
        body.set(
                "scenario",
                Bodies.scenario(workspace.scenario(saved.revision().scenario()).orThrow()));
        ctx.header("Location", "/api/v1/scenarios/" + saved.revision().scenario());
        Responses.json(ctx, 201, body);
    }

    private void get(Context ctx) {
        String id = Requests.id(ctx, "scenarioId");
        ScenarioEntry entry = workspace.scenario(id).orThrow();
        ViewCache.Rendered body = views.get("head", id, entry.headRevision(), () -> {
            LoadedRevision head = workspace.revision(id, entry.headRevision()).orThrow();
            ObjectNode o = Json.object();
            o.set("scenario", Bodies.scenario(entry));
            o.set("revision", Bodies.revision(head.entry()));
            o.set("content", head.tree());
            return Json.write(o);
        });
        Responses.json(ctx, 200, body);
    }

    private void export(Context ctx) {
        String id = Requests.id(ctx, "scenarioId");
        String format = ctx.queryParam("format") == null
                ? "yaml"
                : ctx.queryParam("format").toLowerCase(Locale.ROOT);
        if (!format.equals("yaml") && !format.equals("json")) {
            throw new ProblemException(Problem.of(400, "INVALID_REQUEST", "format must be yaml or json."));
        }
        int number = ctx.queryParam("revision") == null
                ? workspace.scenario(id).orThrow().headRevision()
                : Requests.queryRevision(ctx, "revision");
        LoadedRevision rev = workspace.revision(id, number).orThrow();
        String text =
                format.equals("yaml") ? ScenarioWriter.toYaml(rev.scenario()) : ScenarioWriter.toJson(rev.scenario());
        ctx.header("Content-Disposition", "attachment; filename=\"" + id + "-r" + number + "." + format + "\"");
        ctx.contentType(format.equals("yaml") ? "application/yaml; charset=utf-8" : "application/json; charset=utf-8");
        ctx.status(200).result(text);
    }

    private void revisions(Context ctx) {
        String id = Requests.id(ctx, "scenarioId");
        Responses.json(ctx, 200, Bodies.revisions(workspace.revisions(id).orThrow()));
    }

    private void revise(Context ctx) {
        String id = Requests.id(ctx, "scenarioId");
        EditEnvelope envelope = Requests.queryEnvelope(ctx);
        Saved saved = workspace
                .reviseWithFile(
                        id,
                        envelope.baseRevision(),
                        Requests.uploadName(ctx),
                        ctx.bodyAsBytes(),
                        envelope.author(),
                        envelope.message())
                .orThrow();
        Responses.json(ctx, 201, Bodies.saved(saved));
    }

    private void revision(Context ctx) {
        String id = Requests.id(ctx, "scenarioId");
        LoadedRevision rev =
                workspace.revision(id, Requests.revision(ctx, "revision")).orThrow();
        ObjectNode body = Json.object();
        body.set("revision", Bodies.revision(rev.entry()));
        body.set("content", rev.tree());
        Responses.json(ctx, 200, body);
    }

    private void overview(Context ctx) {
        String id = Requests.id(ctx, "scenarioId");
        int number = Requests.revision(ctx, "revision");
        ViewCache.Rendered body = views.get("overview", id, number, () -> {
            LoadedRevision rev = workspace.revision(id, number).orThrow();
            return Json.write(OverviewBody.of(rev, workspace.library()));
        });
        Responses.json(ctx, 200, body);
    }

    private void diff(Context ctx) {
        String id = Requests.id(ctx, "scenarioId");
        int from = Requests.queryRevision(ctx, "from");
        int to = Requests.queryRevision(ctx, "to");
        var changes = workspace.diff(id, from, to).orThrow();
        Responses.json(ctx, 200, Bodies.diff(id, from, to, changes));
    }
}
