package io.taxstream.dashboard.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.taxstream.dashboard.documents.DocumentView;
import io.taxstream.dashboard.feed.StageEvent;
import java.time.Instant;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/** The server-rendered page of one document: stage history and masked result. */
final class DocumentPage {

    private static final int MAX_ITEMS = 200;

    private DocumentPage() {
    }

    static String render(DocumentView d, String jsonUrl) {
        StringBuilder h = new StringBuilder(4096);
        head(h, "Document " + d.documentId(), !d.done());
        h.append("<main id=\"document\" data-stage=\"").append(Html.escape(d.stage())).append("\" data-status=\"")
                .append(Html.escape(d.status())).append("\" data-done=\"").append(d.done()).append("\">\n");
        h.append("<h1>Document <code>").append(Html.escape(d.documentId())).append("</code></h1>\n<p class=\"badges\">");
        badge(h, "type", d.docType());
        badge(h, "stage", d.stage());
        badge(h, "status", d.status());
        h.append("<span class=\"muted\">").append(d.done() ? "final" : "in progress, refreshing")
                .append(" · served by ").append(Html.escape(d.servedBy())).append(" · <a href=\"")
                .append(Html.escape(jsonUrl)).append("\">JSON</a></span></p>\n");
        history(h, d);
        if (d.result() != null) {
            result(h, d.result());
        }
        h.append("</main>\n</body>\n</html>\n");
        return h.toString();
    }

    static String notFound(String displayId) {
        StringBuilder h = new StringBuilder(512);
        head(h, "Unknown document", false);
        h.append("<main id=\"document\" data-stage=\"\" data-done=\"false\"><h1>No document <code>")
                .append(Html.escape(displayId)).append("</code></h1><p>Nothing is known about this id (yet).</p></main>")
                .append("</body></html>\n");
        return h.toString();
    }

    private static void head(StringBuilder h, String title, boolean refresh) {
        h.append("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(Html.escape(title)).append(" · taxstream</title>\n");
        if (refresh) {
            h.append("<meta http-equiv=\"refresh\" content=\"2\">\n");
        }
        h.append("<link rel=\"stylesheet\" href=\"/assets/app.css\">\n</head>\n<body>\n")
                .append("<header><a class=\"brand\" href=\"/\">taxstream</a> <span class=\"muted\">document</span></header>\n");
    }

    private static void badge(StringBuilder h, String what, String value) {
        if (value != null) {
            h.append("<span class=\"badge ").append(what).append(' ').append(Html.escape(value.toLowerCase(Locale.ROOT)))
                    .append("\" data-").append(what).append("=\"").append(Html.escape(value)).append("\">")
                    .append(Html.escape(value)).append("</span> ");
        }
    }

    private static void history(StringBuilder h, DocumentView d) {
        h.append("<section><h2>Stages</h2><table class=\"grid\" id=\"history\"><thead><tr><th>stage</th><th>at</th>")
                .append("<th>ms</th><th>type</th><th>detail</th></tr></thead><tbody>\n");
        for (StageEvent e : d.history()) {
            h.append("<tr><td>").append(Html.escape(e.stage())).append("</td><td>").append(Instant.ofEpochMilli(e.at()))
                    .append("</td><td class=\"num\">").append(e.millis()).append("</td><td>").append(Html.escape(e.docType()))
                    .append("</td><td>").append(Html.escape(e.detail())).append("</td></tr>\n");
        }
        h.append("</tbody></table></section>\n");
    }

    private static void result(StringBuilder h, JsonNode r) {
        h.append("<section><h2>Result</h2>");
        if (r.hasNonNull("reason")) {
            h.append("<p class=\"reason\">").append(Html.escape(r.get("reason").asText())).append("</p>");
        }
        h.append("<p class=\"muted\">extractor ").append(Html.escape(r.path("extractor").asText()))
                .append(" · classifier confidence ").append(Html.escape(r.path("classifier_confidence").asText()))
                .append(" · pages ").append(r.path("page_count").asInt()).append("</p>\n");
        h.append("<table class=\"grid\" id=\"fields\"><thead><tr><th>field</th><th>value</th><th>confidence</th><th>page</th></tr></thead><tbody>\n");
        for (Iterator<Map.Entry<String, JsonNode>> it = r.path("fields").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            h.append("<tr><td>").append(Html.escape(f.getKey())).append("</td><td><code>")
                    .append(Html.escape(f.getValue().path("value").asText())).append("</code></td><td class=\"num\">")
                    .append(Html.escape(f.getValue().path("confidence").asText())).append("</td><td class=\"num\">")
                    .append(Html.escape(f.getValue().path("page").asText(""))).append("</td></tr>\n");
        }
        h.append("</tbody></table>\n");
        lineItems(h, r.path("line_items"));
        issues(h, r.path("validation"));
        attempts(h, r.path("attempts"));
        h.append("</section>\n");
    }

    private static void lineItems(StringBuilder h, JsonNode items) {
        if (items.isEmpty()) {
            return;
        }
        h.append("<h3>Line items (").append(items.size()).append(")</h3><table class=\"grid\" id=\"items\"><tbody>\n");
        int shown = 0;
        for (JsonNode item : items) {
            if (shown++ == MAX_ITEMS) {
                h.append("<tr><td colspan=\"2\" class=\"muted\">… ").append(items.size() - MAX_ITEMS).append(" more</td></tr>");
                break;
            }
            h.append("<tr><td>").append(Html.escape(item.path("kind").asText())).append("</td><td>");
            for (Iterator<Map.Entry<String, JsonNode>> it = item.path("values").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> v = it.next();
                h.append("<span class=\"kv\">").append(Html.escape(v.getKey())).append(" <code>")
                        .append(Html.escape(v.getValue().asText())).append("</code></span> ");
            }
            h.append("</td></tr>\n");
        }
        h.append("</tbody></table>\n");
    }

    private static void issues(StringBuilder h, JsonNode issues) {
        if (issues.isEmpty()) {
            return;
        }
        h.append("<h3>Validation</h3><ul class=\"issues\">");
        for (JsonNode i : issues) {
            h.append("<li class=\"").append(Html.escape(i.path("severity").asText().toLowerCase(Locale.ROOT)))
                    .append("\"><b>").append(Html.escape(i.path("severity").asText())).append("</b> ")
                    .append(Html.escape(i.path("rule").asText())).append(": ").append(Html.escape(i.path("message").asText()))
                    .append("</li>");
        }
        h.append("</ul>\n");
    }

    private static void attempts(StringBuilder h, JsonNode attempts) {
        if (attempts.isEmpty()) {
            return;
        }
        h.append("<h3>Cascade</h3><table class=\"grid\" id=\"attempts\"><thead><tr><th>tier</th><th>model</th><th>outcome</th>")
                .append("<th>ms</th></tr></thead><tbody>");
        for (JsonNode a : attempts) {
            h.append("<tr><td>").append(Html.escape(a.path("tier").asText())).append("</td><td>")
                    .append(Html.escape(a.path("model").asText(""))).append("</td><td>").append(Html.escape(a.path("outcome").asText()))
                    .append("</td><td class=\"num\">").append(a.path("millis").asLong()).append("</td></tr>");
        }
        h.append("</tbody></table>\n");
    }
}
