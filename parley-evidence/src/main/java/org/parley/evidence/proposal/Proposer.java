package org.parley.evidence.proposal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parley.evidence.article.Article;
import org.parley.evidence.article.ScenarioSources;
import org.parley.evidence.claim.Act;
import org.parley.evidence.claim.Claim;
import org.parley.evidence.claim.ClaimValue;
import org.parley.evidence.claim.Polarity;
import org.parley.model.scenario.Citation;
import org.parley.model.scenario.Fact;
import org.parley.model.scenario.Issue;
import org.parley.model.scenario.IssueValue;
import org.parley.model.scenario.Position;
import org.parley.model.scenario.Provenance;
import org.parley.model.scenario.Scenario;
import org.parley.model.scenario.Source;

/**
 * Turns claims into a {@link Proposal} for a scenario.
 *
 * <ul>
 *   <li>Stance claims (demand, offer, acceptance, refusal, condition) with an actor and an issue on which the
 *       scenario holds a position give a new citation, unless the scenario already cites an overlapping span of
 *       the same source.
 *   <li>When the latest dated positive demands or offers give a value that fits the issue's scale and differs
 *       from the position's, a changed value is proposed, citing the latest of them.
 *   <li>Facts with a number and an actor give a new fact, unless the scenario has one with the same actor, issue
 *       and quantity.
 * </ul>
 *
 * Reports the scenario does not list become new sources (id from outlet and date). Citation paraphrases are
 * generated from the claim's fields, never copied from the report. Outlets count as independent when their
 * names differ after case and punctuation are ignored.
 */
public final class Proposer {

    private static final Set<Act> STANCES = Set.of(Act.DEMAND, Act.OFFER, Act.ACCEPTANCE, Act.REFUSAL, Act.CONDITION);

    private Proposer() {}

    /** The proposal for claims extracted from {@code articles}. */
    public static Proposal propose(Scenario scenario, List<Article> articles, List<Claim> claims) {
        Map<String, Source> sources = new LinkedHashMap<>();
        List<Source> newSources = new ArrayList<>();
        for (Article a : articles) {
            Source s = ScenarioSources.sourceOf(scenario, a).orElseGet(() -> newSource(scenario, a, newSources));
            sources.put(a.fileName(), s);
        }
        List<ProposedChange> changes = new ArrayList<>();
        Map<String, List<Claim>> byPosition = new LinkedHashMap<>();
        for (Claim c : claims) {
            if (STANCES.contains(c.act())
                    && c.actor().isPresent()
                    && c.issue().isPresent()
                    && scenario.position(c.actor().get(), c.issue().get()).isPresent()) {
                byPosition
                        .computeIfAbsent(c.actor().get() + "/" + c.issue().get(), k -> new ArrayList<>())
                        .add(c);
            }
        }
        for (List<Claim> group : byPosition.values()) {
            Position p = scenario.position(
                            group.get(0).actor().get(), group.get(0).issue().get())
                    .orElseThrow();
            Issue issue = scenario.issue(p.issue()).orElseThrow();
            Map<String, List<Claim>> bySpan = new LinkedHashMap<>();
            group.forEach(c -> bySpan.computeIfAbsent(c.article() + ":" + c.start(), k -> new ArrayList<>())
                    .add(c));
            for (List<Claim> same : bySpan.values()) {
                Claim c = same.get(0);
                Source source = sources.get(c.article());
                if (source == null || alreadyCited(p.provenance(), source.id(), c)) {
                    continue;
                }
                changes.add(new ProposedChange.NewCitation(
                        "c" + (changes.size() + 1),
                        p.actor(),
                        p.issue(),
                        citation(source.id(), c, issue),
                        same,
                        outlets(same)));
            }
            changedValue(p, issue, group, sources, changes.size() + 1).ifPresent(changes::add);
        }
        Map<String, Integer> factIds = new HashMap<>();
        for (Claim c : claims) {
            if (c.act() != Act.FACT
                    || c.actor().isEmpty()
                    || !(c.value().orElse(null) instanceof ClaimValue.Amount a)
                    || sources.get(c.article()) == null
                    || c.date().isEmpty()) {
                continue;
            }
            boolean known = scenario.facts().stream()
                    .anyMatch(f -> f.actor().equals(c.actor())
                            && f.issue().equals(c.issue())
                            && f.quantity().equals(a.quantity()));
            if (known) {
                continue;
            }
            String base = "reported-" + c.issue().orElse(c.actor().get()).replace('_', '-');
            int n = factIds.merge(base, 1, Integer::sum);
            String id = n == 1 ? base : base + "-" + n;
            Fact fact = new Fact(
                    id,
                    "Reported: " + a.quantity()
                            + c.issue().map(i -> " (" + i + ")").orElse(""),
                    a.quantity(),
                    c.issue(),
                    c.actor(),
                    c.date().get(),
                    Provenance.cited(List.of(citation(sources.get(c.article()).id(), c, null))));
            changes.add(new ProposedChange.NewFact("c" + (changes.size() + 1), fact, List.of(c), 1));
        }
        return new Proposal(scenario.id(), newSources, changes);
    }

