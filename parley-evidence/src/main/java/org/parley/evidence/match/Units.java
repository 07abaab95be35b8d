package org.parley.evidence.match;

import java.util.Map;
import java.util.Optional;

/** Unit words and their canonical spelling, with the kind of quantity they measure. */
final class Units {

    record Unit(String name, QuantityMention.Kind kind, int words) {}

    private static final Map<String, String> COUNT_SYNONYMS = Map.ofEntries(
            Map.entry("soldier", "soldiers"),
            Map.entry("soldiers", "soldiers"),
            Map.entry("troops", "soldiers"),
            Map.entry("servicemen", "soldiers"),
            Map.entry("personnel", "soldiers"),
            Map.entry("fighters", "soldiers"),
            Map.entry("tank", "tanks"),
            Map.entry("tanks", "tanks"),
            Map.entry("people", "people"),
            Map.entry("persons", "people"));

    private Units() {}

    /** The unit starting at {@code word} (and the words after it), if any. */
    static Optional<Unit> at(String word, String next, String afterNext) {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        String n = next == null ? "" : next.toLowerCase(java.util.Locale.ROOT);
        switch (w) {
            case "%", "percent", "pct" -> {
                return Optional.of(new Unit("percent", QuantityMention.Kind.SHARE, 1));
            }
            case "per" -> {
                return n.equals("cent")
                        ? Optional.of(new Unit("percent", QuantityMention.Kind.SHARE, 2))
                        : Optional.empty();
            }
            case "square", "sq", "sq." -> {
                if (n.equals("km") || n.startsWith("kilomet")) {
                    return Optional.of(new Unit("sq km", QuantityMention.Kind.AREA, 2));
                }
                if (n.startsWith("mile")) {
                    return Optional.of(new Unit("sq mi", QuantityMention.Kind.AREA, 2));
                }
                return Optional.empty();
            }
            case "km2", "km²" -> {
                return Optional.of(new Unit("sq km", QuantityMention.Kind.AREA, 1));
            }
            case "km", "kilometers", "kilometres", "kilometer", "kilometre" -> {
                return Optional.of(new Unit("km", QuantityMention.Kind.DISTANCE, 1));
            }
            case "mile", "miles" -> {
                return Optional.of(new Unit("mi", QuantityMention.Kind.DISTANCE, 1));
            }
            case "day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours" -> {
                String base = w.endsWith("s") ? w : w + "s";
                return Optional.of(new Unit(base, QuantityMention.Kind.DURATION, 1));
            }
            case "dollars", "dollar", "usd" -> {
                return Optional.of(new Unit("US dollars", QuantityMention.Kind.MONEY, 1));
            }
            case "euros", "euro" -> {
                return Optional.of(new Unit("euros", QuantityMention.Kind.MONEY, 1));
            }
            default -> {
                String count = COUNT_SYNONYMS.get(w);
                return count == null ? Optional.empty() : Optional.of(new Unit(count, QuantityMention.Kind.COUNT, 1));
            }
        }
    }

    /** The canonical unit for a plural noun counted by a number (a synonym's canonical form, or the word). */
    static String countNoun(String word) {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        return COUNT_SYNONYMS.getOrDefault(w, w);
    }

    /** Multiplier words. */
    static double scale(String word) {
        return switch (word.toLowerCase(java.util.Locale.ROOT)) {
            case "thousand" -> 1e3;
            case "million", "mln" -> 1e6;
            case "billion", "bln", "bn" -> 1e9;
            case "trillion" -> 1e12;
            default -> 0;
        };
    }
}
