package org.parley.evidence.article;

import java.util.Optional;
import org.parley.model.scenario.Scenario;
import org.parley.model.scenario.Source;

/** Metadata a scenario already records for a report, found by the SHA-256 of its bytes or its file name. */
public final class ScenarioSources {

    private ScenarioSources() {}

    /** The scenario's source for an article, if it lists one with the same hash (or, lacking a hash, file name). */
    public static Optional<Source> sourceOf(Scenario scenario, Article article) {
        return scenario.sources().stream()
                .filter(s -> s.sha256().map(h -> h.equals(article.sha256())).orElse(false))
                .findFirst()
                .or(() -> scenario.sources().stream()
                        .filter(s -> s.sha256().isEmpty()
                                && s.file()
                                        .map(f -> f.equals(article.fileName()))
                                        .orElse(false))
                        .findFirst());
    }

    /** The article with missing metadata filled from the scenario's record of it. */
    public static Article withScenarioMetadata(Scenario scenario, Article article) {
        return sourceOf(scenario, article)
                .map(s -> new Article(
                        article.fileName(),
                        article.text(),
                        article.sha256(),
                        article.metadata()
                                .orElse(new ArticleMetadata(
                                        Optional.of(s.outlet()),
                                        Optional.of(s.title()),
                                        Optional.of(s.date()),
                                        Optional.empty(),
                                        s.url()))))
                .orElse(article);
    }
}
