package io.taxstream.dashboard.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.taxstream.dashboard.SafeText;
import io.taxstream.dashboard.access.ApiError;
import io.taxstream.dashboard.documents.DocumentLookup;
import io.taxstream.dashboard.documents.DocumentView;
import io.taxstream.dashboard.documents.LocalStores;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * A document's status and result: {@code /documents/{id}} (page), {@code /api/documents/{id}}
 * (JSON) and {@code /internal/stores/{store}/{id}} (this instance's stores only, for the other
 * instances' lookups).
 */
public final class DocumentsHandler {

    private static final int MAX_ID = 256;

    private final DocumentLookup lookup;
    private final Optional<LocalStores> local;

    public DocumentsHandler(DocumentLookup lookup, Optional<LocalStores> local) {
        this.lookup = lookup;
        this.local = local;
    }

    public void page(Context ctx) {
        String id = id(ctx);
        Optional<DocumentView> view = lookup.find(id);
        if (view.isEmpty()) {
            ctx.status(HttpStatus.NOT_FOUND).html(DocumentPage.notFound(SafeText.id(id)));
            return;
        }
        ctx.html(DocumentPage.render(view.get(), "/api/documents/" + URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20")));
    }

    public void json(Context ctx) {
        String id = id(ctx);
        ctx.json(lookup.find(id).orElseThrow(() -> ApiError.of(404, "no document with id " + SafeText.id(id))));
    }

    public void internal(Context ctx) {
        String id = id(ctx);
        LocalStores stores = local.orElseThrow(() -> ApiError.of(404, "no stores in this process"));
        ctx.json(Map.of("value", stores.read(ctx.pathParam("store"), id)
                .orElseThrow(() -> ApiError.of(404, "not in this instance's store"))));
    }

    private static String id(Context ctx) {
        String id = ctx.pathParam("id");
        if (id.isBlank() || id.length() > MAX_ID) {
            throw ApiError.of(400, "a document id has 1 to " + MAX_ID + " characters");
        }
        return id;
    }
}
