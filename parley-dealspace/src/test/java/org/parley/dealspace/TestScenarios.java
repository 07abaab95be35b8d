package org.parley.dealspace;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Random;
import org.parley.model.scenario.Actor;
import org.parley.model.scenario.ActorKind;
import org.parley.model.scenario.Alternative;
import org.parley.model.scenario.Issue;
import org.parley.model.scenario.IssueScale;
import org.parley.model.scenario.IssueValue;
import org.parley.model.scenario.Level;
import org.parley.model.scenario.Position;
import org.parley.model.scenario.Provenance;
import org.parley.model.scenario.Scenario;
import org.parley.model.scenario.StatusQuo;
import org.parley.model.scenario.ValueSet;

/** Scenarios built in code for tests and benchmarks. */
public final class TestScenarios {
    private TestScenarios() {}

    private static final LocalDate DAY = LocalDate.of(2025, 1, 1);
    private static final Provenance ASSUMED = Provenance.assumed("test fixture");

    public static Actor actor(String id, double capability) {
        return new Actor(id, id, ActorKind.values()[0], capability, List.of(), List.of(), List.of(), Map.of());
    }

    public static Position position(
            String actor,
            String issue,
            IssueValue value,
            double salience,
            Optional<ValueSet> acceptable,
            Optional<ValueSet> redLine) {
        return new Position(
                actor, issue, value, salience, acceptable, redLine, OptionalDouble.empty(), DAY, 1.0, ASSUMED);
    }

    /**
     * Two actors on a ceasefire-like toy: troops (continuous 0–10 thousand) and monitoring (ordinal none /
     * observers / peacekeepers). North wants 0 troops and peacekeepers, salience 60/40; South wants 10
     * troops and no monitoring, salience 50/50, red line: no peacekeepers. Alternatives .3 and .25.
     */
    public static Scenario toy() {
        Issue troops = new Issue("troops", "Troops", "", new IssueScale.Continuous("thousand", 0, 10), List.of());
        Issue monitoring = new Issue(
                "monitoring",
                "Monitoring",
                "",
                new IssueScale.Ordinal(List.of(
                        new Level("none", "no monitoring"),
                        new Level("observers", "observers"),
                        new Level("peacekeepers", "peacekeepers"))),
                List.of());
        List<Position> positions = List.of(
                position(
                        "north",
                        "troops",
                        IssueValue.of(0),
                        60,
                        Optional.of(new ValueSet.Interval(OptionalDouble.empty(), OptionalDouble.of(6))),
                        Optional.empty()),
                position("north", "monitoring", IssueValue.of("peacekeepers"), 40, Optional.empty(), Optional.empty()),
                position(
                        "south",
                        "troops",
                        IssueValue.of(10),
                        50,
                        Optional.of(new ValueSet.Interval(OptionalDouble.of(3), OptionalDouble.empty())),
                        Optional.empty()),
                position(
                        "south",
                        "monitoring",
                        IssueValue.of("none"),
                        50,
                        Optional.empty(),
                        Optional.of(new ValueSet.Values(List.of(IssueValue.of("peacekeepers"))))));
        return new Scenario(
                1,
                "toy",
                "Toy ceasefire",
                "",
                DAY,
                List.of(),
                List.of(actor("north", 2), actor("south", 1)),
                List.of(troops, monitoring),
                List.of(new StatusQuo("troops", IssueValue.of(10), ASSUMED)),
                positions,
                List.of(),
                List.of(
                        new Alternative("north", "fight on", OptionalDouble.of(0.3), ASSUMED),
                        new Alternative("south", "fight on", OptionalDouble.of(0.25), ASSUMED)));
    }

    /** A random scenario of continuous and ordinal issues (seeded), for the concession benchmark. */
    public static Scenario random(long seed, int actors, int issues) {
        Random rnd = new Random(seed);
        List<Issue> issueList = new ArrayList<>();
        for (int j = 0; j < issues; j++) {
            issueList.add(
                    new Issue("issue" + j, "Issue " + j, "", new IssueScale.Continuous("units", 0, 100), List.of()));
        }
        List<Actor> actorList = new ArrayList<>();
        List<Position> positions = new ArrayList<>();
        List<Alternative> alternatives = new ArrayList<>();
        for (int i = 0; i < actors; i++) {
            actorList.add(actor("actor" + i, 1 + rnd.nextInt(10)));
            for (int j = 0; j < issues; j++) {
                positions.add(position(
                        "actor" + i,
                        "issue" + j,
                        IssueValue.of(rnd.nextInt(11) * 10),
                        rnd.nextInt(101),
                        Optional.empty(),
                        Optional.empty()));
            }
            alternatives.add(
                    new Alternative("actor" + i, "no deal", OptionalDouble.of(0.3 + rnd.nextInt(20) / 100.0), ASSUMED));
        }
        return new Scenario(
                1,
                "random",
                "Random " + actors + "×" + issues,
                "",
                DAY,
                List.of(),
                actorList,
                issueList,
                List.of(),
                positions,
                List.of(),
                alternatives);
    }
}
