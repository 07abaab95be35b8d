package org.parley.model.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parley.model.diagnostic.Diagnostic;
import org.parley.model.diagnostic.DiagnosticCode;
import org.parley.model.diagnostic.SourceLocation;
import org.parley.model.scenario.Scenario;
import org.parley.model.scenario.Source;

/**
 * Checks citations against the source texts that can be found: the text's SHA-256 must equal the one the
 * scenario records, and every span must lie inside the text. A source whose text is not in the library is
 * reported as a warning (its citations cannot be checked), not as an error.
 */
final class CitationCheck {

    private static final List<String> CITING = List.of("positions", "facts", "status_quo", "alternatives");

    private CitationCheck() {}

    static List<Diagnostic> check(Scenario scenario, Node root, SourceLibrary library, String file) {
        List<Diagnostic> out = new ArrayList<>();
        if (!library.exists()) {
            if (scenario.sources().stream().anyMatch(s -> s.file().isPresent())) {
                out.add(Diagnostic.warning(
                                DiagnosticCode.SOURCE_NOT_FOUND,
                                SourceLocation.ofFile(file),
                                "sources",
                                "a sources directory at " + library.directory(),
                                "none; citations were not checked against the texts")
                        .withHint("pass --sources DIR"));
            }
            return out;
        }
        Node.MapNode doc = (Node.MapNode) root;
        List<Node> sourceNodes = items(doc.get("sources"));
        for (int i = 0; i < sourceNodes.size(); i++) {
            Source source = scenario.sources().get(i);
            Node.MapNode node = (Node.MapNode) sourceNodes.get(i);
            if (source.file().isEmpty()) {
                continue;
            }
            Optional<SourceText> text = library.text(source.file().get());
            String path = Paths.item("sources", i);
            if (text.isEmpty()) {
                out.add(Diagnostic.warning(
                        DiagnosticCode.SOURCE_NOT_FOUND,
                        node.get("file").at(),
                        Paths.child(path, "file"),
                        "a readable UTF-8 file in " + library.directory(),
                        "'" + source.file().get() + "' missing or unreadable; its citations were not checked"));
            } else if (!text.get().sha256().equals(source.sha256().orElse(""))) {
                out.add(Diagnostic.error(
                                DiagnosticCode.HASH_MISMATCH,
                                node.get("sha256").at(),
                                Paths.child(path, "sha256"),
                                source.sha256().orElse(""),
                                text.get().sha256())
                        .withHint("the text of '" + source.file().get() + "' has changed since it was cited"));
            }
        }
        for (String list : CITING) {
            List<Node> elements = items(doc.get(list));
            for (int i = 0; i < elements.size(); i++) {
                if (!(elements.get(i) instanceof Node.MapNode element)) {
                    continue;
                }
                List<Node> evidence = items(element.get("evidence"));
                for (int j = 0; j < evidence.size(); j++) {
                    checkSpan(
                            scenario,
                            library,
                            evidence.get(j),
                            Paths.item(Paths.child(Paths.item(list, i), "evidence"), j),
                            out);
                }
            }
        }
        return out;
    }

    private static void checkSpan(
            Scenario scenario, SourceLibrary library, Node node, String path, List<Diagnostic> out) {
        if (!(node instanceof Node.MapNode c)
                || !(c.get("source") instanceof Node.Scalar s)
                || !(s.value() instanceof String id)) {
            return;
        }
        Optional<SourceText> text = scenario.source(id).flatMap(Source::file).flatMap(library::text);
        List<Node> span = items(c.get("span"));
        if (text.isEmpty() || span.size() != 2 || !(((Node.Scalar) span.get(1)).value() instanceof Long end)) {
            return;
        }
        if (end > text.get().length()) {
            out.add(Diagnostic.error(
                    DiagnosticCode.SPAN_OUT_OF_RANGE,
                    span.get(1).at(),
                    Paths.item(Paths.child(path, "span"), 1),
                    "an end <= " + text.get().length() + " (the length of '"
                            + text.get().fileName() + "' in code points)",
                    String.valueOf(end)));
        }
    }

    private static List<Node> items(Node node) {
        return node instanceof Node.ListNode list ? list.items() : List.of();
    }
}
