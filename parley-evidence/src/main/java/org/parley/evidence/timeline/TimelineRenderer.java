package org.parley.evidence.timeline;

import org.parley.model.scenario.Scenario;

/** A stance timeline as text: a heading per actor × issue, then one line per dated stance. */
public final class TimelineRenderer {

    private TimelineRenderer() {}

    /** The text, with actor and issue names from the scenario. */
    public static String text(StanceTimeline timeline, Scenario scenario) {
        StringBuilder b = new StringBuilder();
        for (StanceTimeline.Series s : timeline.series()) {
            String actor = scenario.actor(s.actor()).map(a -> a.name()).orElse(s.actor());
            String issue = scenario.issue(s.issue()).map(i -> i.name()).orElse(s.issue());
            b.append(actor).append(" × ").append(issue).append('\n');
            for (StanceTimeline.Point p : s.points()) {
                b.append(String.format(
                        java.util.Locale.ROOT,
                        "  %s  %-10s %-8s %-28s %s%n",
                        p.date(),
                        p.act().key(),
                        p.polarity().key(),
                        p.value().map(Object::toString).orElse("-"),
                        p.outlet()));
            }
        }
        return b.toString();
    }
}
