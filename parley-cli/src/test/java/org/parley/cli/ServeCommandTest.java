package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.server.ParleyServer;
import picocli.CommandLine;

class ServeCommandTest {

    private static Optional<ParleyServer> start(StringWriter out, StringWriter err, String... args) {
        ServeCommand command = new ServeCommand();
        new CommandLine(command).parseArgs(args);
        return command.start(new PrintWriter(out), new PrintWriter(err));
    }

    private static String get(URI uri) throws Exception {
        return HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString())
                .body();
    }

    @Test
    void theFirstStartPrintsTheAddressAndTokenOnceAndPreloadsTheReferenceScenario(@TempDir Path data) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String token;
        try (ParleyServer server =
                start(out, err, "--port", "0", "--data", data.toString()).orElseThrow()) {
            token = Files.readString(data.resolve("token")).strip();
            assertThat(out.toString())
                    .startsWith("Parley workspace: http://127.0.0.1:" + server.port() + "/\n")
                    .contains("Write token (shown once; kept in " + data.resolve("token") + "): " + token + "\n")
                    .contains("Preloaded the reference scenario 'ukraine-2025'");
            assertThat(get(server.address().resolve("/api/v1/scenarios"))).contains("\"id\":\"ukraine-2025\"");
        }
        assertThat(err.toString()).isEmpty();

        StringWriter again = new StringWriter();
        try (ParleyServer server =
                start(again, err, "--port", "0", "--data", data.toString()).orElseThrow()) {
            assertThat(again.toString()).doesNotContain(token).doesNotContain("Preloaded");
            assertThat(server.token().value()).isEqualTo(token);
        }
    }

    @Test
    void aDatabaseThatCannotBeOpenedIsReportedWithoutAStackTrace(@TempDir Path data) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        Optional<ParleyServer> server =
                start(out, err, "--port", "0", "--data", data.toString(), "--db", "jdbc:mysql://nowhere/x");

        assertThat(server).isEmpty();
        assertThat(err.toString())
                .startsWith("parley: cannot start the workspace: ")
                .doesNotContain("\tat ");
    }
}
