package org.parley.model.io;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.parley.model.diagnostic.Diagnostic;
import org.parley.model.diagnostic.DiagnosticCode;
import org.parley.model.scenario.Citation;
import org.parley.model.scenario.CitationKind;
import org.parley.model.scenario.Provenance;

/** Binds {@code evidence}, {@code assumed}, {@code reason} and {@code assumptions} of an element. */
final class ProvenanceBinder {

    private final Set<String> sourceIds;
    private final List<Diagnostic> diagnostics;

    ProvenanceBinder(Set<String> sourceIds, List<Diagnostic> diagnostics) {
        this.sourceIds = sourceIds;
        this.diagnostics = diagnostics;
    }

    /**
     * Binds the provenance of an element.
     *
     * @param f the element
     * @param assumableFields the fields an {@code assumptions} entry may name
     * @param evidenceRequired whether the element needs evidence or {@code assumed: true}
     */
    Provenance bind(Fields f, Set<String> assumableFields, boolean evidenceRequired) {
        List<Citation> evidence = f.list("evidence", (c, i) -> citation(c));
        boolean assumed = f.bool("assumed").orElse(false);
        Optional<String> reason = f.text("reason");
        if (assumed && reason.isEmpty() && !f.has("reason")) {
            diagnostics.add(Diagnostic.error(
                            DiagnosticCode.MISSING_KEY,
                            f.at("assumed"),
                            f.path("reason"),
                            "a reason for the assumption",
                            "")
                    .withHint("say why the value is assumed"));
        }
        if (!assumed && reason.isPresent()) {
            diagnostics.add(Diagnostic.error(
                    DiagnosticCode.INCONSISTENT,
                    f.at("reason"),
                    f.path("reason"),
                    "a reason only together with 'assumed: true'",
                    "a reason on an element not marked assumed"));
        }
        boolean hasEvidenceKey =
                f.node("evidence") instanceof Node.ListNode l && !l.items().isEmpty();
        if (evidenceRequired && !hasEvidenceKey && !assumed) {
            diagnostics.add(Diagnostic.error(
                            DiagnosticCode.MISSING_EVIDENCE,
                            f.at(),
                            f.path("evidence"),
                            "at least one citation, or 'assumed: true' with a reason",
                            "neither")
                    .withHint("cite the report that supports it"));
        }
        checkAssumptionKeys(f, assumableFields, diagnostics);
        return new Provenance(
                evidence, assumed ? Optional.of(reason.orElse("")) : Optional.empty(), f.textMap("assumptions"));
    }

    /** Reports {@code assumptions} keys that name no field of the element. */
    static void checkAssumptionKeys(Fields f, Set<String> assumableFields, List<Diagnostic> diagnostics) {
        for (Map.Entry<String, Node.Entry> e : f.entries("assumptions").entrySet()) {
            if (!assumableFields.contains(e.getKey())) {
                diagnostics.add(Diagnostic.error(
                                DiagnosticCode.UNKNOWN_KEY,
                                e.getValue().keyAt(),
                                Paths.child(f.path("assumptions"), e.getKey()),
                                "one of the fields "
                                        + String.join(
                                                ", ",
                                                assumableFields.stream()
                                                        .sorted()
                                                        .toList()),
                                "'" + e.getKey() + "'")
                        .withHint(Suggestions.didYouMean(e.getKey(), assumableFields)));
            }
        }
    }

    private Citation citation(Fields c) {
        Optional<String> source = c.text("source");
        source.filter(s -> !sourceIds.contains(s))
                .ifPresent(s -> diagnostics.add(Diagnostic.error(
                                DiagnosticCode.UNRESOLVED_REFERENCE,
                                c.at("source"),
                                c.path("source"),
                                "the id of a source",
                                "'" + s + "'")
                        .withHint(Suggestions.didYouMean(s, sourceIds))));
        Optional<CitationKind> kind = c.text("kind").flatMap(ProvenanceBinder::kind);
        int[] span = span(c);
        Optional<String> speaker = c.text("speaker");
        if (kind.isPresent()) {
            CitationKind k = kind.get();
            boolean needsSpeaker =
                    k == CitationKind.DIRECT || k == CitationKind.ATTRIBUTED || k == CitationKind.ANALYST;
            if (needsSpeaker && speaker.isEmpty() && !c.has("speaker")) {
                diagnostics.add(Diagnostic.error(
                        DiagnosticCode.MISSING_KEY,
                        c.at("kind"),
                        c.path("speaker"),
                        "the speaker of a " + k.key() + " citation",
                        ""));
            }
            if (k != CitationKind.ANONYMOUS && (c.has("count") || c.has("affiliation"))) {
                diagnostics.add(Diagnostic.error(
                        DiagnosticCode.INCONSISTENT,
                        c.at(c.has("count") ? "count" : "affiliation"),
                        c.path(c.has("count") ? "count" : "affiliation"),
                        "count and affiliation only on anonymous citations",
                        "them on a " + k.key() + " citation"));
            }
        }
        Optional<String> paraphrase = c.text("paraphrase");
        if (source.isEmpty() || kind.isEmpty() || span == null || paraphrase.isEmpty()) {
            return null;
        }
        OptionalInt count = c.number("count").isPresent()
                ? OptionalInt.of((int) c.number("count").getAsDouble())
                : OptionalInt.empty();
        return new Citation(
                source.get(), span[0], span[1], kind.get(), speaker, count, c.text("affiliation"), paraphrase.get());
    }

    private int[] span(Fields c) {
        if (!(c.node("span") instanceof Node.ListNode list) || list.items().size() != 2) {
            return null;
        }
        long[] bounds = new long[2];
        for (int i = 0; i < 2; i++) {
            if (!(list.items().get(i) instanceof Node.Scalar s && s.value() instanceof Long l && l >= 0)) {
                return null;
            }
            bounds[i] = (Long) ((Node.Scalar) list.items().get(i)).value();
        }
        if (bounds[0] >= bounds[1] || bounds[1] > Integer.MAX_VALUE) {
            diagnostics.add(Diagnostic.error(
                    DiagnosticCode.INVALID_VALUE,
                    c.at("span"),
                    c.path("span"),
                    "a span [start, end) with start < end",
                    "[" + bounds[0] + ", " + bounds[1] + "]"));
            return null;
        }
        return new int[] {(int) bounds[0], (int) bounds[1]};
    }

    private static Optional<CitationKind> kind(String key) {
        for (CitationKind k : CitationKind.values()) {
            if (k.key().equals(key)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
