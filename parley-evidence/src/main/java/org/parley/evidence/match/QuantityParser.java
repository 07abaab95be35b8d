package org.parley.evidence.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.evidence.nlp.Sentence;
import org.parley.evidence.nlp.Token;
import org.parley.model.scenario.Comparator;
import org.parley.model.scenario.Quantity;

/**
 * Numbers with units and comparators in a tokenised sentence.
 *
 * <ul>
 *   <li>Numbers: digits with thousands separators and decimals ("110,000", "3.5"), number words ("five"),
 *       multipliers ("1.5 million"), vague plurals as lower bounds ("hundreds of thousands" ≥ 200,000, "tens of
 *       billions" ≥ 20 billion).
 *   <li>Ranges "70-80%" (value 70, up to 80); odds "50-50" (two numbers summing to 100 with no unit) as the first
 *       side's chance in percent.
 *   <li>Units: shares, areas, distances, durations, money and counted nouns ("342 tanks"), see {@link Units}.
 *   <li>Comparators before the number: "more than", "over" (&gt;), "less than", "under" (&lt;), "at least" (≥),
 *       "up to", "within", "no more than" (≤), "about", "nearly", "almost" (≈).
 * </ul>
 *
 * Years (1900–2100 without a unit) and days of a month after a month name are dates, not quantities.
 */
public final class QuantityParser {

    private static final Pattern DIGITS = Pattern.compile("^\\$?(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?$");
    private static final Pattern RANGE_END = Pattern.compile("^[-–—](\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?$");
    private static final Map<String, Integer> WORDS = Lexicon.numberWordsWith(
            Map.entry("eleven", 11),
            Map.entry("twelve", 12),
            Map.entry("fifteen", 15),
            Map.entry("twenty", 20),
            Map.entry("thirty", 30),
            Map.entry("forty", 40),
            Map.entry("fifty", 50),
            Map.entry("sixty", 60),
            Map.entry("hundred", 100),
            Map.entry("dozen", 12));
    private static final Map<String, Double> VAGUE = Map.of(
            "dozens", 24.0, "tens", 20.0, "hundreds", 200.0, "thousands", 2000.0, "millions", 2e6, "billions", 2e9);

    private QuantityParser() {}

    /** The quantities in a sentence, in token order. */
    public static List<QuantityMention> parse(Sentence s) {
        List<QuantityMention> out = new ArrayList<>();
        int i = 0;
        while (i < s.size()) {
            Optional<QuantityMention> q = at(s, i);
            if (q.isPresent()) {
                out.add(q.get());
                i = Math.max(i + 1, q.get().end());
            } else {
                i++;
            }
        }
        return out;
    }

