package org.parley.evidence.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Adjectives of nationality for state names ("Russia" → "Russian"): a table of irregular forms for common
 * states, otherwise the regular English endings (-ia → -ian, -a → -an, -e → -ian, -n → -ian). Also the initials
 * of multi-word names ("United States" → "US", "U.S.").
 */
final class Demonyms {

    private static final Map<String, List<String>> IRREGULAR = Map.ofEntries(
            Map.entry("United States", List.of("American", "US", "U.S.")),
            Map.entry("United Kingdom", List.of("British", "UK", "U.K.")),
            Map.entry("China", List.of("Chinese")),
            Map.entry("France", List.of("French")),
            Map.entry("Germany", List.of("German")),
            Map.entry("Qatar", List.of("Qatari")),
            Map.entry("Israel", List.of("Israeli")),
            Map.entry("Turkey", List.of("Turkish")),
            Map.entry("Türkiye", List.of("Turkish")),
            Map.entry("Poland", List.of("Polish")),
            Map.entry("Japan", List.of("Japanese")),
            Map.entry("Switzerland", List.of("Swiss")),
            Map.entry("Netherlands", List.of("Dutch")),
            Map.entry("Saudi Arabia", List.of("Saudi")),
            Map.entry("Belarus", List.of("Belarusian")),
            Map.entry("Iraq", List.of("Iraqi")),
            Map.entry("Pakistan", List.of("Pakistani")),
            Map.entry("Vietnam", List.of("Vietnamese")),
            Map.entry("Spain", List.of("Spanish")),
            Map.entry("Sweden", List.of("Swedish")),
            Map.entry("Finland", List.of("Finnish")),
            Map.entry("Denmark", List.of("Danish")),
            Map.entry("Greece", List.of("Greek")),
            Map.entry("Egypt", List.of("Egyptian")),
            Map.entry("Brazil", List.of("Brazilian")),
            Map.entry("India", List.of("Indian")),
            Map.entry("Iran", List.of("Iranian")));

    private Demonyms() {}

    /** The nationality adjectives of a state's name. */
    static List<String> of(String name) {
        List<String> irregular = IRREGULAR.get(name);
        if (irregular != null) {
            return irregular;
        }
        List<String> out = new ArrayList<>();
        if (name.contains(" ")) {
            return out;
        }
        if (name.endsWith("ia") || name.endsWith("a")) {
            out.add(name + "n");
        } else if (name.endsWith("e")) {
            out.add(name.substring(0, name.length() - 1) + "ian");
        } else if (name.endsWith("n") || name.endsWith("l")) {
            out.add(name + "ian");
        }
        return out;
    }

    /** Initials of a name of two or more capitalised words ("United Kingdom" → "UK", "U.K."). */
    static List<String> initials(String name) {
        String[] words = name.split(" ");
        if (words.length < 2) {
            return List.of();
        }
        StringBuilder plain = new StringBuilder();
        StringBuilder dotted = new StringBuilder();
        for (String w : words) {
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
                return List.of();
            }
            plain.append(w.charAt(0));
            dotted.append(w.charAt(0)).append('.');
        }
        return List.of(plain.toString(), dotted.toString());
    }
}
