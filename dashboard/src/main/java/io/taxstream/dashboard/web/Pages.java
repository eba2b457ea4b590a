package io.taxstream.dashboard.web;

import io.javalin.http.Context;
import io.taxstream.dashboard.access.ApiError;
import io.taxstream.dashboard.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The overview page and its script and style, served from the jar (no CDN: the page works
 * offline), plus the overview as JSON.
 */
public final class Pages {

    private static final String BASE = "/io/taxstream/dashboard/web/";
    private static final Map<String, String> ASSETS = Map.of(
            "app.js", "text/javascript; charset=utf-8",
            "app.css", "text/css; charset=utf-8");

    private final Overview overview;
    private final Map<String, byte[]> content;

    public Pages(Overview overview) {
        this.overview = overview;
        this.content = Map.of("index.html", load("index.html"), "app.js", load("app.js"), "app.css", load("app.css"));
    }

    public void index(Context ctx) {
        ctx.contentType("text/html; charset=utf-8").result(content.get("index.html"));
    }

    public void asset(Context ctx) {
        String file = ctx.pathParam("file");
        String type = ASSETS.get(file);
        if (type == null) {
            throw ApiError.of(404, "no such asset");
        }
        ctx.header("Cache-Control", "no-cache").contentType(type).result(content.get(file));
    }

    /** {@code GET /api/overview}. */
    public void overviewJson(Context ctx) {
        ctx.contentType("application/json").result(Json.write(overview.snapshot()));
    }

    private static byte[] load(String name) {
        try (InputStream in = Pages.class.getResourceAsStream(BASE + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + BASE + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
