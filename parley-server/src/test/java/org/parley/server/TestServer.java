package org.parley.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.parley.server.api.Json;
import tools.jackson.databind.JsonNode;

/** A workspace server on a random loopback port with an H2 database in a temporary directory. */
public final class TestServer implements AutoCloseable {

    public static final String TOKEN = "test-token-0123456789";
    public static final Path REFERENCE = Path.of("..", "examples", "ukraine-2025", "scenario.yaml");
    public static final Path SOURCES = Path.of("..", "examples", "ukraine-2025", "sources");

    private final Path dataDir;
    private final ParleyServer server;
    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    public TestServer() {
        this(ServerConfig.DEFAULT_MAX_BODY);
    }

    public TestServer(long maxBody) {
        try {
            dataDir = Files.createTempDirectory("parley-server-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server = ParleyServer.start(ServerConfig.defaults(0, dataDir)
                .withSources(SOURCES)
                .withToken(TOKEN)
                .withMaxBodyBytes(maxBody));
    }

    public ParleyServer server() {
        return server;
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    /** The reference scenario's text with another id. */
    public static String reference(String id) {
        try {
            String text = Files.readString(REFERENCE, StandardCharsets.UTF_8);
            return text.replaceFirst("(?m)^id: ukraine-2025$", "id: " + id);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A response: status, body text and the body as JSON when it is JSON. */
    public record Response(int status, String text, HttpResponse<String> raw) {
        public JsonNode json() {
            return Json.MAPPER.readTree(text);
        }
    }

    public Response send(String method, String path, String body, String contentType, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        b.method(
                method,
                body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        try {
            HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(r.statusCode(), r.body(), r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Response get(String path) {
        return send("GET", path, null, null, null);
    }

    public Response json(String method, String path, String body) {
        return send(method, path, body, "application/json", TOKEN);
    }

    /** Imports the reference scenario under {@code id}; fails the test unless it was created. */
    public Response importReference(String id) {
        Response r = send("POST", "/api/v1/scenarios?filename=scenario.yaml", reference(id), "application/yaml", TOKEN);
        if (r.status() != 201) {
            throw new AssertionError("import failed: " + r.status() + " " + r.text());
        }
        return r;
    }

    @Override
    public void close() {
        server.close();
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
