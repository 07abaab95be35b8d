package org.parley.forecast.report;

import java.util.Locale;

/** The few JSON pieces the reports need, so that this module needs no JSON library. Package-private. */
final class Json {
    private Json() {}

    static String string(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"':
                    b.append("\\\"");
                    break;
                case '\\':
                    b.append("\\\\");
                    break;
                case '\n':
                    b.append("\\n");
                    break;
                case '\r':
                    b.append("\\r");
                    break;
                case '\t':
                    b.append("\\t");
                    break;
                default:
                    if (c < 0x20) {
                        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
            }
        }
        return b.append('"').toString();
    }

    /** A number with at most 4 decimals, or null when not finite. */
    static String number(double v) {
        if (!Double.isFinite(v)) {
            return "null";
        }
        return Numbers.fixed(v);
    }
}
