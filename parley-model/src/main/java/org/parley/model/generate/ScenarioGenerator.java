package org.parley.model.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.SplittableRandom;
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

/**
 * Synthetic scenarios of a given size, for benchmarks and stress tests: every actor holds a position on
 * every issue, issues cycle through the four scale kinds, half of the positions are cited (to a source
 * without a text file) and half assumed. The same seed gives the same scenario.
 */
public final class ScenarioGenerator {

    private ScenarioGenerator() {}

    /** A scenario of {@code actors × issues} positions. */
    public static Scenario generate(int actors, int issues, long seed) {
        if (actors < 1 || issues < 1) {
            throw new IllegalArgumentException("need at least one actor and one issue");
        }
        SplittableRandom rnd = new SplittableRandom(seed);
        LocalDate date = LocalDate.of(2025, 1, 15);
        Source source = new Source(
                "gen-source",
                "Generated",
                "Generated report",
                date,
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
        List<Actor> actorList = new ArrayList<>(actors);
        for (int a = 0; a < actors; a++) {
            actorList.add(new Actor(
                    "a" + a,
                    "Actor " + a,
                    ActorKind.STATE,
                    1 + rnd.nextInt(100),
                    List.of(),
                    List.of(),
                    List.of(),
                    Map.of()));
        }
        List<Issue> issueList = new ArrayList<>(issues);
        for (int i = 0; i < issues; i++) {
            issueList.add(new Issue("i" + i, "Issue " + i, "", scale(i), List.of()));
        }
        List<Position> positions = new ArrayList<>(actors * issues);
        for (Actor a : actorList) {
            for (Issue issue : issueList) {
                IssueValue value = issue.scale().fromScale(rnd.nextInt(101));
                Provenance p = rnd.nextBoolean()
                        ? Provenance.cited(List.of(new Citation(
                                "gen-source",
                                0,
                                1 + rnd.nextInt(500),
                                CitationKind.ANONYMOUS,
                                Optional.empty(),
                                OptionalInt.of(2),
                                Optional.empty(),
                                "Generated claim.")))
                        : Provenance.assumed("Generated.");
                positions.add(new Position(
                        a.id(),
                        issue.id(),
                        value,
                        rnd.nextInt(101),
                        Optional.empty(),
                        Optional.empty(),
                        OptionalDouble.empty(),
                        date,
                        0.5,
                        p));
            }
        }
        return new Scenario(
                1,
                "generated",
                "Generated " + actors + " x " + issues,
                "",
                date,
                List.of(source),
                actorList,
                issueList,
                List.of(),
                positions,
                List.of(),
                List.of());
    }

    private static IssueScale scale(int i) {
        switch (i % 4) {
            case 0:
                return new IssueScale.Continuous("units", 0, 1000);
            case 1:
                return new IssueScale.Ordinal(
                        List.of(new Level("low", "Low"), new Level("mid", "Middle"), new Level("high", "High")));
            case 2:
                return new IssueScale.Categorical(List.of(new Level("a", "Option A"), new Level("b", "Option B")));
            default:
                return new IssueScale.Binary("no", "yes");
        }
    }
}
