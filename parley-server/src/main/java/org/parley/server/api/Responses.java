package org.parley.server.api;

import io.javalin.http.Context;
import tools.jackson.databind.JsonNode;

/** Writes JSON responses. */
public final class Responses {

    private Responses() {}

    /** A JSON tree with a status. */
    public static void json(Context ctx, int status, JsonNode body) {
        json(ctx, status, Json.write(body));
    }

    /** JSON text with a status. */
    public static void json(Context ctx, int status, String body) {
        ctx.status(status).contentType("application/json; charset=utf-8").result(body);
    }
}
