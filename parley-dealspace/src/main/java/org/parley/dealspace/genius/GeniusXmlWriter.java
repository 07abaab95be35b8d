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
        issues(xml, space, "description", (j, k) -> escape(space.issue(j).describe(k)));
        return xml.append("</objective>\n</utility_space>\n</negotiation_template>\n")
                .toString();
    }

    /** A profile file ({@code utility_space}). */
    public static String profile(AdditiveUtility utility, double reservation, double discountFactor) {
        OutcomeSpace space = utility.space();
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        issues(xml, space, "evaluation", (j, k) -> number(utility.value(j, k)));
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

    /** What an item carries besides its value: its description in a domain, its evaluation in a profile. */
    private interface ItemAttribute {
        String of(int issue, int value);
    }

    /**
     * Opens {@code utility_space} and the root {@code objective} and writes every issue with its items, each
     * item with {@code name="…"} from {@code attribute}; the caller closes the objective.
     */
    private static void issues(StringBuilder xml, OutcomeSpace space, String name, ItemAttribute attribute) {
        xml.append("<utility_space number_of_issues=\"")
                .append(space.issueCount())
                .append("\">\n");
        xml.append("<objective index=\"0\" etype=\"objective\" type=\"objective\" description=\"\" name=\"root\">\n");
        for (int j = 0; j < space.issueCount(); j++) {
            DiscreteIssue issue = space.issue(j);
            xml.append("  <issue index=\"")
                    .append(j + 1)
                    .append("\" etype=\"discrete\" type=\"discrete\" vtype=\"discrete\" name=\"")
                    .append(escape(issue.id()))
                    .append("\">\n");
            for (int k = 0; k < issue.size(); k++) {
                xml.append("    <item index=\"")
                        .append(k + 1)
                        .append("\" value=\"")
                        .append(escape(issue.value(k).toString()))
                        .append("\" ")
                        .append(name)
                        .append("=\"")
                        .append(attribute.of(j, k))
                        .append("\"/>\n");
            }
            xml.append("  </issue>\n");
        }
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
