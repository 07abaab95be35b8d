package org.parley.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.model.diagnostic.Diagnostic;
import org.parley.model.diagnostic.DiagnosticCode;
import org.parley.model.diagnostic.LoadResult;
import org.parley.model.scenario.Scenario;

class HostileInputTest {

    private static List<DiagnosticCode> codes(String yaml, LoadLimits limits) {
        LoadResult<Scenario> r =
                new ScenarioLoader(limits).parse("h.yaml", yaml.getBytes(StandardCharsets.UTF_8), Optional.empty());
        assertThat(r.isLoaded()).isFalse();
        return r.diagnostics().stream().map(Diagnostic::code).toList();
    }

    private static List<DiagnosticCode> codes(String yaml) {
        return codes(yaml, LoadLimits.DEFAULT);
    }

    @Test
    void aBillionLaughsDocumentIsStoppedByTheAliasLimit() {
        StringBuilder yaml = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 10; i++) {
            yaml.append("a").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 10; j++) {
                yaml.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
            }
            yaml.append("]\n");
        }
        assertThat(codes(yaml.toString())).containsExactly(DiagnosticCode.TOO_MANY_ALIASES);
    }

    @Test
    void anAliasToAnUndefinedAnchorIsLocated() {
        assertThat(codes("parley: 1\nid: *nowhere\n")).contains(DiagnosticCode.UNKNOWN_ANCHOR);
    }

    @Test
    void nestingBeyondTheLimitIsRejected() {
        String deep = "a: ".repeat(1) + "[".repeat(100) + "]".repeat(100) + "\n";
        assertThat(codes(deep)).containsExactly(DiagnosticCode.TOO_DEEP);
    }

    @Test
    void aFileOverTheSizeLimitIsRejectedBeforeParsing() {
        assertThat(codes("parley: 1\n" + "#".repeat(2000), LoadLimits.DEFAULT.withMaxBytes(1000)))
                .containsExactly(DiagnosticCode.TOO_LARGE);
    }

    @Test
    void nanAndInfinityAreNotNumbersParleyAccepts() {
        assertThat(codes("parley: 1\nx: .nan\ny: -.inf\n")).contains(DiagnosticCode.NOT_FINITE);
        assertThat(new ScenarioLoader()
                        .parse("n.json", "{\"parley\": NaN}".getBytes(StandardCharsets.UTF_8), Optional.empty())
                        .diagnostics())
                .extracting(Diagnostic::code)
                .containsExactly(DiagnosticCode.SYNTAX);
    }

    @Test
    void bytesThatAreNotUtf8AreLocatedToTheirLine() {
        byte[] bytes = {'a', ':', ' ', '1', '\n', 'b', ':', ' ', (byte) 0xC3, (byte) 0x28, '\n'};
        LoadResult<Scenario> r = new ScenarioLoader().parse("u.yaml", bytes, Optional.empty());
        assertThat(r.diagnostics())
                .extracting(Diagnostic::toString)
                .containsExactly(
                        "u.yaml:2:4: error NOT_UTF8: expected UTF-8 text, found the byte 0xc3, which is not UTF-8 there");
    }

    @Test
    void aDuplicateKeyIsAnErrorNotASilentOverwrite() {
        assertThat(codes("parley: 1\nid: a\nid: b\n")).contains(DiagnosticCode.DUPLICATE_KEY);
    }

    @Test
    void aFutureFormatVersionIsRefusedClearly() {
        assertThat(codes("parley: 2\nid: x\n")).contains(DiagnosticCode.UNSUPPORTED_VERSION);
    }

    @Test
    void aSourceFileNameThatLeavesTheDirectoryIsRefused() {
        assertThat(SourceLibrary.isSafeFileName("../../etc/passwd")).isFalse();
        assertThat(SourceLibrary.isSafeFileName("/etc/passwd")).isFalse();
        assertThat(SourceLibrary.isSafeFileName("a\\b.txt")).isFalse();
        assertThat(SourceLibrary.isSafeFileName("C:x.txt")).isFalse();
        assertThat(SourceLibrary.isSafeFileName("001_11fcf35e0b12b999.txt")).isTrue();
    }

    @Test
    void aScalarDocumentIsAWrongTypeNotACrash() {
        assertThat(codes("just text\n")).containsExactly(DiagnosticCode.WRONG_TYPE);
        assertThat(codes("")).containsExactly(DiagnosticCode.SYNTAX);
    }

    @Test
    void anEmojiAcrossTheYamlReadersBufferBoundaryIsReadIntact() {
        // found by the round-trip property (seed -5411453787917608349): snakeyaml-engine 3.0.1 failed here
        for (int pad = 1010; pad < 1030; pad++) {
            String title = "x".repeat(pad) + "\uD83D\uDE00";
            TreeReader.Result r = new TreeReader(LoadLimits.DEFAULT)
                    .parse("e.yaml", "title: \"" + title + "\"\n", TreeReader.Syntax.YAML);
            assertThat(r.ok()).as("padding %d", pad).isTrue();
        }
    }
}
