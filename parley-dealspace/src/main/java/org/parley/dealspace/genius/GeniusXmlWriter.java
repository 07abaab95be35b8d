package org.parley.dealspace.genius;

import java.util.Locale;
import org.parley.dealspace.outcome.DiscreteIssue;
import org.parley.dealspace.outcome.OutcomeSpace;
import org.parley.dealspace.utility.AdditiveUtility;

/**
 * Writes GENIUS XML. Every issue is written as a discrete issue whose items are the (discretised) values;
 * a profile writes each value's value function value as its evaluation. GENIUS divides evaluations by the
 * issue's largest evaluation, so an issue whose best value is below 1 for the party is scaled up on import
 * into GENIUS (Parley's own reader does the same): profiles are faithful when each weighted issue reaches 1,
 * as they do for GENIUS and GeniusWeb imports and for spatial utilities whose ideal lies on the grid.
 */
public final class GeniusXmlWriter {
    private GeniusXmlWriter() {}

    /** A domain file ({@code negotiation_template}). */
    public static String domain(OutcomeSpace space) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<negotiation_template>\n");
        xml.append("<utility_space number_of_issues=\"")
                .append(space.issueCount())
                .append("\">\n");
        xml.append("<objective index=\"0\" etype=\"objective\" type=\"objective\" description=\"\" name=\"root\">\n");
        for (int j = 0; j < space.issueCount(); j++) {
            DiscreteIssue issue = space.issue(j);
            openIssue(xml, j, issue);
            for (int k = 0; k < issue.size(); k++) {
                String v = escape(issue.value(k).toString());
                xml.append("    <item index=\"")
                        .append(k + 1)
                        .append("\" value=\"")
                        .append(v)
                        .append("\" description=\"")
                        .append(escape(issue.describe(k)))
                        .append("\"/>\n");
            }
            xml.append("  </issue>\n");
        }
        return xml.append("</objective>\n</utility_space>\n</negotiation_template>\n")
                .toString();
    }

    /** A profile file ({@code utility_space}). */
    public static String profile(AdditiveUtility utility, double reservation, double discountFactor) {
        OutcomeSpace space = utility.space();
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.append("<utility_space number_of_issues=\"")
                .append(space.issueCount())
                .append("\">\n");
        xml.append("<objective index=\"0\" etype=\"objective\" type=\"objective\" description=\"\" name=\"root\">\n");
        for (int j = 0; j < space.issueCount(); j++) {
            DiscreteIssue issue = space.issue(j);
            openIssue(xml, j, issue);
            for (int k = 0; k < issue.size(); k++) {
                xml.append("    <item index=\"")
                        .append(k + 1)
                        .append("\" value=\"")
                        .append(escape(issue.value(k).toString()))
                        .append("\" evaluation=\"")
                        .append(number(utility.value(j, k)))
                        .append("\"/>\n");
            }
            xml.append("  </issue>\n");
        }
        for (int j = 0; j < space.issueCount(); j++) {
            xml.append("  <weight index=\"")
                    .append(j + 1)
                    .append("\" value=\"")
                    .append(number(utility.weight(j)))
                    .append("\"/>\n");
        }
        xml.append("</objective>\n");
        xml.append("<discount_factor value=\"").append(number(discountFactor)).append("\"/>\n");
        xml.append("<reservation value=\"").append(number(reservation)).append("\"/>\n");
        return xml.append("</utility_space>\n").toString();
    }

    private static void openIssue(StringBuilder xml, int j, DiscreteIssue issue) {
        xml.append("  <issue index=\"")
                .append(j + 1)
                .append("\" etype=\"discrete\" type=\"discrete\" vtype=\"discrete\" name=\"")
                .append(escape(issue.id()))
                .append("\">\n");
    }

    static String number(double v) {
        return String.format(Locale.ROOT, "%.12g", v)
                .replaceAll("(\\.\\d*?)0+(e|$)", "$1$2")
                .replaceAll("\\.(e|$)", ".0$1");
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
