package org.parley.evidence;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.parley.evidence.article.Article;
import org.parley.evidence.article.ArticleMetadata;
import org.parley.evidence.nlp.AnalyzedText;
import org.parley.evidence.nlp.Sentence;
import org.parley.evidence.nlp.TextAnalyzer;
import org.parley.model.io.ScenarioLoader;
import org.parley.model.scenario.Scenario;

/** Shared test inputs: the reference scenario, the five development reports, and text analysis helpers. */
public final class Fixtures {

    /** The five reports beside the repository (CI provides them). */
    public static final Path SOURCES = Path.of("../../shared/sources");

    public static final Path SCENARIO = Path.of("../examples/ukraine-2025/scenario.yaml");

    private static Scenario scenario;

    private Fixtures() {}

    /** The reference scenario, loaded once. */
    public static synchronized Scenario scenario() {
        if (scenario == null) {
            scenario = new ScenarioLoader().load(SCENARIO, Optional.of(SOURCES)).orElseThrow();
        }
        return scenario;
    }

    /** The development reports, sorted by name. */
    public static List<Path> reports() {
        try (var files = Files.list(SOURCES)) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The first sentence of an analysed text. */
    public static Sentence sentence(String text) {
        AnalyzedText analyzed = TextAnalyzer.english().analyze(text);
        return analyzed.sentences().get(0);
    }

    /** An in-memory article with an outlet and date. */
    public static Article article(String text) {
        return new Article(
                "test.txt",
                text,
                "0".repeat(64),
                ArticleMetadata.EMPTY.withOutlet("Test Wire").withDate(java.time.LocalDate.of(2025, 1, 20)));
    }
}
