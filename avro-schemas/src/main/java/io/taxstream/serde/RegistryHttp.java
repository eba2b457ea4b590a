package io.taxstream.serde;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP side of {@link RestSchemaRegistryClient}: JSON requests in the registry's media type,
 * failover across base URLs, bounded retries with doubling backoff on connection errors and 5xx,
 * and 4xx answers turned into {@link SchemaRegistryException}s that name URL, subject and the
 * registry's error.
 */
final class RegistryHttp {

    static final String MEDIA_TYPE = "application/vnd.schemaregistry.v1+json";
    private static final Logger log = LoggerFactory.getLogger(RegistryHttp.class);

    private final RegistryClientConfig config;
    private final ObjectMapper json;
    private final HttpClient http;
    private final Optional<String> authorization;
    private volatile int preferred;

    RegistryHttp(final RegistryClientConfig config, final ObjectMapper json) {
        this.config = config;
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(config.requestTimeout())
            .version(HttpClient.Version.HTTP_1_1).build();
        this.authorization = config.userInfo().map(u -> "Basic "
            + Base64.getEncoder().encodeToString(u.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Sends one request and returns the JSON answer.
     *
     * @param method GET, POST or PUT
     * @param path the path below the base URL, already encoded
     * @param body the JSON body, or null
     * @param subject the subject concerned, for error messages (may be null)
     */
    JsonNode send(final String method, final String path, final JsonNode body, final String subject) {
        final List<URI> urls = config.urls();
        final int attempts = config.maxRetries() + 1;
        RuntimeException last = null;
        for (int attempt = 0; attempt < attempts; attempt++) {
            if (attempt > 0) {
                backoff(attempt, method, path, last);
            }
            for (int i = 0; i < urls.size(); i++) {
                final int index = (preferred + i) % urls.size();
                final URI uri = URI.create(urls.get(index) + path);
                try {
                    final JsonNode answer = exchange(method, uri, body, subject);
                    preferred = index;
                    return answer;
                } catch (RetriableFailure e) {
                    last = e.asException();
                    log.debug("Schema registry request {} {} failed, trying the next URL", method, uri, e);
                }
            }
        }
        throw last;
    }

    private JsonNode exchange(final String method, final URI uri, final JsonNode body, final String subject) {
        final HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(config.requestTimeout())
            .header("Accept", MEDIA_TYPE);
        authorization.ifPresent(a -> request.header("Authorization", a));
        try {
            if (body == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", MEDIA_TYPE)
                    .method(method, HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body)));
            }
            final HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return answer(method, uri, subject, response);
        } catch (IOException e) {
            throw new RetriableFailure(new SchemaRegistryException(SchemaRegistryException.NO_ERROR_CODE,
                "Schema registry request " + method + " " + uri + failedFor(subject) + e, e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SchemaRegistryException(SchemaRegistryException.NO_ERROR_CODE,
                "Interrupted during schema registry request " + method + " " + uri + failedFor(subject), e);
        }
    }

    private JsonNode answer(final String method, final URI uri, final String subject,
            final HttpResponse<byte[]> response) throws IOException {
        final int status = response.statusCode();
        final JsonNode answer = parse(response.body());
        if (status >= 200 && status < 300) {
            return answer;
        }
        final int code = answer.path("error_code").asInt(SchemaRegistryException.NO_ERROR_CODE);
        final String message = answer.path("message").asText("");
        final String text = "Schema registry request " + method + " " + uri + failedFor(subject) + "HTTP " + status
            + ", error_code " + code + ": " + message;
        if (status >= 500) {
            throw new RetriableFailure(new SchemaRegistryException(code, text));
        }
        if (code == SchemaRegistryException.INCOMPATIBLE_SCHEMA || status == 409) {
            throw new IncompatibleSchemaException(subject, List.of(), text);
        }
        throw new SchemaRegistryException(code == SchemaRegistryException.NO_ERROR_CODE ? status * 100 : code, text);
    }

    private JsonNode parse(final byte[] body) {
        if (body.length == 0) {
            return json.missingNode();
        }
        try {
            return json.readTree(body);
        } catch (IOException e) {
            return json.missingNode();
        }
    }

    private void backoff(final int attempt, final String method, final String path, final RuntimeException last) {
        final Duration wait = config.retryBackoff().multipliedBy(1L << Math.min(attempt - 1, 10));
        log.warn("Schema registry request {} {} failed ({}); retry {} of {} in {} ms", method, path,
            last.getMessage(), attempt, config.maxRetries(), wait.toMillis());
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw last;
        }
    }

    private static String failedFor(final String subject) {
        return subject == null ? " failed: " : " for subject '" + subject + "' failed: ";
    }

    /** A failure worth another try (connection error, 5xx). */
    private static final class RetriableFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RetriableFailure(final SchemaRegistryException cause) {
            super(cause.getMessage(), cause, false, false);
        }

        SchemaRegistryException asException() {
            return (SchemaRegistryException) getCause();
        }
    }
}
