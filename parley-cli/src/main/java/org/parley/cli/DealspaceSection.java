package org.parley.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.parley.dealspace.ProgressListener;
import org.parley.dealspace.bargaining.SolutionPoint;
import org.parley.dealspace.concession.PartyExplanation;
import org.parley.dealspace.outcome.Discretisation;
import org.parley.dealspace.outcome.Outcome;
import org.parley.dealspace.report.DealspaceAnalysis;
import org.parley.dealspace.report.DealspaceAnalyzer;
import org.parley.dealspace.report.DealspaceReport;
import org.parley.dealspace.utility.DealSpace;
import org.parley.dealspace.utility.ScenarioDealSpace;
import org.parley.model.scenario.Scenario;

/**
 * The deal space in brief: the negotiating parties (actors with positions), the frontier, where the bargaining
 * solutions give each party, the zone of agreement and the minimal-concession deal. {@code parley dealspace}
 * has the full report.
 */
final class DealspaceSection implements AnalysisSection {

    @Override
    public String title() {
        return "Deal space";
    }

    @Override
    public void print(Scenario scenario, PrintWriter out) {
        DealSpace deal;
        try {
            deal = ScenarioDealSpace.from(scenario, Discretisation.defaults());
        } catch (IllegalArgumentException e) {
            out.println("No deal-space analysis: " + e.getMessage() + ".");
            return;
        }
        DealspaceAnalysis a = DealspaceAnalyzer.defaults().analyse(deal, ProgressListener.NONE);
        List<String> ids = deal.parties().stream().map(p -> p.id()).toList();
        out.printf(
                "%s possible deals over %d issues (continuous issues in steps of 10 points); %d negotiating "
                        + "parties (actors with positions): %s%n",
                deal.space().size(), deal.space().issueCount(), ids.size(), String.join(", ", ids));
        out.printf(
                "Pareto frontier%s: %d points (%s)%n",
                a.pairOnly() ? " of " + String.join(" and ", a.frontierPartyIds()) : "",
                a.frontier().size(),
                a.algorithm());
        if (a.pairOnly()) {
            out.println("  " + a.frontierNote());
        }
        out.println();
        Table t = new Table(header(a, ids)).right(range(1, ids.size() + 1));
        for (SolutionPoint s : a.solutions()) {
            Object[] row = new Object[ids.size() + 1];
            row[0] = s.concept().label();
            double[] u = s.utilities();
            for (int i = 0; i < u.length; i++) {
                row[i + 1] = String.format(Locale.ROOT, "%.3f", u[i]);
            }
            t.row(row);
        }
        Object[] reservation = new Object[ids.size() + 1];
        reservation[0] = "(no deal)";
        for (int i = 0; i < ids.size(); i++) {
            reservation[i + 1] =
                    String.format(Locale.ROOT, "%.3f", deal.parties().get(i).reservation());
        }
        t.row(reservation);
        t.print(out);
        out.println();
        out.println("Zone of agreement: " + zopa(a));
        if (a.concession().outcome().isEmpty()) {
            out.println("Minimal-concession deal: none — " + a.concession().reason());
            return;
        }
        out.printf(
                Locale.ROOT,
                "Minimal-concession deal (largest concession %.3f of a party's range):%n",
                a.concession().value());
        Outcome o = a.concession().outcome().get();
        Table d = new Table("issue", "deal");
        for (int j = 0; j < o.issues(); j++) {
            d.row(deal.space().issue(j).id(), deal.space().issue(j).describe(o.index(j)));
        }
        d.print(out);
        StringBuilder c = new StringBuilder("Concessions:");
        for (PartyExplanation p : a.explanation()) {
            c.append(String.format(Locale.ROOT, " %s %.3f", p.party(), p.concession()));
        }
        out.println(c);
    }

    private static String zopa(DealspaceAnalysis a) {
        if (a.zopa().count().isPresent()) {
            return a.zopa().count().get() + " deals acceptable to all (exact count)";
        }
        if (a.zopa().bounds().isPresent()) {
            return DealspaceReport.zopaBounds(a.zopa().bounds().get()) + " (count stopped at its node budget)";
        }
        return a.zopa()
                .exists()
                .map(e -> e ? "deals acceptable to all exist (not counted: too many outcomes)" : "empty")
                .orElse(a.zopa().reason());
    }

    private static String[] header(DealspaceAnalysis a, List<String> ids) {
        String[] h = new String[ids.size() + 1];
        h[0] = "solution";
        for (int i = 0; i < ids.size(); i++) {
            h[i + 1] = ids.get(i);
        }
        return h;
    }

    private static int[] range(int from, int to) {
        return java.util.stream.IntStream.range(from, to).toArray();
    }
}
