package org.parley.server;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.router.ParsedEndpoint;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.parley.model.io.LoadLimits;
import org.parley.model.io.SourceLibrary;
import org.parley.server.analysis.AnalysisRoutes;
import org.parley.server.analysis.AnalysisRunner;
import org.parley.server.analysis.ForecastAnalysis;
import org.parley.server.analysis.PairDealspaceAnalysis;
import org.parley.server.analysis.SummaryAnalysis;
import org.parley.server.api.EditRoutes;
import org.parley.server.api.Problem;
import org.parley.server.api.ProblemException;
import org.parley.server.api.ProblemJson;
import org.parley.server.api.Responses;
import org.parley.server.api.ScenarioRoutes;
import org.parley.server.api.TokenAuth;
import org.parley.server.api.ViewCache;
import org.parley.server.store.Database;
import org.parley.server.store.ScenarioStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The workspace server: the REST API under {@code /api/v1}, the pages under {@code /}, the database behind
 * them. {@link #start} opens (and migrates) the database, resolves the write token and listens; {@link #close}
 * stops everything it started.
 */
public final class ParleyServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ParleyServer.class);

    private final Javalin app;
    private final Database database;
    private final WorkspaceToken token;
    private final Workspace workspace;
    private final AnalysisRunner analyses;
    private final String host;

    private ParleyServer(
            Javalin app,
            Database database,
            WorkspaceToken token,
            Workspace workspace,
            AnalysisRunner analyses,
            String host) {
        this.app = app;
        this.database = database;
        this.token = token;
        this.workspace = workspace;
        this.analyses = analyses;
        this.host = host;
    }

    /**
     * Opens the database, resolves the token, and starts listening. The database is opened (and migrated) on
     * another thread while the HTTP server starts; this returns once both are ready, or throws after
     * stopping whatever did start.
     */
    public static ParleyServer start(ServerConfig config) {
        WorkspaceToken token = WorkspaceToken.resolve(config.token(), config.dataDir());
        String url = config.jdbcUrl().orElseGet(() -> Database.h2Url(config.dataDir()));
        CompletableFuture<Database> opening = CompletableFuture.supplyAsync(() -> Database.open(url, "", 16));
        Supplier<Database> database = () -> {
            try {
                return opening.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        };
        Optional<SourceLibrary> library = config.sourcesDir().map(SourceLibrary::new);
        ScenarioStore store = new ScenarioStore(database, Clock.systemUTC());
        Workspace workspace = new Workspace(store, LoadLimits.DEFAULT.withMaxBytes(config.maxBodyBytes()), library);
        AnalysisRunner analyses = new AnalysisRunner(config.analysisThreads());
        TokenAuth auth = new TokenAuth(token.value());
        Javalin app = null;
        try {
            app = Javalin.create(c -> configure(c, config, workspace, auth, analyses));
            app.start(config.host(), config.port());
            return new ParleyServer(app, database.get(), token, workspace, analyses, config.host());
        } catch (RuntimeException e) {
            if (app != null) {
                app.stop();
            }
            analyses.close();
            opening.thenAccept(Database::close);
            throw e;
        }
    }

    private static void configure(
            JavalinConfig c, ServerConfig config, Workspace workspace, TokenAuth auth, AnalysisRunner analyses) {
        c.startup.showJavalinBanner = false;
        c.startup.showOldJavalinVersionWarning = false;
        c.http.maxRequestSize = config.maxBodyBytes();
        c.staticFiles.add(sf -> {
            sf.hostedPath = "/";
            sf.directory = "/public";
            sf.location = Location.CLASSPATH;
            sf.headers = Map.of("Cache-Control", "no-cache");
            sf.precompressMaxSize = 4 << 20;
        });
        c.routes.before(ctx -> securityHeaders(ctx));
        c.routes.before("/api/*", ctx -> limitBody(ctx, config.maxBodyBytes()));
        c.routes.get("/api/v1/openapi.yaml", ParleyServer::openapi);
        new ScenarioRoutes(workspace, auth, new ViewCache(256)).register(c.routes);
        new EditRoutes(workspace, auth).register(c.routes);
        new AnalysisRoutes(
                        workspace,
                        analyses,
                        List.of(new SummaryAnalysis(), new PairDealspaceAnalysis(), new ForecastAnalysis()))
                .register(c.routes);
        c.routes.exception(ProblemException.class, (e, ctx) -> problem(ctx, e.problem()));
        c.routes.exception(HttpResponseException.class, (e, ctx) -> problem(ctx, fromHttp(e)));
        c.routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("Unexpected failure on {} {}", ctx.method(), ctx.path(), e);
            problem(ctx, Problem.of(500, "INTERNAL", "The server failed unexpectedly; the failure is logged."));
        });
        c.routes.error(404, ctx -> {
            if (ctx.path().startsWith("/api/") && !hasJsonBody(ctx)) {
                problem(ctx, Problem.notFound("'" + ctx.path() + "'"));
            }
        });
    }

    /** The hand-written API description (a test keeps it and the registered routes in step). */
    private static void openapi(Context ctx) throws java.io.IOException {
        try (var in = ParleyServer.class.getResourceAsStream("/openapi.yaml")) {
            ctx.contentType("application/yaml; charset=utf-8").result(in.readAllBytes());
        }
    }

    private static boolean hasJsonBody(Context ctx) {
        String type = ctx.res().getContentType();
        return type != null
                && type.contains("json")
                && ctx.result() != null
                && !ctx.result().isEmpty();
    }

    private static void securityHeaders(Context ctx) {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header(
                "Content-Security-Policy",
                "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; object-src 'none';"
                        + " frame-ancestors 'none'");
    }

    private static void limitBody(Context ctx, long max) {
        long length = ctx.contentLength();
        if (length > max) {
            throw new ProblemException(tooLarge(max));
        }
    }

    private static Problem tooLarge(long max) {
        return Problem.of(413, "TOO_LARGE", "The request body is larger than the limit of " + max + " bytes.")
                .with("limit_bytes", max);
    }

    private static Problem fromHttp(HttpResponseException e) {
        if (e.getStatus() == 413) {
            return Problem.of(413, "TOO_LARGE", "The request body is larger than the server's limit.");
        }
        return Problem.of(e.getStatus(), "HTTP_" + e.getStatus(), e.getMessage() == null ? "" : e.getMessage());
    }

    private static void problem(Context ctx, Problem p) {
        ctx.contentType("application/problem+json; charset=utf-8");
        Responses.json(ctx, p.status(), ProblemJson.of(p));
        ctx.contentType("application/problem+json; charset=utf-8");
    }

    /** The port listened on. */
    public int port() {
        return app.port();
    }

    /** The address of the pages. */
    public URI address() {
        String shown = host.equals("0.0.0.0") ? "localhost" : host;
        return URI.create("http://" + shown + ":" + port() + "/");
    }

    /** The write token. */
    public WorkspaceToken token() {
        return token;
    }

    /** The scenarios. */
    public Workspace workspace() {
        return workspace;
    }

    /** Every HTTP route the server registered, as "METHOD path" (for the OpenAPI contract test). */
    public List<String> routes() {
        return app.unsafe.internalRouter.allHttpHandlers().stream()
                .map((ParsedEndpoint p) -> p.endpoint)
                .filter(e -> e.method.isHttpMethod())
                .map(e -> e.method.name() + " " + e.path)
                .sorted()
                .toList();
    }

    /** Imports a scenario file if the workspace holds no scenario yet (the reference scenario on first start). */
    public Optional<Saved> preloadIfEmpty(Path file) {
        if (!workspace.list().isEmpty()) {
            return Optional.empty();
        }
        try {
            byte[] bytes = java.nio.file.Files.readAllBytes(file);
            return workspace
                    .importFile(
                            file.getFileName().toString(),
                            bytes,
                            "parley",
                            "Reference scenario, preloaded on first start")
                    .map(Optional::of)
                    .orThrow();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        app.stop();
        analyses.close();
        database.close();
    }
}
