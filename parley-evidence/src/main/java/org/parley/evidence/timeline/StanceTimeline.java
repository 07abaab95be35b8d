package org.parley.evidence.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.parley.evidence.claim.Act;
import org.parley.evidence.claim.Claim;
import org.parley.evidence.claim.ClaimValue;
import org.parley.evidence.claim.Polarity;

/**
 * Per actor × issue, the dated sequence of reported stances across reports, oldest first, so that a hardening or
 * softening stance is visible. A claim's date is the date it gives for the event ("On June 14, …"), else its
 * report's date; claims without actor, issue or date are left out.
 *
 * @param series one series per actor × issue, ordered by actor then issue as first seen
 */
public record StanceTimeline(List<Series> series) {

    public StanceTimeline {
        series = List.copyOf(series);
    }

    /**
     * One reported stance.
     *
     * @param date when it holds
     * @param act what the actor did
     * @param value the value, if reported
     * @param polarity for or against
     * @param outlet who reported it
     * @param article the report's file name
     * @param start the claim's first code point
     */
    public record Point(
            LocalDate date,
            Act act,
            Optional<ClaimValue> value,
            Polarity polarity,
            String outlet,
            String article,
            int start) {
        public Point {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * The stances of one actor on one issue.
     *
     * @param actor the actor's id
     * @param issue the issue's id
     * @param points oldest first
     */
    public record Series(String actor, String issue, List<Point> points) {
        public Series {
            points = List.copyOf(points);
        }
    }

    /** The timeline of a set of claims. */
    public static StanceTimeline of(List<Claim> claims) {
        Map<String, List<Point>> byKey = new LinkedHashMap<>();
        for (Claim c : claims) {
            if (c.actor().isEmpty() || c.issue().isEmpty() || c.date().isEmpty()) {
                continue;
            }
            byKey.computeIfAbsent(c.actor().get() + "\u0000" + c.issue().get(), k -> new ArrayList<>())
                    .add(new Point(
                            c.date().get(),
                            c.act(),
                            c.value(),
                            c.polarity(),
                            c.attribution().outlet(),
                            c.article(),
                            c.start()));
        }
        List<Series> out = new ArrayList<>();
        byKey.forEach((key, points) -> {
            String[] parts = key.split("\u0000");
            List<Point> sorted = points.stream()
                    .sorted(Comparator.comparing(Point::date)
                            .thenComparing(Point::article)
                            .thenComparingInt(Point::start))
                    .toList();
            out.add(new Series(parts[0], parts[1], sorted));
        });
        out.sort(Comparator.comparing(Series::actor).thenComparing(Series::issue));
        return new StanceTimeline(out);
    }
}
