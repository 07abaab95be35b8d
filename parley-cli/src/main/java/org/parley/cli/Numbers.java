package org.parley.cli;

import java.util.Locale;
import org.parley.model.scenario.IssueScale;
import org.parley.model.scenario.IssueValue;
import org.parley.model.scenario.Level;

/** Number and scale formatting for terminal output. */
final class Numbers {

    private Numbers() {}

    /** A number without a needless ".0". */
    static String format(double v) {
        return IssueValue.of(v).toString();
    }

    /** One decimal. */
    static String format1(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    /** A scale in a few words. */
    static String describeScale(IssueScale scale) {
        if (scale instanceof IssueScale.Continuous c) {
            return "continuous " + format(c.min()) + "–" + format(c.max()) + " " + c.unit();
        }
        if (scale instanceof IssueScale.Ordinal o) {
            return "ordinal: "
                    + String.join(" < ", o.levels().stream().map(Level::id).toList());
        }
        if (scale instanceof IssueScale.Categorical c) {
            return "categorical: "
                    + String.join(" | ", c.options().stream().map(Level::id).toList());
        }
        IssueScale.Binary b = (IssueScale.Binary) scale;
        return "boolean: " + b.falseLabel() + " / " + b.trueLabel();
    }
}
