package org.parley.evidence.claim;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One claim found in a report: who does what on which issue, with which value, how firmly, on whose word.
 *
 * @param article the report's file name
 * @param start first code point of the supporting span (the sentence) in the report
 * @param end one past the last code point of the span
 * @param actor the actor's id, when one could be identified
 * @param act what the actor does
 * @param issue the issue's id, when the sentence names one
 * @param value the value given, when the sentence gives one
 * @param polarity for or against
 * @param modality how firmly
 * @param attribution on whose word, reported by which outlet
 * @param articleDate the report's date, when known
 * @param eventDate the date the sentence gives for the statement or event ("On June 14, …"), when it gives one
 * @param cue the word that signalled the act (for review), empty for facts without one
 */
public record Claim(
        String article,
        int start,
        int end,
        Optional<String> actor,
        Act act,
        Optional<String> issue,
        Optional<ClaimValue> value,
        Polarity polarity,
        Modality modality,
        Attribution attribution,
        Optional<LocalDate> articleDate,
        Optional<LocalDate> eventDate,
        String cue) {
    public Claim {
        Objects.requireNonNull(article, "article");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("claim span must satisfy 0 <= start < end");
        }
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(act, "act");
        Objects.requireNonNull(issue, "issue");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(polarity, "polarity");
        Objects.requireNonNull(modality, "modality");
        Objects.requireNonNull(attribution, "attribution");
        Objects.requireNonNull(articleDate, "articleDate");
        Objects.requireNonNull(eventDate, "eventDate");
        Objects.requireNonNull(cue, "cue");
    }

    /** The date the claim speaks for: the event date when given, else the article date. */
    public Optional<LocalDate> date() {
        return eventDate.or(() -> articleDate);
    }
}
