package org.parley.forecast.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Number formatting shared by the reports: 4 decimals, half-up, trailing zeros dropped. Package-private. */
final class Numbers {
    private Numbers() {}

    static String fixed(double v) {
        if (!Double.isFinite(v)) {
            return "-";
        }
        String s = BigDecimal.valueOf(v)
                .setScale(4, RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
        return s.equals("-0") ? "0" : s;
    }

    static String csv(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
