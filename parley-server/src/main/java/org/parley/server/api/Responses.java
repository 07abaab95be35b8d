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

    /** A cached view: gzip bytes to clients that accept them, plain JSON otherwise. */
    public static void json(Context ctx, int status, ViewCache.Rendered view) {
        ctx.header("Vary", "Accept-Encoding");
        ctx.status(status).contentType("application/json; charset=utf-8");
        String accepted = ctx.header("Accept-Encoding");
        if (accepted != null && accepted.contains("gzip")) {
            ctx.header("Content-Encoding", "gzip").result(view.gzip());
        } else {
            ctx.result(view.json());
        }
    }

    /** JSON text with a status. */
    public static void json(Context ctx, int status, String body) {
        ctx.status(status).contentType("application/json; charset=utf-8").result(body);
    }
}