    private static Optional<QuantityMention> at(Sentence s, int i) {
        Token t = s.token(i);
        double value;
        boolean vague = false;
        boolean word = false;
        boolean dollar =
                t.text().startsWith("$") || (i > 0 && s.token(i - 1).text().equals("$"));
        Matcher m = DIGITS.matcher(t.text());
        if (m.matches()) {
            value = Double.parseDouble(m.group(1).replace(",", "") + (m.group(2) == null ? "" : m.group(2)));
        } else if (VAGUE.containsKey(t.lower()) && next(s, i + 1).equals("of")) {
            value = VAGUE.get(t.lower());
            vague = true;
        } else if (WORDS.containsKey(t.lower())) {
            value = WORDS.get(t.lower());
            word = true;
        } else {
            return Optional.empty();
        }
        int end = i + 1;
        OptionalDouble upTo = OptionalDouble.empty();
        Matcher r = end < s.size() ? RANGE_END.matcher(s.token(end).text()) : null;
        if (r != null && r.matches()) {
            upTo = OptionalDouble.of(
                    Double.parseDouble(r.group(1).replace(",", "") + (r.group(2) == null ? "" : r.group(2))));
            end++;
        }
        if (vague) {
            end++;
            double scale = Units.scale(next(s, end).replaceAll("s$", ""));
            if (scale > 0) {
                value *= scale;
                end++;
                if (next(s, end).equals("of")) {
                    end++;
                }
            }
        } else {
            double scale = Units.scale(next(s, end));
            if (scale > 0) {
                value *= scale;
                upTo = upTo.isPresent() ? OptionalDouble.of(upTo.getAsDouble() * scale) : upTo;
                end++;
            }
        }
        if (!vague && !word && !upTo.isPresent() && isDatePart(s, i, value)) {
            return Optional.empty();
        }
        Optional<Units.Unit> unit =
                end < s.size() ? Units.at(s.token(end).text(), next(s, end + 1), next(s, end + 2)) : Optional.empty();
        String unitName;
        QuantityMention.Kind kind;
        if (dollar) {
            unitName = "US dollars";
            kind = QuantityMention.Kind.MONEY;
        } else if (unit.isPresent()) {
            unitName = unit.get().name();
            kind = unit.get().kind();
            end += unit.get().words();
        } else if (upTo.isPresent() && value + upTo.getAsDouble() == 100 && !word) {
            return Optional.of(new QuantityMention(
                    s.index(),
                    comparatorStart(s, i),
                    end,
                    new Quantity(value, OptionalDouble.empty(), "percent", Comparator.EQ),
                    QuantityMention.Kind.ODDS));
        } else if (!word
                && end < s.size()
                && s.token(end).is("NOUN")
                && s.token(end).text().endsWith("s")) {
            unitName = Units.countNoun(s.token(end).text());
            kind = QuantityMention.Kind.COUNT;
            end++;
        } else {
            return Optional.empty();
        }
        if (upTo.isPresent() && upTo.getAsDouble() < value) {
            upTo = OptionalDouble.empty();
        }
        int start = comparatorStart(s, i);
        Comparator comparator = vague ? Comparator.GE : comparator(s, start, i);
        return Optional.of(
                new QuantityMention(s.index(), start, end, new Quantity(value, upTo, unitName, comparator), kind));
    }

    private static boolean isDatePart(Sentence s, int i, double value) {
        boolean year = value >= 1900
                && value <= 2100
                && value == Math.rint(value)
                && !s.token(i).text().contains(",");
        boolean dayAfterMonth = i > 0 && DateParser.month(s.token(i - 1).text()) > 0 && value <= 31;
        boolean dayBeforeMonth =
                i + 1 < s.size() && DateParser.month(s.token(i + 1).text()) > 0 && value <= 31;
        return (year
                        && (i + 1 >= s.size()
                                || Units.at(s.token(i + 1).text(), null, null).isEmpty()))
                || dayAfterMonth
                || dayBeforeMonth;
    }

    private static String next(Sentence s, int k) {
        return k < s.size() ? s.token(k).lower() : "";
    }

    private static int comparatorStart(Sentence s, int i) {
        String one = i >= 1 ? s.token(i - 1).lower() : "";
        String two = i >= 2 ? s.token(i - 2).lower() + " " + one : "";
        String three = i >= 3 ? s.token(i - 3).lower() + " " + two : "";
        if (oneOf(three, "no more than", "no less than", "not more than", "no fewer than")) {
            return i - 3;
        }
        if (oneOf(
                two,
                "more than",
                "less than",
                "fewer than",
                "at least",
                "at most",
                "up to",
                "close to",
                "just over",
                "just under",
                "in excess",
                "upwards of")) {
            return i - 2;
        }
        if (oneOf(
                one,
                "over",
                "above",
                "under",
                "below",
                "within",
                "about",
                "around",
                "approximately",
                "roughly",
                "nearly",
                "almost",
                "some",
                "~",
                "exceeding")) {
            return i - 1;
        }
        return i;
    }

    private static Comparator comparator(Sentence s, int start, int number) {
        if (start == number) {
            return Comparator.EQ;
        }
        StringBuilder b = new StringBuilder();
        for (int k = start; k < number; k++) {
            b.append(k > start ? " " : "").append(s.token(k).lower());
        }
        return switch (b.toString()) {
            case "more than", "over", "above", "just over", "exceeding", "upwards of", "in excess" -> Comparator.GT;
            case "less than", "fewer than", "under", "below", "just under" -> Comparator.LT;
            case "at least", "no less than", "no fewer than" -> Comparator.GE;
            case "at most", "up to", "within", "no more than", "not more than" -> Comparator.LE;
            default -> Comparator.APPROX;
        };
    }

    private static boolean oneOf(String text, String... options) {
        for (String o : options) {
            if (text.equals(o)) {
                return true;
            }
        }
        return false;
    }
}
