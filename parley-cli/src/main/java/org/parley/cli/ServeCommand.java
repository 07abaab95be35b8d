package org.parley.cli;

import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.parley.server.ParleyServer;
import org.parley.server.Saved;
import org.parley.server.ServerConfig;
import org.parley.server.api.ProblemException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code parley serve}: the web workspace. Opens (or creates) the database, preloads the reference scenario
 * on first start, prints the address and — when it was just created — the write token, and serves until
 * stopped.
 */
@Command(
        name = "serve",
        description = "Start the web workspace (REST API and pages) and print its address.",
        mixinStandardHelpOptions = true)
final class ServeCommand implements Callable<Integer> {

    static final Path REFERENCE = Path.of("examples", "ukraine-2025", "scenario.yaml");

    @Option(
            names = "--port",
            paramLabel = "PORT",
            defaultValue = "7070",
            description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(
            names = "--host",
            paramLabel = "ADDRESS",
            defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String host;

    @Option(
            names = "--db",
            paramLabel = "JDBC-URL",
            description =
                    "Database, e.g. jdbc:postgresql://host/db?user=u&password=p (default: H2 in the data directory).")
    String db;

    @Option(
            names = "--data",
            paramLabel = "DIR",
            defaultValue = "parley-data",
            description = "Data directory: H2 database and token (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(
            names = "--sources",
            paramLabel = "DIR",
            description =
                    "Source texts that citations are checked and quoted against (default: the reference scenario's).")
    Path sources;

    @Option(names = "--token", paramLabel = "TOKEN", description = "Write token to use instead of the stored one.")
    String token;

    @Option(
            names = "--max-body-mib",
            paramLabel = "MIB",
            defaultValue = "16",
            description = "Largest request body in MiB (default: ${DEFAULT-VALUE}).")
    int maxBodyMib;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<ParleyServer> started = start(out, err);
        if (started.isEmpty()) {
            return ParleyCommand.INVALID_INPUT;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            started.get().close();
            stopped.countDown();
        }));
        out.println("Press Ctrl+C to stop.");
        out.flush();
        stopped.await();
        return ParleyCommand.OK;
    }

    /**
     * Starts the server, prints its address (and the token when it was just created) and preloads the
     * reference scenario into an empty workspace; empty when the server could not start (the reason printed).
     */
    Optional<ParleyServer> start(PrintWriter out, PrintWriter err) {
        if (port < 0 || port > 65535 || maxBodyMib < 1 || maxBodyMib > 1024) {
            throw new picocli.CommandLine.ParameterException(
                    spec.commandLine(), "--port must be 0–65535 and --max-body-mib 1–1024");
        }
        Optional<Path> reference = findReference();
        Optional<Path> sourcesDir = Optional.ofNullable(sources)
                .or(() -> reference.map(r -> r.resolveSibling("sources")).filter(Files::isDirectory));
        ServerConfig config = new ServerConfig(
                host,
                port,
                Optional.ofNullable(db),
                data,
                sourcesDir,
                Optional.ofNullable(token),
                (long) maxBodyMib << 20,
                Math.max(1, Runtime.getRuntime().availableProcessors() - 1));
        ParleyServer server;
        try {
            server = ParleyServer.start(config);
        } catch (RuntimeException e) {
            err.println("parley: cannot start the workspace: " + rootMessage(e));
            err.flush();
            return Optional.empty();
        }
        out.println("Parley workspace: " + server.address());
        if (server.token().created()) {
            out.println("Write token (shown once; kept in " + data.resolve("token") + "): "
                    + server.token().value());
            out.println("Open with the token: " + server.address() + "#token="
                    + server.token().value());
        }
        out.flush();
        reference.ifPresent(r -> preload(server, r, out, err));
        out.flush();
        return Optional.of(server);
    }

    private static void preload(ParleyServer server, Path reference, PrintWriter out, PrintWriter err) {
        try {
            Optional<Saved> saved = server.preloadIfEmpty(reference);
            saved.ifPresent(s -> out.println(
                    "Preloaded the reference scenario '" + s.revision().scenario() + "' from " + reference + "."));
        } catch (ProblemException e) {
            err.println("parley: the reference scenario was not preloaded: "
                    + e.problem().detail());
            e.problem().diagnostics().forEach(d -> err.println(d));
        }
    }

    /** The reference scenario in the working directory or beside the launcher's build. */
    static Optional<Path> findReference() {
        List<Path> candidates = new ArrayList<>();
        candidates.add(REFERENCE);
        try {
            Path jar = Path.of(ServeCommand.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            Path root = jar.getParent() == null ? null : jar.getParent().getParent();
            if (root != null && root.getParent() != null) {
                candidates.add(root.getParent().resolve(REFERENCE));
            }
        } catch (URISyntaxException | SecurityException e) {
            // only the working directory is searched
        }
        return candidates.stream().filter(Files::isRegularFile).findFirst().map(Path::toAbsolutePath);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
