package org.parley.server.api;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;

/**
 * Bearer-token check for writes: a handler wrapped by {@link #guard} runs only when the request carries
 * {@code Authorization: Bearer <token>} with the workspace's token (compared in constant time); otherwise
 * 401 with {@code WWW-Authenticate: Bearer} and nothing is read or written.
 */
public final class TokenAuth {

    private final byte[] token;

    public TokenAuth(String token) {
        Objects.requireNonNull(token, "token");
        this.token = token.getBytes(StandardCharsets.UTF_8);
    }

    /** The handler, run only for requests that carry the token. */
    public Handler guard(Handler handler) {
        return ctx -> {
            check(ctx);
            handler.handle(ctx);
        };
    }

    private void check(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"parley\"");
            throw new ProblemException(Problem.of(
                    401,
                    "UNAUTHORIZED",
                    "Writes need the workspace token: send 'Authorization: Bearer <token>' (the token was printed"
                            + " when the server first started and is kept in the data directory)."));
        }
        byte[] given = header.substring(7).strip().getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(given, token)) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"parley\", error=\"invalid_token\"");
            throw new ProblemException(Problem.of(401, "UNAUTHORIZED", "The token is not the workspace token."));
        }
    }
}
