package org.parley.evidence.article;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Metadata from the common header lines of a news text: the first line as headline; "By OUTLET | Created at
 * DATE"; "Written by NAME" or "By NAME"; a dateline "CITY (OUTLET) –"; "Published: DATE" or "Date: DATE"; "Source:
 * OUTLET". Only the first 15 lines are read.
 */
final class HeaderLines {

    private static final Pattern BY_CREATED = Pattern.compile(
            "^By\\s+(.+?)\\s*\\|\\s*(?:Created|Published|Posted)(?:\\s+at|\\s+on)?\\s+(\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern WRITTEN_BY = Pattern.compile("^(?:Written\\s+by|By)\\s+([\\p{L} .'-]{3,80})$");
    private static final Pattern DATELINE = Pattern.compile("^[A-Z][A-Z .'-]{1,40}\\s*\\(([^)]{2,40})\\)\\s*[–—-]");
    private static final Pattern DATE_LINE = Pattern.compile(
            "^(?:Published|Date|Posted|Updated)\\s*:?\\s*(\\d{4}-\\d{2}-\\d{2})", Pattern.CASE_INSENSITIVE);
    private static final Pattern SOURCE_LINE = Pattern.compile("^(?:Source|Outlet)\\s*:\\s*(.{2,80})$");

    private HeaderLines() {}

    static ArticleMetadata scan(String text) {
        ArticleMetadata m = ArticleMetadata.EMPTY;
        String[] lines = text.split("\n", 16);
        boolean titleSeen = false;
        for (int i = 0; i < Math.min(lines.length, 15); i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            if (!titleSeen) {
                titleSeen = true;
                if (line.length() <= 300) {
                    m = new ArticleMetadata(m.outlet(), Optional.of(line), m.date(), m.author(), m.url());
                }
                continue;
            }
            Matcher matcher;
            if ((matcher = BY_CREATED.matcher(line)).find()) {
                m = m.orElse(ArticleMetadata.EMPTY.withOutlet(matcher.group(1)));
                m = date(matcher.group(2))
                        .map(d -> ArticleMetadata.EMPTY.withDate(d))
                        .map(m::orElse)
                        .orElse(m);
            } else if ((matcher = WRITTEN_BY.matcher(line)).find()) {
                m = m.orElse(new ArticleMetadata(
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of(matcher.group(1)),
                        Optional.empty()));
            } else if ((matcher = DATE_LINE.matcher(line)).find()) {
                ArticleMetadata current = m;
                m = date(matcher.group(1))
                        .map(d -> current.orElse(ArticleMetadata.EMPTY.withDate(d)))
                        .orElse(m);
            } else if ((matcher = SOURCE_LINE.matcher(line)).find()) {
                m = m.orElse(ArticleMetadata.EMPTY.withOutlet(matcher.group(1).strip()));
            }
            if ((matcher = DATELINE.matcher(line)).find()) {
                m = m.orElse(ArticleMetadata.EMPTY.withOutlet(matcher.group(1).strip()));
            }
        }
        return m;
    }

    private static Optional<LocalDate> date(String iso) {
        try {
            return Optional.of(LocalDate.parse(iso));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
