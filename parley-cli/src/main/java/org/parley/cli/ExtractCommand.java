package org.parley.cli;

import java.nio.file.Path;
import java.util.List;
import org.parley.evidence.article.Article;
import org.parley.evidence.claim.Claim;
import org.parley.evidence.eval.Scorer;
import org.parley.evidence.io.ClaimJson;
import org.parley.evidence.io.GoldClaim;
import org.parley.evidence.io.GoldReader;
import org.parley.model.diagnostic.LoadResult;
import org.parley.model.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code parley extract ARTICLE… --scenario FILE [--format jsonl|table] [--gold GOLD.jsonl]}: the claims of the
 * reports, as JSON lines or a table; with {@code --gold}, precision, recall and F1 per field instead.
 */
@Command(
        name = "extract",
        mixinStandardHelpOptions = true,
        description = "Extract claims (actor, act, issue, value, attribution) from reports.")
final class ExtractCommand extends ArticlesCommand {

    /** Output formats. */
    enum ClaimFormat {
        jsonl,
        table
    }

    @Option(names = "--format", paramLabel = "FORMAT", description = "jsonl (default) or table.")
    ClaimFormat format = ClaimFormat.jsonl;

    @Option(names = "--gold", paramLabel = "GOLD.jsonl", description = "Score the claims against a gold file.")
    Path gold;

    @Override
    int run(Scenario scenario, List<Article> articles, List<Claim> claims) {
        if (gold != null) {
            LoadResult<List<GoldClaim>> g = GoldReader.read(gold);
            ScenarioInput.print(g, err());
            if (!(g instanceof LoadResult.Loaded<List<GoldClaim>> loaded)) {
                return ParleyCommand.INVALID_INPUT;
            }
            List<String> names = articles.stream().map(Article::fileName).toList();
            List<GoldClaim> relevant = loaded.value().stream()
                    .filter(c -> names.contains(c.claim().article()))
                    .toList();
            out().print(Scorer.score(relevant, claims).table());
            return ParleyCommand.OK;
        }
        if (format == ClaimFormat.jsonl) {
            claims.forEach(c -> out().println(ClaimJson.line(c)));
        } else {
            out().printf(
                            "%-28s %-14s %-11s %-26s %-22s %-9s %-9s %s%n",
                            "article [span)", "actor", "act", "issue", "value", "polarity", "modality", "attribution");
            for (Claim c : claims) {
                out().printf(
                                "%-28s %-14s %-11s %-26s %-22s %-9s %-9s %s%n",
                                shorten(c.article(), 14) + " [" + c.start() + "," + c.end() + ")",
                                c.actor().orElse("-"),
                                c.act().key(),
                                c.issue().orElse("-"),
                                c.value().map(Object::toString).orElse("-"),
                                c.polarity().key(),
                                c.modality().key(),
                                c.attribution().describe());
            }
            out().printf("%d claims from %d report(s)%n", claims.size(), articles.size());
        }
        return ParleyCommand.OK;
    }

    private static String shorten(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }
}
