package io.taxstream.embedded;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adapts the JDK HTTP server to {@link RegistryRoutes}: bounded request bodies, decoded path
 * segments, the registry's media type on answers.
 */
final class RegistryExchange implements HttpHandler {

    /** Largest request body accepted; an Avro schema is a few KB. */
    static final int MAX_BODY_BYTES = 1024 * 1024;
    private static final long MAX_SKIPPED_BYTES = 64L * 1024 * 1024;
    private static final String MEDIA_TYPE = "application/vnd.schemaregistry.v1+json";
    private static final Logger log = LoggerFactory.getLogger(RegistryExchange.class);

    private final RegistryRoutes routes;
    private final ObjectMapper json = new ObjectMapper();

    RegistryExchange(final RegistryRoutes routes) {
        this.routes = routes;
    }

    @Override
    public void handle(final HttpExchange exchange) throws IOException {
        try (exchange) {
            final byte[] body = readBounded(exchange.getRequestBody());
            final RegistryRoutes.Response response = body == null
                ? new RegistryRoutes.Response(413, json.createObjectNode().put("error_code", 413)
                    .put("message", "Request body larger than " + MAX_BODY_BYTES + " bytes"))
                : routes.handle(exchange.getRequestMethod(), segments(exchange.getRequestURI().getRawPath()),
                    exchange.getRequestURI().getRawQuery(), body);
            if (response.status() >= 500) {
                log.warn("Schema registry {} {} failed: {}", exchange.getRequestMethod(),
                    exchange.getRequestURI().getRawPath(), response.body().path("message").asText());
            }
            final byte[] bytes = json.writeValueAsBytes(response.body());
            exchange.getResponseHeaders().set("Content-Type", MEDIA_TYPE);
            exchange.sendResponseHeaders(response.status(), bytes.length);
            exchange.getResponseBody().write(bytes);
        } catch (RuntimeException e) {
            log.error("Schema registry failed on {} {}", exchange.getRequestMethod(), exchange.getRequestURI(), e);
            throw e;
        }
    }

    /**
     * The body, or null when it exceeds {@link #MAX_BODY_BYTES}. An oversized body is skipped (up to
     * {@link #MAX_SKIPPED_BYTES}, without keeping it) so that the client gets the 413 answer instead of
     * a reset connection.
     */
    private static byte[] readBounded(final InputStream in) throws IOException {
        final byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
        if (body.length <= MAX_BODY_BYTES) {
            return body;
        }
        // read(), not skip(): the server's skip() may run past the end of the body and block
        final byte[] scratch = new byte[64 * 1024];
        long skipped = 0;
        int step;
        while (skipped < MAX_SKIPPED_BYTES && (step = in.read(scratch)) > 0) {
            skipped += step;
        }
        return null;
    }

    private static List<String> segments(final String rawPath) {
        return Arrays.stream(rawPath.split("/")).filter(s -> !s.isEmpty())
            .map(s -> URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8)).toList();
    }
}
