package org.parley.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.parley.model.diagnostic.LoadResult;
import org.parley.model.scenario.Actor;
import org.parley.model.scenario.ActorKind;
import org.parley.model.scenario.Citation;
import org.parley.model.scenario.CitationKind;
import org.parley.model.scenario.Issue;
import org.parley.model.scenario.IssueScale;
import org.parley.model.scenario.IssueValue;
import org.parley.model.scenario.Level;
import org.parley.model.scenario.Position;
import org.parley.model.scenario.Provenance;
import org.parley.model.scenario.Scenario;
import org.parley.model.scenario.Source;
import org.parley.model.scenario.ValueSet;

/** YAML → model → JSON → model is lossless, for generated scenarios. */
class RoundTripPropertiesTest {

    private static Scenario load(String name, String text) {
        LoadResult<Scenario> r =
                new ScenarioLoader().parse(name, text.getBytes(StandardCharsets.UTF_8), Optional.empty());
        return r.orElseThrow();
    }

    @Property(tries = 150)
    void yamlToModelToJsonToModelIsLossless(@ForAll("scenarios") Scenario scenario) {
        Scenario fromYaml = load("g.yaml", ScenarioWriter.toYaml(scenario));
        assertThat(fromYaml).isEqualTo(scenario);
        Scenario fromJson = load("g.json", ScenarioWriter.toJson(fromYaml));
        assertThat(fromJson).isEqualTo(scenario);
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        Arbitrary<String> text = Arbitraries.oneOf(
                Arbitraries.strings()
                        .withCharRange(' ', '~')
                        .ofMinLength(1)
                        .ofMaxLength(20)
                        .filter(s -> !s.isBlank()),
                Arbitraries.of("true", "null", "2025-01-01", "85000", "- x", "a: b", "#x", "é ü 😀", "'q'", "yes"));
        Arbitrary<Double> numbers = Arbitraries.oneOf(
                Arbitraries.doubles().between(0, 1e6),
                Arbitraries.integers().between(0, 1_000_000).map(Integer::doubleValue),
                Arbitraries.of(0.1, 1e-9, 123.456789012345));
        return Arbitraries.integers()
                .between(1, 4)
                .flatMap(nActors -> Arbitraries.integers()
                        .between(1, 4)
                        .flatMap(nIssues ->
                                Arbitraries.longs().map(seed -> generate(seed, nActors, nIssues, text, numbers))));
    }

    private static Scenario generate(
            long seed, int nActors, int nIssues, Arbitrary<String> text, Arbitrary<Double> numbers) {
        java.util.Random rnd = new java.util.Random(seed);
        List<String> texts = text.sampleStream().limit(40).toList();
        List<Double> nums = numbers.sampleStream().limit(40).toList();
        java.util.function.Supplier<String> t = () -> texts.get(rnd.nextInt(texts.size()));
        java.util.function.Supplier<Double> n = () -> nums.get(rnd.nextInt(nums.size()));
        Source source = new Source(
                "src",
                t.get(),
                t.get(),
                LocalDate.of(2025, 1, 1 + rnd.nextInt(28)),
                rnd.nextBoolean() ? Optional.of("https://example.org/" + rnd.nextInt(100)) : Optional.empty(),
                Optional.empty(),
                Optional.empty());
        List<Actor> actors = new ArrayList<>();
        for (int i = 0; i < nActors; i++) {
            actors.add(new Actor(
                    "a" + i,
                    t.get(),
                    ActorKind.values()[rnd.nextInt(5)],
                    n.get(),
                    List.of(),
                    List.of(),
                    rnd.nextBoolean() ? List.of(t.get()) : List.of(),
                    rnd.nextBoolean() ? Map.of("capability", t.get()) : Map.of()));
        }
        List<Issue> issues = new ArrayList<>();
        List<Position> positions = new ArrayList<>();
        for (int i = 0; i < nIssues; i++) {
            IssueScale scale;
            switch (rnd.nextInt(4)) {
                case 0: {
                    double min = -n.get();
                    scale = new IssueScale.Continuous(t.get(), min, min + 1 + n.get());
                    break;
                }
                case 1:
                    scale = new IssueScale.Ordinal(
                            List.of(new Level("l0", t.get()), new Level("l1", t.get()), new Level("l2", t.get())));
                    break;
                case 2:
                    scale = new IssueScale.Categorical(List.of(new Level("o0", t.get()), new Level("o1", t.get())));
                    break;
                default:
                    scale = new IssueScale.Binary(t.get(), t.get());
            }
            issues.add(new Issue("i" + i, t.get(), rnd.nextBoolean() ? t.get() : "", scale, List.of()));
            for (Actor a : actors) {
                IssueValue v = scale.fromScale(rnd.nextDouble() * 100);
                Optional<ValueSet> acceptable = scale instanceof IssueScale.Continuous
                        ? Optional.of(new ValueSet.Interval(
                                OptionalDouble.empty(), OptionalDouble.of(((IssueValue.Number) v).value())))
                        : Optional.of(new ValueSet.Values(List.of(v)));
                Provenance p = rnd.nextBoolean()
                        ? new Provenance(
                                List.of(new Citation(
                                        "src",
                                        3,
                                        9 + rnd.nextInt(5),
                                        CitationKind.ANONYMOUS,
                                        Optional.empty(),
                                        OptionalInt.of(2),
                                        Optional.of(t.get()),
                                        t.get())),
                                Optional.empty(),
                                Map.of("salience", t.get()))
                        : Provenance.assumed(t.get());
                positions.add(new Position(
                        a.id(),
                        "i" + i,
                        v,
                        rnd.nextInt(101),
                        acceptable,
                        Optional.empty(),
                        rnd.nextBoolean() ? OptionalDouble.of(rnd.nextDouble()) : OptionalDouble.empty(),
                        LocalDate.of(2024, 12, 1 + rnd.nextInt(30)),
                        rnd.nextDouble(),
                        p));
            }
        }
        return new Scenario(
                1,
                "gen",
                t.get(),
                rnd.nextBoolean() ? t.get() : "",
                LocalDate.of(2025, 2, 1),
                List.of(source),
                actors,
                issues,
                List.of(),
                positions,
                List.of(),
                List.of());
    }
}
