package org.parley.evidence.claim;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.parley.evidence.article.Article;
import org.parley.evidence.match.ActorMatcher;
import org.parley.evidence.match.DateParser;
import org.parley.evidence.match.IssueMatcher;
import org.parley.evidence.match.IssueMention;
import org.parley.evidence.match.Mention;
import org.parley.evidence.match.QuantityMention;
import org.parley.evidence.match.QuantityParser;
import org.parley.evidence.nlp.AnalyzedText;
import org.parley.evidence.nlp.Sentence;
import org.parley.evidence.nlp.TextAnalyzer;
import org.parley.model.scenario.Issue;
import org.parley.model.scenario.IssueScale;
import org.parley.model.scenario.Scenario;

/**
 * Extracts {@link Claim}s from reports, sentence by sentence, for the actors and issues of one scenario.
 *
 * <p>A sentence is split into clauses at ";", "while", "whereas" and ", but". In each clause, every issue named
 * by its lexicon (or, failing that, implied by a quantity in a continuous issue's unit) gives at most one claim:
 * the act from the nearest cue word (see {@code Cues}; a clause with a quantity and no cue is a fact; a clause
 * with neither gives nothing), the actor from the nearest actor mention before the cue outside the attribution
 * (else after it, else the speaker's actor), the value from {@code ValueFinder}, polarity from negators and verbs
 * of giving up between the cue and the issue term, modality from the cue or the auxiliary before it. Quantities
 * not used by an issue give a claim without issue when the clause names an actor. The span of every claim is its
 * sentence. Thread-safe; cost linear in the text for a fixed scenario.
 */
public final class ClaimExtractor {

    private final Scenario scenario;
    private final TextAnalyzer analyzer;
    private final ActorMatcher actors;
    private final IssueMatcher issues;
    private final ValueFinder values;
    private final Map<String, Issue> issuesById;

    /** An extractor for a scenario's actors and issues, using {@code analyzer} for the text. */
    public ClaimExtractor(Scenario scenario, TextAnalyzer analyzer) {
        this.scenario = scenario;
        this.analyzer = analyzer;
        this.actors = new ActorMatcher(scenario);
        this.issues = new IssueMatcher(scenario, analyzer);
        this.values = new ValueFinder(scenario);
        this.issuesById = scenario.issues().stream().collect(Collectors.toMap(Issue::id, i -> i));
    }

