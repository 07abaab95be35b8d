package org.parley.forecast.backtest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parley.forecast.Stance;

/**
 * Reads decided issues in the format of the classic EU decision-making data sets:
 *
 * <pre>
 * # comment lines start with '#'; blank lines are skipped
 * issue,actor,position,salience,capability,outcome
 * emissions,NL,40,80,0.08,88.33
 * </pre>
 *
 * Positions, saliences and outcomes are on 0–100; capability is any finite non-negative number; {@code
 * outcome} is repeated on every row of its issue and must agree. Every problem is reported as a {@link
 * DataError} with file and line, up to {@value #MAX_ERRORS} of them; nothing is thrown for bad input.
 * Limits: {@value #MAX_ROWS} rows, {@value #MAX_LINE} characters a line.
 */
public final class BacktestDataReader {
    /** Header the file must have (after comments). */
    public static final String HEADER = "issue,actor,position,salience,capability,outcome";
    /** At most this many errors are reported. */
    public static final int MAX_ERRORS = 50;
    /** At most this many data rows. */
    public static final int MAX_ROWS = 2_000_000;
    /** At most this many characters a line. */
    public static final int MAX_LINE = 4096;

    private BacktestDataReader() {}

    /** Reads a file; an unreadable file is one error at line 0. */
    public static ReadResult read(Path path) {
        try (Reader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return read(path.toString(), r);
        } catch (IOException | java.io.UncheckedIOException e) {
            return new ReadResult.Rejected(
                    List.of(new DataError(path.toString(), 0, "a readable UTF-8 text file", e.getMessage())));
        }
    }

    /** Reads from a reader; {@code name} is used in error messages. */
    public static ReadResult read(String name, Reader reader) throws IOException {
        BufferedReader in = new BufferedReader(reader);
        List<DataError> errors = new ArrayList<>();
        Map<String, List<Stance>> stances = new LinkedHashMap<>();
        Map<String, Double> outcomes = new LinkedHashMap<>();
        Map<String, Integer> outcomeLine = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        boolean header = false;
        int rows = 0;
        int lineNo = 0;
        String line;
        while ((line = in.readLine()) != null && errors.size() < MAX_ERRORS) {
            lineNo++;
            if (lineNo == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.length() > MAX_LINE) {
                errors.add(new DataError(name, lineNo, "at most " + MAX_LINE + " characters", line.length() + ""));
                continue;
            }
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            if (!header) {
                if (!trimmed.replace(" ", "").equalsIgnoreCase(HEADER)) {
                    errors.add(new DataError(name, lineNo, "header '" + HEADER + "'", "'" + shorten(trimmed) + "'"));
                    return new ReadResult.Rejected(errors);
                }
                header = true;
                continue;
            }
            if (++rows > MAX_ROWS) {
                errors.add(new DataError(name, lineNo, "at most " + MAX_ROWS + " rows", "more"));
                break;
            }
            String[] f = trimmed.split(",", -1);
            if (f.length != 6) {
                errors.add(new DataError(name, lineNo, "6 comma-separated fields", f.length + " field(s)"));
                continue;
            }
            String issue = f[0].strip();
            String actor = f[1].strip();
            int before = errors.size();
            if (issue.isEmpty()) {
                errors.add(new DataError(name, lineNo, "an issue id", "an empty field"));
            }
            if (actor.isEmpty()) {
                errors.add(new DataError(name, lineNo, "an actor id", "an empty field"));
            }
            double position = number(name, lineNo, "position", f[2], 0, 100, errors);
            double salience = number(name, lineNo, "salience", f[3], 0, 100, errors);
            double capability = number(name, lineNo, "capability", f[4], 0, Double.MAX_VALUE, errors);
            double outcome = number(name, lineNo, "outcome", f[5], 0, 100, errors);
            if (!issue.isEmpty() && !Double.isNaN(outcome)) {
                // checked even when other fields of the row are bad, so that every mismatch is reported
                Double known = outcomes.putIfAbsent(issue, outcome);
                outcomeLine.putIfAbsent(issue, lineNo);
                if (known != null && known != outcome) {
                    errors.add(new DataError(
                            name,
                            lineNo,
                            "outcome " + format(known) + " as on line " + outcomeLine.get(issue) + " for issue '"
                                    + issue + "'",
                            format(outcome)));
                }
            }
            if (errors.size() > before) {
                continue;
            }
            if (!seen.add(issue + "\u0000" + actor)) {
                errors.add(new DataError(
                        name,
                        lineNo,
                        "one row per actor and issue",
                        "actor '" + actor + "' again on issue '" + issue + "'"));
                continue;
            }
            stances.computeIfAbsent(issue, k -> new ArrayList<>())
                    .add(new Stance(actor, position, salience, capability));
        }
        if (!header && errors.isEmpty()) {
            errors.add(new DataError(name, lineNo, "header '" + HEADER + "'", "no header"));
        } else if (errors.isEmpty() && stances.isEmpty()) {
            errors.add(new DataError(name, lineNo, "at least one data row", "none"));
        }
        if (!errors.isEmpty()) {
            return new ReadResult.Rejected(errors);
        }
        List<DecidedIssue> issues = new ArrayList<>();
        stances.forEach((issue, list) -> issues.add(new DecidedIssue(issue, list, outcomes.get(issue))));
        return new ReadResult.Loaded(new BacktestData(name, issues));
    }

    private static double number(
            String name, int line, String field, String text, double min, double max, List<DataError> errors) {
        String t = text.strip();
        String range = max == Double.MAX_VALUE
                ? "a finite number >= " + format(min)
                : "a number in [" + format(min) + ", " + format(max) + "]";
        double v;
        try {
            v = Double.parseDouble(t);
        } catch (NumberFormatException e) {
            errors.add(new DataError(name, line, field + ": " + range, "'" + shorten(t) + "'"));
            return Double.NaN;
        }
        if (!Double.isFinite(v) || t.chars().anyMatch(Character::isLetter) && !t.matches("[-+0-9.eE]+")) {
            errors.add(new DataError(name, line, field + ": " + range, "'" + shorten(t) + "'"));
            return Double.NaN;
        }
        if (v < min || v > max) {
            errors.add(new DataError(name, line, field + ": " + range, format(v)));
            return Double.NaN;
        }
        return v;
    }

    private static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : String.format(Locale.ROOT, "%s", v);
    }

    private static String shorten(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }
}
