package org.parley.dealspace.report;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import org.parley.dealspace.outcome.OutcomeSpace;
import org.parley.dealspace.pareto.FrontierPoint;
import org.parley.dealspace.pareto.ParetoFrontier;
import org.parley.dealspace.utility.DealSpace;
import org.parley.dealspace.utility.Party;

/**
 * Writes a frontier as CSV (RFC 4180): one row per point, columns {@code u_<party>} (9 decimals), {@code count}
 * and one column per issue with the example outcome's value.
 */
public final class FrontierCsvWriter {
    private FrontierCsvWriter() {}

    /** Writes the frontier of all parties of a deal space. */
    public static void write(DealSpace deal, ParetoFrontier frontier, Writer out) throws IOException {
        write(deal, deal.parties().stream().map(Party::id).toList(), frontier, out);
    }

    /** Writes a frontier over some of the parties ({@code partyIds}, in the frontier's order). */
    public static void write(DealSpace deal, java.util.List<String> partyIds, ParetoFrontier frontier, Writer out)
            throws IOException {
        StringBuilder header = new StringBuilder();
        for (String id : partyIds) {
            header.append(cell("u_" + id)).append(',');
        }
        header.append("count");
        OutcomeSpace space = deal.space();
        for (int j = 0; j < space.issueCount(); j++) {
            header.append(',').append(cell(space.issue(j).id()));
        }
        out.write(header.append("\r\n").toString());
        for (FrontierPoint p : frontier.points()) {
            StringBuilder row = new StringBuilder();
            for (int i = 0; i < p.dimension(); i++) {
                row.append(String.format(Locale.ROOT, "%.9f", p.utility(i))).append(',');
            }
            row.append(p.count());
            for (int j = 0; j < space.issueCount(); j++) {
                row.append(',').append(cell(space.issue(j).describe(p.example().index(j))));
            }
            out.write(row.append("\r\n").toString());
        }
    }

    /** Quotes a CSV cell when needed. */
    static String cell(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")
                ? '"' + s.replace("\"", "\"\"") + '"'
                : s;
    }
}
