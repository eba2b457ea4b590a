package io.taxstream.dashboard.access;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Who may do what: {@code /health} and {@code /ready} are open to all; reading (pages, JSON,
 * {@code /metrics}, {@code /api/scaling}) needs a client address in an open network or an API
 * token; anything that writes (the upload API) needs a token, always, and is closed while no token
 * is configured. Tokens come as {@code Authorization: Bearer <token>} or, so that a browser can
 * open the pages from elsewhere, as the password of HTTP basic authentication. The client address
 * is the connection's, never a forwarded header that a client could forge.
 */
public final class AccessControl {

    /** The request attribute holding the name of the token a request came with. */
    public static final String CALLER = "taxstream.caller";

    private final ApiTokens tokens;
    private final Networks open;

    public AccessControl(ApiTokens tokens, Networks open) {
        this.tokens = tokens;
        this.open = open;
    }

    /** A before-handler: lets the request through or throws {@link ApiError}. */
    public void check(Context ctx) {
        HandlerType method = ctx.method();
        String path = ctx.path();
        boolean reading = method == HandlerType.GET || method == HandlerType.HEAD;
        if (reading && (path.equals("/health") || path.equals("/ready"))) {
            return;
        }
        Optional<String> caller = tokens.match(presentedToken(ctx.header("Authorization")));
        caller.ifPresent(name -> ctx.attribute(CALLER, name));
        if (!reading) {
            if (tokens.isEmpty()) {
                throw ApiError.of(403, "the upload API is closed: no API tokens are configured (dashboard.api.tokens)");
            }
            if (caller.isEmpty()) {
                throw ApiError.unauthorized("an API token is required (Authorization: Bearer <token>)", "Bearer realm=\"taxstream\"");
            }
            return;
        }
        if (caller.isEmpty() && !open.contains(ctx.req().getRemoteAddr())) {
            throw ApiError.unauthorized("this network may not read the dashboard without an API token",
                    "Basic realm=\"taxstream\", charset=\"UTF-8\"");
        }
    }

    /** The token in a Bearer or Basic authorization header, or null. */
    static String presentedToken(String authorization) {
        if (authorization == null) {
            return null;
        }
        String value = authorization.trim();
        if (value.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return value.substring(7).trim();
        }
        if (value.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String decoded = new String(Base64.getDecoder().decode(value.substring(6).trim()), StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                return colon >= 0 ? decoded.substring(colon + 1) : null;
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return null;
    }
}
