package org.parley.server.analysis;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.model.diagnostic.Diagnostic;
import org.parley.model.diagnostic.DiagnosticCode;
import org.parley.model.diagnostic.SourceLocation;
import org.parley.server.LoadedRevision;
import org.parley.server.Workspace;
import org.parley.server.api.Json;
import org.parley.server.api.Problem;
import org.parley.server.api.ProblemException;
import org.parley.server.api.ProblemJson;
import org.parley.server.api.Requests;
import org.parley.server.api.Responses;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Analyses of a revision: {@code POST …/revisions/{n}/analyses} with {@code {"kind": …, "parameters": {…}}}
 * answers 202 with a job (or 200 with the finished one when the same analysis was asked for before), and
 * {@code GET /api/v1/analyses/{jobId}} reports its state and progress, and its result when done. Analyses
 * read and compute but write nothing, so they need no token.
 */
public final class AnalysisRoutes {

    private final Workspace workspace;
    private final AnalysisRunner runner;
    private final Map<String, Analysis> analyses = new LinkedHashMap<>();

    public AnalysisRoutes(Workspace workspace, AnalysisRunner runner, List<Analysis> available) {
        this.workspace = workspace;
        this.runner = runner;
        available.forEach(a -> analyses.put(a.kind(), a));
    }

    /** Registers the routes. */
    public void register(RoutesConfig routes) {
        routes.post("/api/v1/scenarios/{scenarioId}/revisions/{revision}/analyses", this::submit);
        routes.get("/api/v1/analyses/{jobId}", this::status);
    }

    private void submit(Context ctx) {
        String id = Requests.id(ctx, "scenarioId");
        int number = Requests.revision(ctx, "revision");
        LoadedRevision rev = workspace.revision(id, number).orThrow();
        ObjectNode body = Requests.jsonBody(ctx);
        JsonNode kind = body.get("kind");
        Analysis analysis = kind != null && kind.isString() ? analyses.get(kind.asString()) : null;
        if (analysis == null) {
            throw new ProblemException(Problem.invalidEdit(List.of(Diagnostic.error(
                    DiagnosticCode.INVALID_VALUE,
                    SourceLocation.ofFile("request"),
                    "kind",
                    "one of " + String.join(", ", analyses.keySet()),
                    kind == null ? "nothing" : kind.toString()))));
        }
        JsonNode given = body.get("parameters");
        ObjectNode parameters = analysis.parameters(rev.scenario(), given instanceof ObjectNode o ? o : Json.object())
                .orThrow();
        AnalysisJob job =
                runner.submit(analysis, id, number, rev.scenario(), parameters).orThrow();
        ctx.header("Location", "/api/v1/analyses/" + job.id());
        boolean done = job.status().state() == AnalysisJob.State.DONE;
        Responses.json(ctx, done ? 200 : 202, body(job));
    }

    private void status(Context ctx) {
        String jobId = ctx.pathParam("jobId");
        AnalysisJob job = runner.job(jobId).orElseThrow(() -> new ProblemException(Problem.notFound("Analysis job")));
        Responses.json(ctx, 200, body(job));
    }

    private static String body(AnalysisJob job) {
        AnalysisJob.Status s = job.status();
        ObjectNode o = Json.object();
        o.put("id", job.id());
        o.put("kind", job.kind());
        o.put("scenario", job.scenario());
        o.put("revision", job.revision());
        o.set("parameters", job.parameters());
        o.put("state", s.state().name().toLowerCase(java.util.Locale.ROOT));
        o.put("progress", s.progress());
        o.put("created_at", job.created().toString());
        s.problem().ifPresent(p -> o.set("problem", ProblemJson.of(p)));
        String json = Json.write(o);
        if (s.resultJson().isPresent()) {
            return json.substring(0, json.length() - 1) + ",\"result\":"
                    + s.resultJson().get() + "}";
        }
        return json;
    }
}
