package org.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Body and upload limits, and request paths that must never reach a file. */
class LimitsAndPathsTest {

    private static final int LIMIT = 200_000;
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer(LIMIT);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String oversized() {
        StringBuilder s = new StringBuilder(TestServer.reference("too-big"));
        while (s.length() <= LIMIT) {
            s.append("# padding to exceed the request limit\n");
        }
        return s.toString();
    }

    @Test
    void aBodyOverTheLimitWithContentLengthIs413AndNothingIsSaved() {
        TestServer.Response r =
                server.send("POST", "/api/v1/scenarios", oversized(), "application/yaml", TestServer.TOKEN);

        assertThat(r.status()).isEqualTo(413);
        assertThat(r.json().get("code").asString()).isEqualTo("TOO_LARGE");
        assertThat(r.json().get("limit_bytes").asLong()).isEqualTo(LIMIT);
        assertThat(server.get("/api/v1/scenarios/too-big").status()).isEqualTo(404);
    }

    @Test
    void aChunkedBodyOverTheLimitIs413Too() throws Exception {
        byte[] bytes = oversized().getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(server.uri("/api/v1/scenarios"))
                .header("Authorization", "Bearer " + TestServer.TOKEN)
                .header("Content-Type", "application/yaml")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)))
                .build();

        HttpResponse<String> r = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .build()
                .send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.body()).contains("\"code\":\"TOO_LARGE\"");
        assertThat(server.get("/api/v1/scenarios/too-big").status()).isEqualTo(404);
    }

    @Test
    void aBodyUnderTheLimitIsAccepted() {
        assertThat(server.importReference("small-enough").status()).isEqualTo(201);
    }

    @Test
    void theLoadersLimitsApplyToUploads() {
        String deep = "parley: 1\nid: deep\nx: " + "[".repeat(100) + "]".repeat(100) + "\n";
        String bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                + "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
                + "e: [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\n";

        TestServer.Response tooDeep =
                server.send("POST", "/api/v1/scenarios?filename=deep.yaml", deep, "application/yaml", TestServer.TOKEN);
        TestServer.Response aliases =
                server.send("POST", "/api/v1/scenarios?filename=bomb.yaml", bomb, "application/yaml", TestServer.TOKEN);

        assertThat(tooDeep.status()).isEqualTo(400);
        assertThat(tooDeep.json().get("diagnostics").findValuesAsString("code")).contains("TOO_DEEP");
        assertThat(aliases.status()).isEqualTo(400);
        assertThat(aliases.json().get("diagnostics").findValuesAsString("code")).contains("TOO_MANY_ALIASES");
    }

    @Test
    void anUploadsFileNameIsOnlyShownNeverOpened() {
        String bad = TestServer.reference("named").replaceFirst("salience: \\d+", "salience: 140");

        TestServer.Response r = server.send(
                "POST",
                "/api/v1/scenarios?filename=..%2F..%2F..%2Fetc%2Fpasswd",
                bad,
                "application/yaml",
                TestServer.TOKEN);

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().at("/diagnostics/0/file").asString()).isEqualTo("passwd");
        assertThat(r.text()).doesNotContain("root:");
    }

    @Test
    void aSourceFileNameThatLeavesTheSourcesDirectoryIsRefused() {
        String hostile = TestServer.reference("hostile")
                .replaceFirst("file: 001_11fcf35e0b12b999.txt", "file: ../../../../etc/passwd");

        TestServer.Response r = server.send("POST", "/api/v1/scenarios", hostile, "application/yaml", TestServer.TOKEN);

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.text()).doesNotContain("root:");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/../../../../etc/passwd",
                "/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
                "/js/..%2f..%2f..%2fopenapi.yaml",
                "/js/../../openapi.yaml",
                "/..%5c..%5copenapi.yaml",
                "/org/parley/server/ParleyServer.class",
                "/db/migration/V1__scenarios_and_revisions.sql",
                "/logback-test.xml",
                "/api/v1/scenarios/..%2f..%2fetc%2fpasswd"
            })
    void noRequestPathReachesAFileOutsideThePages(String path) throws IOException {
        String response = raw("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        String status = response.substring(0, response.indexOf("\r\n"));
        assertThat(status).doesNotContain(" 200 ");
        assertThat(response)
                .doesNotContain("root:")
                .doesNotContain("openapi: 3")
                .doesNotContain("CREATE TABLE");
    }

    @Test
    void thePagesAndTheVendoredChartLibraryAreServed() {
        assertThat(server.get("/").text()).contains("<title>Parley workspace</title>");
        TestServer.Response echarts = server.get("/vendor/echarts/echarts.min.js");
        assertThat(echarts.status()).isEqualTo(200);
        assertThat(echarts.raw().headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }

    private static String raw(String request) throws IOException {
        URI uri = server.uri("/");
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
