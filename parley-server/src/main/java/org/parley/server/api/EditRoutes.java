package org.parley.server.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.parley.server.Saved;
import org.parley.server.Workspace;
import org.parley.server.edit.ElementRef;
import org.parley.server.edit.ScenarioEdit;

/**
 * Edits of positions, actors and issues. Each names the revision it was made on ({@code base_revision}),
 * says why ({@code message}) and by whom ({@code author}), and — when valid and not stale — creates the
 * next revision in one transaction. Bodies:
 *
 * <pre>PATCH  {"base_revision": 3, "message": "…", "author": "…", "changes": {"salience": 70}}
 * POST   {"base_revision": 3, "message": "…", "element": {…a position, actor or issue as in a file…}}
 * DELETE ?base_revision=3&amp;message=…</pre>
 */
public final class EditRoutes {

    private static final String SCENARIO = "/api/v1/scenarios/{scenarioId}";

    private final Workspace workspace;
    private final TokenAuth auth;

    public EditRoutes(Workspace workspace, TokenAuth auth) {
        this.workspace = workspace;
        this.auth = auth;
    }

    /** Registers the routes. */
    public void register(RoutesConfig routes) {
        routes.patch(SCENARIO + "/positions/{actorId}/{issueId}", auth.guard(ctx -> patch(ctx, position(ctx))));
        routes.delete(SCENARIO + "/positions/{actorId}/{issueId}", auth.guard(ctx -> remove(ctx, position(ctx))));
        routes.post(SCENARIO + "/positions", auth.guard(ctx -> add(ctx, ElementRef.Collection.POSITIONS)));
        routes.patch(
                SCENARIO + "/actors/{actorId}",
                auth.guard(ctx -> patch(ctx, new ElementRef.Actor(Requests.id(ctx, "actorId")))));
        routes.post(SCENARIO + "/actors", auth.guard(ctx -> add(ctx, ElementRef.Collection.ACTORS)));
        routes.patch(
                SCENARIO + "/issues/{issueId}",
                auth.guard(ctx -> patch(ctx, new ElementRef.Issue(Requests.id(ctx, "issueId")))));
        routes.post(SCENARIO + "/issues", auth.guard(ctx -> add(ctx, ElementRef.Collection.ISSUES)));
    }

    private static ElementRef position(Context ctx) {
        return new ElementRef.Position(Requests.id(ctx, "actorId"), Requests.id(ctx, "issueId"));
    }

    private void patch(Context ctx, ElementRef target) {
        String id = Requests.id(ctx, "scenarioId");
        EditEnvelope e = Requests.editEnvelope(Requests.jsonBody(ctx), "changes");
        save(ctx, id, e, new ScenarioEdit.Patch(target, e.payload()), 200);
    }

    private void add(Context ctx, ElementRef.Collection collection) {
        String id = Requests.id(ctx, "scenarioId");
        EditEnvelope e = Requests.editEnvelope(Requests.jsonBody(ctx), "element");
        save(ctx, id, e, new ScenarioEdit.Add(collection, e.payload()), 201);
    }

    private void remove(Context ctx, ElementRef target) {
        String id = Requests.id(ctx, "scenarioId");
        EditEnvelope e = Requests.queryEnvelope(ctx);
        save(ctx, id, e, new ScenarioEdit.Remove(target), 200);
    }

    private void save(Context ctx, String id, EditEnvelope e, ScenarioEdit edit, int status) {
        Saved saved = workspace
                .edit(id, e.baseRevision(), edit, e.author(), e.message())
                .orThrow();
        Responses.json(ctx, status, Bodies.saved(saved));
    }
}