    private static Optional<ProposedChange> changedValue(
            Position p, Issue issue, List<Claim> group, Map<String, Source> sources, int number) {
        List<Claim> valued = group.stream()
                .filter(c -> (c.act() == Act.DEMAND || c.act() == Act.OFFER) && c.polarity() == Polarity.POSITIVE)
                .filter(c -> c.value().isPresent() && c.date().isPresent())
                .filter(c ->
                        issue.scale().checkValue(c.value().get().toIssueValue()).isEmpty())
                .sorted(Comparator.comparing((Claim c) -> c.date().get()))
                .toList();
        if (valued.isEmpty()) {
            return Optional.empty();
        }
        LocalDate latest = valued.get(valued.size() - 1).date().get();
        IssueValue to = valued.get(valued.size() - 1).value().get().toIssueValue();
        if (to.equals(p.value()) || latest.isBefore(p.asOf())) {
            return Optional.empty();
        }
        List<Claim> support = valued.stream()
                .filter(c -> c.value().get().toIssueValue().equals(to))
                .toList();
        Claim last = support.get(support.size() - 1);
        return Optional.of(new ProposedChange.ChangedValue(
                "c" + number,
                p.actor(),
                p.issue(),
                p.value(),
                to,
                citation(sources.get(last.article()).id(), last, issue),
                support,
                outlets(support)));
    }

    private static boolean alreadyCited(Provenance provenance, String sourceId, Claim c) {
        return provenance.evidence().stream()
                .anyMatch(e -> e.source().equals(sourceId) && e.start() < c.end() && c.start() < e.end());
    }

    static int outlets(List<Claim> claims) {
        return (int) claims.stream()
                .map(c -> c.attribution().outlet().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", ""))
                .distinct()
                .count();
    }

    /** A citation of the claim's span with a paraphrase generated from its fields. */
    static Citation citation(String sourceId, Claim c, Issue issue) {
        String paraphrase = "Extracted " + c.act().key() + " (" + c.modality().key() + ", "
                + c.polarity().key() + ")"
                + c.actor().map(a -> " by " + a).orElse("")
                + c.issue().map(i -> " on " + i).orElse("")
                + c.value().map(v -> ": " + v).orElse("") + ".";
        return new Citation(
                sourceId,
                c.start(),
                c.end(),
                c.attribution().kind(),
                c.attribution().speaker(),
                c.attribution().count(),
                c.attribution().affiliation(),
                paraphrase);
    }

    private static Source newSource(Scenario scenario, Article a, List<Source> added) {
        LocalDate date = a.metadata().date().orElse(scenario.asOf());
        String outlet = a.outlet();
        String slug =
                outlet.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        String base = (slug.isEmpty() ? "report" : slug) + "-" + date;
        String id = base;
        for (int n = 2; isTaken(scenario, added, id); n++) {
            id = base + "-" + n;
        }
        Source s = new Source(
                id,
                outlet,
                a.metadata().title().orElse(a.fileName()),
                date,
                a.metadata().url(),
                Optional.of(a.fileName()),
                Optional.of(a.sha256()));
        added.add(s);
        return s;
    }

    private static boolean isTaken(Scenario scenario, List<Source> added, String id) {
        return scenario.source(id).isPresent() || added.stream().anyMatch(s -> s.id().equals(id));
    }
}
