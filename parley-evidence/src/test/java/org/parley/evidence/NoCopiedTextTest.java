package org.parley.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The repository must not reproduce the reports: no run of 10 or more consecutive words from any of them. */
class NoCopiedTextTest {

    private static final int RUN = 10;

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    @Test
    void noTenWordRunOfAReportAppearsInDocsExamplesOrThisModule() throws Exception {
        Set<String> runs = new HashSet<>();
        for (Path report : Fixtures.reports()) {
            List<String> w = words(Files.readString(report));
            for (int i = 0; i + RUN <= w.size(); i++) {
                runs.add(String.join(" ", w.subList(i, i + RUN)));
            }
        }
        List<String> copied = new ArrayList<>();
        for (Path root : List.of(Path.of("../docs"), Path.of("../examples/ukraine-2025/gold"), Path.of("src"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    List<String> w = words(Files.readString(f));
                    for (int i = 0; i + RUN <= w.size(); i++) {
                        if (runs.contains(String.join(" ", w.subList(i, i + RUN)))) {
                            copied.add(f + ": " + String.join(" ", w.subList(i, i + RUN)));
                        }
                    }
                }
            }
        }
        assertThat(copied).isEmpty();
    }
}
