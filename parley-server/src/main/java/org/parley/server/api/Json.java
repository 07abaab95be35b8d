package org.parley.server.api;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The server's one JSON mapper (Jackson 3) and small tree helpers. */
public final class Json {

    /** Compact output, no auto-detection surprises: records and trees only. */
    public static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private Json() {}

    /** A new empty object. */
    public static ObjectNode object() {
        return F.objectNode();
    }

    /** Serialises a tree. */
    public static String write(JsonNode node) {
        return MAPPER.writeValueAsString(node);
    }
}
