package org.parley.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.parley.evidence.article.Article;
import org.parley.evidence.article.ArticleMetadata;
import org.parley.evidence.article.ArticleReader;
import org.parley.evidence.article.ScenarioSources;
import org.parley.evidence.claim.Claim;
import org.parley.evidence.claim.ClaimExtractor;
import org.parley.evidence.nlp.TextAnalyzer;
import org.parley.model.diagnostic.LoadResult;
import org.parley.model.scenario.Scenario;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * A command that reads reports against a scenario: loads the scenario and the reports (metadata from the
 * flags, a {@code REPORT.meta} sidecar, header lines, then the scenario's own record of the report), printing
 * located diagnostics and exiting {@value ParleyCommand#INVALID_INPUT} on any error, then extracts claims.
 */
abstract class ArticlesCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "ARTICLE", description = "Report(s) as UTF-8 text files.")
    List<Path> articles;

    @Option(names = "--scenario", required = true, paramLabel = "FILE", description = "Scenario file (YAML or JSON).")
    Path scenarioFile;

    @Option(
            names = "--outlet",
            paramLabel = "NAME",
            description = "Outlet of the report(s), overriding other metadata.")
    String outlet;

    @Option(
            names = "--date",
            paramLabel = "YYYY-MM-DD",
            description = "Date of the report(s), overriding other metadata.")
    String date;

    @Mixin
    ScenarioInput input;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public final Integer call() {
        ArticleMetadata flags = ArticleMetadata.EMPTY;
        if (outlet != null) {
            flags = flags.withOutlet(outlet);
        }
        if (date != null) {
            try {
                flags = flags.withDate(LocalDate.parse(date));
            } catch (DateTimeParseException e) {
                throw new CommandLine.ParameterException(
                        spec.commandLine(), "--date: expected YYYY-MM-DD, found " + date);
            }
        }
        checkOptions();
        Optional<Scenario> scenario = input.load(scenarioFile, err());
        if (scenario.isEmpty()) {
            return ParleyCommand.INVALID_INPUT;
        }
        List<Article> read = new ArrayList<>();
        boolean failed = false;
        ArticleReader reader = new ArticleReader();
        for (Path p : articles) {
            LoadResult<Article> r = reader.read(p, flags);
            ScenarioInput.print(r, err());
            if (r instanceof LoadResult.Loaded<Article> loaded) {
                read.add(ScenarioSources.withScenarioMetadata(scenario.get(), loaded.value()));
            } else {
                failed = true;
            }
        }
        if (failed) {
            return ParleyCommand.INVALID_INPUT;
        }
        ClaimExtractor extractor = new ClaimExtractor(scenario.get(), TextAnalyzer.english());
        List<Claim> claims = new ArrayList<>();
        read.forEach(a -> claims.addAll(extractor.extract(a)));
        int exit = run(scenario.get(), read, claims);
        out().flush();
        err().flush();
        return exit;
    }

    /** Validates options before anything is read; throw {@link #usage(String)} for a bad one. */
    void checkOptions() {}

    /** Runs the command on the loaded scenario, reports and their claims. */
    abstract int run(Scenario scenario, List<Article> articles, List<Claim> claims);

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
