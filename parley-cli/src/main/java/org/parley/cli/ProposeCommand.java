package org.parley.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.parley.evidence.article.Article;
import org.parley.evidence.claim.Claim;
import org.parley.evidence.proposal.Proposal;
import org.parley.evidence.proposal.ProposalApplier;
import org.parley.evidence.proposal.ProposalRenderer;
import org.parley.evidence.proposal.Proposer;
import org.parley.model.diagnostic.LoadResult;
import org.parley.model.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code parley propose ARTICLE… --scenario FILE [--apply OUT.yaml [--accept c1,c2]]}: the scenario changes the
 * reports suggest, as a patch to review. Nothing changes unless {@code --apply} names a new file; the written
 * file is reloaded and validated, and its diagnostics decide the exit code.
 */
@Command(
        name = "propose",
        mixinStandardHelpOptions = true,
        description = "Propose scenario changes (citations, values, facts) from reports; --apply writes a new file.")
final class ProposeCommand extends ArticlesCommand {

    @Option(names = "--apply", paramLabel = "OUT.yaml", description = "Write the changed scenario to this new file.")
    Path apply;

    @Option(names = "--accept", split = ",", paramLabel = "ID", description = "Changes to apply (default: all).")
    Set<String> accept = Set.of();

    @Override
    void checkOptions() {
        if (apply != null && Files.exists(apply)) {
            throw usage("--apply: " + apply + " exists; parley never overwrites a file, name a new one");
        }
        if (!accept.isEmpty() && apply == null) {
            throw usage("--accept needs --apply");
        }
    }

    @Override
    int run(Scenario scenario, List<Article> articles, List<Claim> claims) {
        Proposal p = Proposer.propose(scenario, articles, claims);
        out().print(ProposalRenderer.patch(p));
        if (apply == null) {
            return ParleyCommand.OK;
        }
        var unknown = accept.stream()
                .filter(id -> p.changes().stream().noneMatch(c -> c.id().equals(id)))
                .toList();
        if (!unknown.isEmpty()) {
            throw usage("--accept: no change " + String.join(", ", unknown) + " in this proposal");
        }
        LoadResult<Scenario> r = ProposalApplier.apply(
                scenario, p, accept, apply, input.library(scenarioFile).directory());
        ScenarioInput.print(r, err());
        if (!r.isLoaded()) {
            return ParleyCommand.INVALID_INPUT;
        }
        out().println("wrote " + apply + " (" + (accept.isEmpty() ? p.changes().size() : accept.size())
                + " change(s) applied; re-validated)");
        return ParleyCommand.OK;
    }
}
