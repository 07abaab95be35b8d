package org.parley.evidence.eval;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Precision, recall and F1 per field, for claim detection ({@code claim}: a predicted claim whose span overlaps a
 * gold claim's) and for the whole tuple ({@code tuple}: actor, act, issue, value and polarity all equal).
 *
 * @param fields field name → counts, in a fixed order
 */
public record Score(Map<String, FieldScore> fields) {
    public Score {
        fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** The counts for a field. */
    public FieldScore field(String name) {
        FieldScore s = fields.get(name);
        if (s == null) {
            throw new IllegalArgumentException("no field " + name);
        }
        return s;
    }

    /** A fixed-width table: field, tp, fp, fn, precision, recall, F1. */
    public String table() {
        StringBuilder b = new StringBuilder(String.format(
                Locale.ROOT, "%-12s %5s %5s %5s %6s %6s %6s%n", "field", "tp", "fp", "fn", "P", "R", "F1"));
        fields.forEach((name, s) -> b.append(String.format(
                Locale.ROOT,
                "%-12s %5d %5d %5d %6.3f %6.3f %6.3f%n",
                name,
                s.tp(),
                s.fp(),
                s.fn(),
                s.precision(),
                s.recall(),
                s.f1())));
        return b.toString();
    }
}
