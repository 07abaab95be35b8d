package org.parley.server.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Benchmarks of the workspace server (not tests; see docs/benchmarks-server.md). Launches
 * {@code parley serve} as a separate process on a free loopback port with a fresh data directory, then:
 *
 * <ol>
 *   <li><b>start</b>: time from launching the process to the first answered API request, and to the reference
 *       scenario being preloaded;
 *   <li><b>readers</b>: {@code readers} concurrent clients each repeat the scenario page's API calls (scenario
 *       with head content, then the overview of the head revision) {@code rounds} times or until
 *       {@code seconds} pass; latency percentiles over all requests;
 *   <li><b>conflicts</b>: {@code writers} concurrent clients each make {@code edits} salience edits, each on
 *       the head it just read, retrying after a 409; afterwards every committed edit must be a revision whose
 *       base is its predecessor, and each writer's position must hold its last committed value.
 * </ol>
 *
 * Arguments: {@code JAR [readers rounds writers edits seconds] [--db JDBC-URL]}. Loopback only.
 */
public final class ServerBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern ADDRESS = Pattern.compile("Parley workspace: (http://127\\.0\\.0\\.1:\\d+/)");
    private static final Pattern TOKEN = Pattern.compile("#token=([A-Za-z0-9_-]+)");

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .executor(Executors.newFixedThreadPool(8))
            .build();
    private URI base;
    private String token;

    public static void main(String[] args) throws Exception {
        List<String> a = new ArrayList<>(Arrays.asList(args));
        String db = null;
        int dbAt = a.indexOf("--db");
        if (dbAt >= 0) {
            db = a.get(dbAt + 1);
            a.subList(dbAt, dbAt + 2).clear();
        }
        Path jar = Path.of(a.get(0));
        int readers = a.size() > 1 ? Integer.parseInt(a.get(1)) : 200;
        int rounds = a.size() > 2 ? Integer.parseInt(a.get(2)) : 20;
        int writers = a.size() > 3 ? Integer.parseInt(a.get(3)) : 16;
        int edits = a.size() > 4 ? Integer.parseInt(a.get(4)) : 10;
        int seconds = a.size() > 5 ? Integer.parseInt(a.get(5)) : 120;
        new ServerBenchmark().run(jar, db, readers, rounds, writers, edits, seconds);
        System.exit(0);
    }

    private void run(Path jar, String db, int readers, int rounds, int writers, int edits, int seconds)
            throws Exception {
        Path data = Files.createTempDirectory("parley-bench");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                jar.toString(),
                "serve",
                "--port",
                "0",
                "--data",
                data.toString()));
        if (db != null) {
            command.addAll(List.of("--db", db));
        }
        Process server = launch(command);
        try {
            long t0 = launchedAt;
            long first = firstResponse() - t0;
            while (!get("/api/v1/scenarios").body().contains("ukraine-2025")) {
                Thread.sleep(20);
            }
            long preloaded = System.nanoTime() - t0;
            System.out.printf(
                    Locale.ROOT,
                    "start (new data directory): first response %.0f ms after launch;"
                            + " reference preloaded after %.0f ms%n",
                    first / 1e6,
                    preloaded / 1e6);
            readers(readers, rounds, seconds, 0);
            readers(readers, rounds, seconds, 1000);
            conflicts(writers, edits, seconds);
        } finally {
            server.destroy();
            server.waitFor(10, TimeUnit.SECONDS);
        }
        base = null;
        Process again = launch(command);
        try {
            System.out.printf(
                    Locale.ROOT,
                    "start (existing data directory): first response %.0f ms after launch%n",
                    (firstResponse() - launchedAt) / 1e6);
        } finally {
            again.destroy();
            again.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private long launchedAt;

    /** Starts {@code parley serve} and reads its address (and token, on a first start) from its output. */
    private Process launch(List<String> command) throws IOException {
        launchedAt = System.nanoTime();
        Process server = new ProcessBuilder(command).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null) {
            Matcher m = ADDRESS.matcher(line);
            if (m.find()) {
                base = URI.create(m.group(1));
            }
            Matcher t = TOKEN.matcher(line);
            if (t.find()) {
                token = t.group(1);
            }
            if (base != null && token != null) {
                break;
            }
        }
        if (base == null || !InetAddress.getByName(base.getHost()).isLoopbackAddress()) {
            throw new IllegalStateException("the server did not print a loopback address");
        }
        Thread drain = new Thread(() -> {
            try {
                while (out.readLine() != null) {
                    // discard the rest of the output
                }
            } catch (IOException e) {
                // the process ended
            }
        });
        drain.setDaemon(true);
        drain.start();
        return server;
    }

    private long firstResponse() throws IOException, InterruptedException {
        while (status(get("/api/v1/scenarios")) != 200) {
            Thread.sleep(5);
        }
        return System.nanoTime();
    }

    private void readers(int readers, int rounds, int seconds, long pauseMs) throws Exception {
        int head = JSON.readTree(get("/api/v1/scenarios/ukraine-2025").body())
                .at("/scenario/head_revision")
                .asInt();
        String[] paths = {
            "/api/v1/scenarios/ukraine-2025", "/api/v1/scenarios/ukraine-2025/revisions/" + head + "/overview"
        };
        for (int i = 0; i < 5; i++) {
            for (String p : paths) {
                get(p);
            }
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(readers);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<long[]>> results = new ArrayList<>();
        for (int r = 0; r < readers; r++) {
            results.add(pool.submit(() -> {
                go.await();
                long[] latencies = new long[rounds * paths.length];
                int n = 0;
                for (int round = 0; round < rounds && System.nanoTime() < deadline; round++) {
                    if (pauseMs > 0) {
                        Thread.sleep(round == 0 ? (long) (Math.random() * pauseMs) : pauseMs);
                    }
                    for (String p : paths) {
                        long s = System.nanoTime();
                        if (status(get(p)) != 200) {
                            throw new IllegalStateException("read failed: " + p);
                        }
                        latencies[n++] = System.nanoTime() - s;
                    }
                }
                return Arrays.copyOf(latencies, n);
            }));
        }
        long start = System.nanoTime();
        go.countDown();
        long[] all = new long[0];
        for (Future<long[]> f : results) {
            long[] l = f.get();
            long[] merged = Arrays.copyOf(all, all.length + l.length);
            System.arraycopy(l, 0, merged, all.length, l.length);
            all = merged;
        }
        double wall = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        Arrays.sort(all);
        System.out.printf(
                Locale.ROOT,
                "readers: %d clients, %d requests in %.1f s (%.0f req/s); latency ms p50 %.1f, p95 %.1f, p99 %.1f, max %.1f%n",
                readers,
                all.length,
                wall,
                all.length / wall,
                pct(all, 50),
                pct(all, 95),
                pct(all, 99),
                all[all.length - 1] / 1e6);
    }

    private void conflicts(int writers, int edits, int seconds) throws Exception {
        JsonNode content =
                JSON.readTree(get("/api/v1/scenarios/ukraine-2025").body()).get("content");
        int startHead = JSON.readTree(get("/api/v1/scenarios/ukraine-2025").body())
                .at("/scenario/head_revision")
                .asInt();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<int[]>> results = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            JsonNode p = content.get("positions").get(w);
            String path = "/api/v1/scenarios/ukraine-2025/positions/"
                    + p.get("actor").asString() + "/" + p.get("issue").asString();
            int index = w;
            results.add(pool.submit(() -> {
                go.await();
                int committed = 0;
                int stale = 0;
                int last = -1;
                while (committed < edits && System.nanoTime() < deadline) {
                    JsonNode head =
                            JSON.readTree(get("/api/v1/scenarios/ukraine-2025").body());
                    int revision = head.at("/scenario/head_revision").asInt();
                    int salience = (head.at("/content/positions/" + index + "/salience")
                                            .asInt()
                                    + 1)
                            % 101;
                    String body = "{\"base_revision\": " + revision + ", \"message\": \"bench\", \"author\": \"w"
                            + index + "\", \"changes\": {\"salience\": " + salience + "}}";
                    int code = status(send("PATCH", path, body));
                    if (code == 200) {
                        committed++;
                        last = salience;
                    } else if (code == 409) {
                        stale++;
                    } else {
                        throw new IllegalStateException("edit failed with " + code);
                    }
                }
                return new int[] {committed, stale, last};
            }));
        }
        go.countDown();
        int committed = 0;
        int stale = 0;
        List<int[]> outcomes = new ArrayList<>();
        for (Future<int[]> f : results) {
            int[] r = f.get();
            outcomes.add(r);
            committed += r[0];
            stale += r[1];
        }
        pool.shutdown();
        JsonNode revisions =
                JSON.readTree(get("/api/v1/scenarios/ukraine-2025/revisions").body());
        int chainBreaks = 0;
        for (JsonNode r : revisions) {
            if (r.get("number").asInt() > 1
                    && r.get("base_revision").asInt() != r.get("number").asInt() - 1) {
                chainBreaks++;
            }
        }
        JsonNode last =
                JSON.readTree(get("/api/v1/scenarios/ukraine-2025").body()).get("content");
        int lost = 0;
        for (int w = 0; w < writers; w++) {
            int expected = outcomes.get(w)[2];
            if (expected >= 0 && last.at("/positions/" + w + "/salience").asInt() != expected) {
                lost++;
            }
        }
        int newRevisions = revisions.size() - startHead;
        System.out.printf(
                Locale.ROOT,
                "conflicts: %d writers, %d attempts: %d committed, %d refused with 409; %d new revisions;"
                        + " %d revisions not based on their predecessor; %d writers whose last committed value is gone;"
                        + " lost updates: %d%n",
                writers,
                committed + stale,
                committed,
                stale,
                newRevisions,
                chainBreaks,
                lost,
                (committed - newRevisions) + lost + chainBreaks);
    }

    private static double pct(long[] sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    private static int status(HttpResponse<String> r) {
        return r.statusCode();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(
                HttpRequest.newBuilder(base.resolve(path))
                        .timeout(Duration.ofSeconds(60))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> send(String method, String path, String body)
            throws IOException, InterruptedException {
        return client.send(
                HttpRequest.newBuilder(base.resolve(path))
                        .timeout(Duration.ofSeconds(60))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
