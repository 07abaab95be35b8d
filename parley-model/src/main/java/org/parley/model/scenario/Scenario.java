package org.parley.model.scenario;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One negotiation at one point in time: its sources, actors, issues, the status quo, the actors'
 * positions, cited facts and each actor's alternative to a negotiated agreement.
 *
 * <p>Identifiers are unique within their kind (sources, actors, issues, facts) and every reference
 * resolves; {@link org.parley.model.io.ScenarioLoader} guarantees both for loaded files, and the
 * constructor re-checks them so that a scenario built in code is held to the same contract.
 *
 * @param formatVersion the version of the scenario format ({@value #FORMAT_VERSION} for now)
 * @param id short identifier of the scenario
 * @param title human-readable title
 * @param description what the scenario is about, may be empty
 * @param asOf the date the scenario describes
 * @param sources the reports the evidence is drawn from
 * @param actors the parties
 * @param issues the questions to be settled
 * @param statusQuo the current value of issues where one exists
 * @param positions actor × issue → where the actor stands
 * @param facts dated, cited numerical observations
 * @param alternatives each actor's best alternative to a negotiated agreement, where reported
 */
public record Scenario(
        int formatVersion,
        String id,
        String title,
        String description,
        LocalDate asOf,
        List<Source> sources,
        List<Actor> actors,
        List<Issue> issues,
        List<StatusQuo> statusQuo,
        List<Position> positions,
        List<Fact> facts,
        List<Alternative> alternatives) {

    /** The current version of the scenario format. */
    public static final int FORMAT_VERSION = 1;

    public Scenario {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        description = description == null ? "" : description;
        Objects.requireNonNull(asOf, "asOf");
        sources = List.copyOf(sources);
        actors = List.copyOf(actors);
        issues = List.copyOf(issues);
        statusQuo = List.copyOf(statusQuo);
        positions = List.copyOf(positions);
        facts = List.copyOf(facts);
        alternatives = List.copyOf(alternatives);
        Map<String, Source> sourceIds = index(sources, Source::id, "source");
        Map<String, Actor> actorIds = index(actors, Actor::id, "actor");
        Map<String, Issue> issueIds = index(issues, Issue::id, "issue");
        index(facts, Fact::id, "fact");
        for (Position p : positions) {
            require(actorIds, p.actor(), "actor");
            Issue issue = require(issueIds, p.issue(), "issue");
            issue.scale().checkValue(p.value()).ifPresent(msg -> {
                throw new IllegalArgumentException("position " + p.actor() + "/" + p.issue() + ": " + msg);
            });
            p.provenance().evidence().forEach(c -> require(sourceIds, c.source(), "source"));
        }
        for (StatusQuo s : statusQuo) {
            require(issueIds, s.issue(), "issue");
        }
        for (Alternative a : alternatives) {
            require(actorIds, a.actor(), "actor");
        }
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> key, String kind) {
        Map<String, T> map = new LinkedHashMap<>();
        for (T item : items) {
            if (map.put(key.apply(item), item) != null) {
                throw new IllegalArgumentException("duplicate " + kind + " id '" + key.apply(item) + "'");
            }
        }
        return map;
    }

    private static <T> T require(Map<String, T> map, String id, String kind) {
        T value = map.get(id);
        if (value == null) {
            throw new IllegalArgumentException("unknown " + kind + " '" + id + "'");
        }
        return value;
    }

    /** The actor with this id, if any. */
    public Optional<Actor> actor(String actorId) {
        return actors.stream().filter(a -> a.id().equals(actorId)).findFirst();
    }

    /** The issue with this id, if any. */
    public Optional<Issue> issue(String issueId) {
        return issues.stream().filter(i -> i.id().equals(issueId)).findFirst();
    }

    /** The source with this id, if any. */
    public Optional<Source> source(String sourceId) {
        return sources.stream().filter(s -> s.id().equals(sourceId)).findFirst();
    }

    /** The positions taken on one issue, in file order. */
    public List<Position> positionsOn(String issueId) {
        return positions.stream().filter(p -> p.issue().equals(issueId)).toList();
    }

    /** The positions of one actor, in file order. */
    public List<Position> positionsOf(String actorId) {
        return positions.stream().filter(p -> p.actor().equals(actorId)).toList();
    }

    /** The position of an actor on an issue, if the scenario records one. */
    public Optional<Position> position(String actorId, String issueId) {
        return positions.stream()
                .filter(p -> p.actor().equals(actorId) && p.issue().equals(issueId))
                .findFirst();
    }

    /** The status quo of an issue, if the scenario records one. */
    public Optional<StatusQuo> statusQuoOf(String issueId) {
        return statusQuo.stream().filter(s -> s.issue().equals(issueId)).findFirst();
    }

    /** The alternative of an actor, if the scenario records one. */
    public Optional<Alternative> alternativeOf(String actorId) {
        return alternatives.stream().filter(a -> a.actor().equals(actorId)).findFirst();
    }

    /** Actors by id, in file order. */
    public Map<String, Actor> actorsById() {
        return actors.stream().collect(Collectors.toMap(Actor::id, a -> a, (a, b) -> a, LinkedHashMap::new));
    }

    /** Every citation in the scenario, with the path of the element that carries it. */
    public List<Citation> citations() {
        return java.util.stream.Stream.of(
                        positions.stream().map(Position::provenance),
                        facts.stream().map(Fact::provenance),
                        statusQuo.stream().map(StatusQuo::provenance),
                        alternatives.stream().map(Alternative::provenance))
                .flatMap(s -> s)
                .flatMap(p -> p.evidence().stream())
                .toList();
    }
}