    /** The claims of one report, in text order. */
    public List<Claim> extract(Article article) {
        AnalyzedText text = analyzer.analyze(article.text());
        List<Mention> mentions = actors.mentions(text);
        Map<Integer, List<Mention>> bySentence = mentions.stream().collect(Collectors.groupingBy(Mention::sentence));
        List<Claim> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            if (isHeader(article.text(), s)) {
                continue;
            }
            List<Mention> here = bySentence.getOrDefault(s.index(), List.of());
            out.addAll(sentence(article, s, here));
        }
        return out;
    }

    private List<Claim> sentence(Article article, Sentence s, List<Mention> mentions) {
        List<IssueMention> issueMentions = issues.mentions(s);
        List<QuantityMention> quantities = QuantityParser.parse(s);
        if (issueMentions.isEmpty() && quantities.isEmpty()) {
            return List.of();
        }
        List<Cues.Hit> cues = Cues.find(s);
        AttributionFinder.Found found = AttributionFinder.find(s, mentions, article.outlet());
        List<Claim> out = new ArrayList<>();
        Set<QuantityMention> used = new HashSet<>();
        for (int[] clause : clauses(s)) {
            Set<String> seen = new HashSet<>();
            List<QuantityMention> qs = within(quantities, clause);
            List<IssueMention> ims = new ArrayList<>(issueMentions.stream()
                    .filter(m -> m.start() >= clause[0] && m.start() < clause[1])
                    .toList());
            for (QuantityMention q : qs) {
                if (q.kind() == QuantityMention.Kind.ODDS) {
                    continue;
                }
                scenario.issues().stream()
                        .filter(i -> i.scale() instanceof IssueScale.Continuous c
                                && c.unit().equals(q.quantity().unit()))
                        .filter(i -> ims.stream().noneMatch(m -> m.issue().equals(i.id())))
                        .forEach(i -> ims.add(new IssueMention(
                                i.id(),
                                s.index(),
                                q.start(),
                                q.end(),
                                q.quantity().unit())));
            }
            for (IssueMention im : ims) {
                if (!seen.add(im.issue())) {
                    continue;
                }
                Optional<Cues.Hit> cue = nearest(cues, clause, im.start());
                if (cue.isEmpty() && qs.isEmpty()) {
                    continue;
                }
                Issue issue = issuesById.get(im.issue());
                Act act = cue.map(Cues.Hit::act).orElse(Act.FACT);
                Optional<ClaimValue> value = act == Act.FACT && !qs.isEmpty()
                        ? Optional.of(new ClaimValue.Amount(closest(qs, im).quantity()))
                        : values.find(issue, s, clause[0], clause[1], qs);
                value.ifPresent(v -> qs.stream()
                        .filter(q ->
                                v instanceof ClaimValue.Amount a && a.quantity().equals(q.quantity()))
                        .forEach(used::add));
                int anchor = cue.map(Cues.Hit::index).orElse(im.start());
                Optional<String> actor = actor(mentions, clause, anchor, found);
                if (actor.isEmpty() && value.isEmpty()) {
                    continue;
                }
                out.add(claim(
                        article,
                        s,
                        actor,
                        act,
                        Optional.of(im.issue()),
                        value,
                        polarity(s, cue, im),
                        modality(s, cue),
                        found,
                        cue));
            }
            for (QuantityMention q : qs) {
                if (used.contains(q)) {
                    continue;
                }
                Optional<Cues.Hit> cue = nearest(cues, clause, q.start());
                Optional<String> actor =
                        actor(mentions, clause, cue.map(Cues.Hit::index).orElse(q.start()), found);
                if (actor.isPresent()) {
                    Act act = q.kind() == QuantityMention.Kind.ODDS
                            ? Act.PREDICTION
                            : cue.map(Cues.Hit::act).orElse(Act.FACT);
                    out.add(claim(
                            article,
                            s,
                            actor,
                            act,
                            Optional.empty(),
                            Optional.of(new ClaimValue.Amount(q.quantity())),
                            Polarity.POSITIVE,
                            modality(s, cue),
                            found,
                            cue));
                    used.add(q);
                }
            }
        }
        return out;
    }

    private Claim claim(
            Article article,
            Sentence s,
            Optional<String> actor,
            Act act,
            Optional<String> issue,
            Optional<ClaimValue> value,
            Polarity polarity,
            Modality modality,
            AttributionFinder.Found found,
            Optional<Cues.Hit> cue) {
        Attribution attribution = found.attribution();
        if (attribution.kind() == org.parley.model.scenario.CitationKind.DIRECT
                && found.speaker()
                        .flatMap(Mention::actor)
                        .filter(a -> actor.equals(Optional.of(a)))
                        .isEmpty()) {
            attribution = new Attribution(
                    org.parley.model.scenario.CitationKind.ATTRIBUTED,
                    attribution.speaker(),
                    attribution.role(),
                    attribution.count(),
                    attribution.affiliation(),
                    attribution.outlet());
        }
        return new Claim(
                article.fileName(),
                s.start(),
                s.end(),
                actor,
                act,
                issue,
                value,
                polarity,
                modality,
                attribution,
                article.metadata().date(),
                DateParser.first(s, article.metadata().date()),
                cue.map(Cues.Hit::word).orElse(""));
    }

    /** Byline and timestamp lines ("By X | Created at …") carry metadata, not claims. */
    private static boolean isHeader(String text, Sentence s) {
        return s.paragraph() <= 3 && s.tokens().stream().anyMatch(t -> t.text().equals("|"));
    }

    private static List<int[]> clauses(Sentence s) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 1; i < s.size(); i++) {
            String w = s.token(i).lower();
            boolean split = w.equals(";")
                    || w.equals("while")
                    || w.equals("whereas")
                    || (w.equals("but") && s.token(i - 1).text().equals(","));
            if (split && i - start > 2) {
                out.add(new int[] {start, i});
                start = i;
            }
        }
        out.add(new int[] {start, s.size()});
        return out;
    }

    private static List<QuantityMention> within(List<QuantityMention> qs, int[] clause) {
        return qs.stream()
                .filter(q -> q.start() >= clause[0] && q.start() < clause[1])
                .toList();
    }

    private static QuantityMention closest(List<QuantityMention> qs, IssueMention im) {
        QuantityMention best = qs.get(0);
        for (QuantityMention q : qs) {
            if (Math.abs(q.start() - im.start()) < Math.abs(best.start() - im.start())) {
                best = q;
            }
        }
        return best;
    }

    /** The cue nearest before the issue term in the clause, else the nearest after it. */
    private static Optional<Cues.Hit> nearest(List<Cues.Hit> cues, int[] clause, int at) {
        Optional<Cues.Hit> before = cues.stream()
                .filter(c -> c.index() >= clause[0] && c.index() < at)
                .reduce((a, b) -> b);
        return before.or(() -> cues.stream()
                .filter(c -> c.index() >= at && c.index() < clause[1])
                .findFirst());
    }

    private Optional<String> actor(List<Mention> mentions, int[] clause, int anchor, AttributionFinder.Found found) {
        List<Mention> candidates = mentions.stream()
                .filter(m -> m.actor().isPresent() && m.start() >= clause[0] && m.start() < clause[1])
                .filter(m -> m.end() <= found.start() || m.start() >= found.end())
                .toList();
        Optional<Mention> before =
                candidates.stream().filter(m -> m.start() < anchor).reduce((a, b) -> b);
        Optional<Mention> chosen = before.or(() -> candidates.stream().findFirst());
        if (chosen.isPresent()) {
            return chosen.get().actor();
        }
        Optional<Mention> speaker = found.speaker();
        if (speaker.flatMap(Mention::actor).isPresent()) {
            return speaker.get().actor();
        }
        Optional<String> role =
                speaker.flatMap(Mention::role).or(() -> found.attribution().affiliation());
        return role.flatMap(r -> mentions.stream()
                .filter(m -> m.actor().isPresent() && m.kind() != Mention.Kind.PERSON && m.start() >= found.start() - 8)
                .filter(m -> m.start() < found.end() + 16)
                .map(m -> m.actor().get())
                .findFirst());
    }

    private static Polarity polarity(Sentence s, Optional<Cues.Hit> cue, IssueMention im) {
        int from = Math.max(0, Math.min(cue.map(Cues.Hit::index).orElse(im.start()), im.start()) - 3);
        int to = Math.max(im.start(), cue.map(Cues.Hit::index).orElse(0));
        int flips = 0;
        for (int k = from; k < to; k++) {
            String w = s.token(k).lower();
            if (Cues.NEGATORS.contains(w)
                    || Cues.base(s.token(k), Cues.REVERSERS).isPresent()) {
                flips++;
            }
        }
        return flips % 2 == 0 ? Polarity.POSITIVE : Polarity.NEGATIVE;
    }

    private static Modality modality(Sentence s, Optional<Cues.Hit> cue) {
        if (cue.isEmpty()) {
            return Modality.ASSERTED;
        }
        Modality own = cue.get().modality();
        if (own != Modality.ASSERTED && own != Modality.MUST) {
            return own;
        }
        Modality aux = Cues.auxiliary(s, cue.get().index());
        return aux != Modality.ASSERTED ? aux : own;
    }
}
