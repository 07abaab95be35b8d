package org.parley.dealspace.genius;

import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A minimal XML element tree that remembers where each element is (StAX reports the position just past
 * the start tag, which is what diagnostics show), parsed with StAX with DTDs and
 * external entities disabled (no XXE), at most {@link #MAX_ELEMENTS} elements and depth {@link #MAX_DEPTH}.
 */
final class XmlNode {
    static final int MAX_ELEMENTS = 1_000_000;
    static final int MAX_DEPTH = 64;

    final String name;
    final Map<String, String> attributes = new LinkedHashMap<>();
    final List<XmlNode> children = new ArrayList<>();
    final int line;
    final int column;

    private XmlNode(String name, int line, int column) {
        this.name = name;
        this.line = line;
        this.column = column;
    }

    Optional<String> attribute(String key) {
        return Optional.ofNullable(attributes.get(key));
    }

    List<XmlNode> children(String childName) {
        return children.stream().filter(c -> c.name.equals(childName)).toList();
    }

    Optional<XmlNode> child(String childName) {
        return children.stream().filter(c -> c.name.equals(childName)).findFirst();
    }

    /** All descendants with a name, in document order. */
    List<XmlNode> descendants(String descendantName) {
        List<XmlNode> out = new ArrayList<>();
        for (XmlNode c : children) {
            if (c.name.equals(descendantName)) {
                out.add(c);
            }
            out.addAll(c.descendants(descendantName));
        }
        return out;
    }

    /** Parses a document; syntax errors become a diagnostic with the parser's location. */
    static XmlNode parse(String file, byte[] bytes, List<ImportDiagnostic> diagnostics) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        XMLStreamReader reader = null;
        try {
            reader = factory.createXMLStreamReader(new ByteArrayInputStream(bytes));
            Deque<XmlNode> stack = new ArrayDeque<>();
            XmlNode root = null;
            int elements = 0;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    if (++elements > MAX_ELEMENTS || stack.size() >= MAX_DEPTH) {
                        diagnostics.add(new ImportDiagnostic(
                                file,
                                reader.getLocation().getLineNumber(),
                                reader.getLocation().getColumnNumber(),
                                ImportDiagnostic.Code.TOO_LARGE,
                                "more than " + MAX_ELEMENTS + " elements or deeper than " + MAX_DEPTH,
                                true));
                        return null;
                    }
                    XmlNode node = new XmlNode(
                            reader.getLocalName(),
                            reader.getLocation().getLineNumber(),
                            reader.getLocation().getColumnNumber());
                    for (int a = 0; a < reader.getAttributeCount(); a++) {
                        node.attributes.put(reader.getAttributeLocalName(a), reader.getAttributeValue(a));
                    }
                    if (stack.isEmpty()) {
                        root = node;
                    } else {
                        stack.peek().children.add(node);
                    }
                    stack.push(node);
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    stack.pop();
                } else if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
                    diagnostics.add(new ImportDiagnostic(
                            file,
                            reader.getLocation().getLineNumber(),
                            reader.getLocation().getColumnNumber(),
                            ImportDiagnostic.Code.UNSUPPORTED,
                            "DTDs and entity references are not accepted",
                            true));
                    return null;
                }
            }
            return root;
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            int col = e.getLocation() == null ? 0 : e.getLocation().getColumnNumber();
            String msg = e.getMessage() == null
                    ? "malformed XML"
                    : e.getMessage().replaceAll("(?s)^ParseError.*?Message: ", "");
            diagnostics.add(new ImportDiagnostic(file, line, col, ImportDiagnostic.Code.MALFORMED, msg.trim(), true));
            return null;
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException ignored) {
                    // nothing left to release
                }
            }
        }
    }
}
