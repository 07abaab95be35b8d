package org.parley.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.parley.model.diagnostic.Diagnostic;
import org.parley.model.diagnostic.LoadResult;
import org.parley.model.scenario.Scenario;

/**
 * The loader's contract under hostile input: whatever the bytes, it returns a scenario or a non-empty list of
 * located errors, and never throws.
 */
class LoaderPropertiesTest {

    private static final String SMALL = new String(ScenarioLoaderTest.readAll("small.yaml"), StandardCharsets.UTF_8);

    private static void assertResultOrLocatedErrors(String name, byte[] bytes) {
        LoadResult<Scenario> r = new ScenarioLoader().parse(name, bytes, Optional.empty());
        if (!r.isLoaded()) {
            assertThat(r.errors()).isNotEmpty();
        }
        for (Diagnostic d : r.diagnostics()) {
            assertThat(d.at().file()).isEqualTo(name);
            assertThat(d.message()).isNotBlank();
        }
    }

    @Property(tries = 300)
    void mutatedScenariosGiveAResultOrLocatedErrors(@ForAll("mutations") String text) {
        assertResultOrLocatedErrors("m.yaml", text.getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 200)
    void mutatedJsonScenariosGiveAResultOrLocatedErrors(@ForAll("jsonMutations") String text) {
        assertResultOrLocatedErrors("m.json", text.getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 200)
    void randomBytesGiveAResultOrLocatedErrors(@ForAll byte[] bytes) {
        assertResultOrLocatedErrors("r.yaml", bytes);
    }

    @Property(tries = 100)
    void dropingAnyLineNeverCrashes(@ForAll @IntRange(min = 0, max = 90) int line) {
        List<String> lines = new ArrayList<>(SMALL.lines().toList());
        if (line < lines.size()) {
            lines.remove(line);
        }
        assertResultOrLocatedErrors("d.yaml", String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
    }

    @Provide
    Arbitrary<String> mutations() {
        return mutationsOf(SMALL);
    }

    @Provide
    Arbitrary<String> jsonMutations() {
        Scenario s = new ScenarioLoader()
                .parse("s.yaml", SMALL.getBytes(StandardCharsets.UTF_8), Optional.empty())
                .orElseThrow();
        return mutationsOf(ScenarioWriter.toJson(s));
    }

    private static Arbitrary<String> mutationsOf(String base) {
        Arbitrary<String> replacement = Arbitraries.oneOf(
                Arbitraries.of(
                        "",
                        "-",
                        "NaN",
                        ".inf",
                        "1e999",
                        "-5",
                        "&a",
                        "*a",
                        "[",
                        "{",
                        "}",
                        ":",
                        "'",
                        "\"",
                        "\t",
                        "null",
                        "~",
                        "true",
                        "999999999999999999999",
                        "x: y",
                        "\u0000",
                        "é",
                        "\uD83D\uDE00",
                        "- ",
                        "  ",
                        "\n",
                        "!!binary",
                        "<<: *a",
                        "? "),
                Arbitraries.strings().ofMaxLength(8));
        return Combinators.combine(
                        Arbitraries.integers().between(0, base.length()),
                        Arbitraries.integers().between(0, 12),
                        replacement)
                .as((at, cut, with) ->
                        base.substring(0, at) + with + base.substring(Math.min(base.length(), at + cut)));
    }
}
