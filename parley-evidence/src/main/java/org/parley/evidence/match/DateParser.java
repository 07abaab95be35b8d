package org.parley.evidence.match;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.parley.evidence.nlp.Sentence;

/**
 * Calendar dates with a day in a sentence ("On June 14", "November 7", "5 February 2025"). A date without a
 * year takes the latest year that does not put it after the reference date (the article's date).
 */
public final class DateParser {

    private static final String[] MONTHS = {
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december"
    };

    private DateParser() {}

    /** The month number (1–12) of a capitalised month name, 0 otherwise. */
    static int month(String word) {
        if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
            return 0;
        }
        String w = word.toLowerCase(Locale.ROOT);
        for (int m = 0; m < MONTHS.length; m++) {
            if (MONTHS[m].equals(w)) {
                return m + 1;
            }
        }
        return 0;
    }

    /** The first dated day in the sentence, if any, with years inferred relative to {@code reference}. */
    public static Optional<LocalDate> first(Sentence s, Optional<LocalDate> reference) {
        for (int k = 0; k < s.size(); k++) {
            final int i = k;
            int month = month(s.token(i).text());
            if (month == 0) {
                continue;
            }
            Optional<Integer> day = day(s, i + 1).or(() -> i > 0 ? day(s, i - 1) : Optional.empty());
            if (day.isEmpty()) {
                continue;
            }
            Optional<Integer> year = year(s, i + 2).or(() -> year(s, i + 1));
            try {
                if (year.isPresent()) {
                    return Optional.of(LocalDate.of(year.get(), month, day.get()));
                }
                if (reference.isEmpty()) {
                    continue;
                }
                LocalDate d = LocalDate.of(reference.get().getYear(), month, day.get());
                return Optional.of(d.isAfter(reference.get()) ? d.minusYears(1) : d);
            } catch (DateTimeException e) {
                continue;
            }
        }
        return Optional.empty();
    }

    private static Optional<Integer> day(Sentence s, int k) {
        if (k < 0 || k >= s.size() || !s.token(k).text().matches("\\d{1,2}")) {
            return Optional.empty();
        }
        int d = Integer.parseInt(s.token(k).text());
        return d >= 1 && d <= 31 ? Optional.of(d) : Optional.empty();
    }

    private static Optional<Integer> year(Sentence s, int k) {
        if (k >= s.size() || !s.token(k).text().matches("(19|20)\\d\\d")) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(s.token(k).text()));
    }
}
