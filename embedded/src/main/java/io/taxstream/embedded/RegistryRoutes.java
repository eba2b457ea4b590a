package io.taxstream.embedded;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.taxstream.serde.CompatibilityLevel;
import io.taxstream.serde.InMemorySchemaRegistry;
import io.taxstream.serde.RegisteredSchema;
import io.taxstream.serde.SchemaRegistryException;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;

/**
 * The Confluent Schema Registry REST subset that the embedded registry serves, as plain functions of
 * (method, path segments, body) → {@link Response}, so that it is tested without a server.
 */
final class RegistryRoutes {

    /** An answer: HTTP status and JSON body. */
    record Response(int status, JsonNode body) {
    }

    private final InMemorySchemaRegistry registry;
    private final ObjectMapper json;

    RegistryRoutes(final InMemorySchemaRegistry registry, final ObjectMapper json) {
        this.registry = registry;
        this.json = json;
    }

    /** Answers one request; registry errors become Confluent-style error bodies. */
    Response handle(final String method, final List<String> path, final String query, final byte[] body) {
        try {
            return route(method.toUpperCase(Locale.ROOT), path, query == null ? "" : query, body);
        } catch (SchemaRegistryException e) {
            return error(e.httpStatus(), e.errorCode() == SchemaRegistryException.NO_ERROR_CODE
                ? SchemaRegistryException.STORE_ERROR : e.errorCode(), e.getMessage());
        }
    }

    private Response route(final String method, final List<String> p, final String query, final byte[] body) {
        final int n = p.size();
        final String head = n == 0 ? "" : p.get(0);
        if (head.equals("subjects") && n == 1) {
            return only(method, "GET") ? ok(array(registry.subjects())) : notAllowed(method);
        }
        if (head.equals("subjects") && n == 2) {
            return only(method, "POST") ? lookup(p.get(1), body) : notAllowed(method);
        }
        if (head.equals("subjects") && n == 3 && p.get(2).equals("versions")) {
            return switch (method) {
                case "GET" -> ok(array(registry.versions(p.get(1))));
                case "POST" -> ok(json.createObjectNode().put("id", registry.register(p.get(1), schema(body))));
                default -> notAllowed(method);
            };
        }
        if (head.equals("subjects") && n == 4 && p.get(2).equals("versions")) {
            return only(method, "GET") ? ok(describe(version(p.get(1), p.get(3)))) : notAllowed(method);
        }
        if (head.equals("schemas") && n == 3 && p.get(1).equals("ids")) {
            return only(method, "GET") ? ok(json.createObjectNode().put("schema",
                registry.getById(id(p.get(2))).toString())) : notAllowed(method);
        }
        if (head.equals("compatibility") && n == 5 && p.get(1).equals("subjects") && p.get(3).equals("versions")) {
            return only(method, "POST") ? compatibility(p.get(2), p.get(4), body, query.contains("verbose=true"))
                : notAllowed(method);
        }
        if (head.equals("config") && (n == 1 || n == 2)) {
            return config(method, n == 1 ? null : p.get(1), body);
        }
        return error(404, 404, "HTTP 404 Not Found");
    }

    private Response lookup(final String subject, final byte[] body) {
        registry.versions(subject);
        return registry.lookup(subject, schema(body)).map(r -> ok(describe(r)))
            .orElseGet(() -> error(404, SchemaRegistryException.SCHEMA_NOT_FOUND, "Schema not found"));
    }

    private Response compatibility(final String subject, final String version, final byte[] body,
            final boolean verbose) {
        final Schema candidate = schema(body);
        final List<String> problems;
        if (version.equals("latest")) {
            registry.versions(subject);
            problems = registry.incompatibilities(subject, candidate);
        } else {
            final RegisteredSchema against = version(subject, version);
            problems = registry.compatibility(subject).incompatibilities(candidate, List.of(against.schema()));
        }
        final ObjectNode answer = json.createObjectNode().put("is_compatible", problems.isEmpty());
        if (verbose) {
            answer.set("messages", array(problems));
        }
        return ok(answer);
    }

    private Response config(final String method, final String subject, final byte[] body) {
        return switch (method) {
            case "GET" -> ok(json.createObjectNode().put("compatibilityLevel", registry.compatibility(subject).name()));
            case "PUT" -> {
                final JsonNode request = parse(body);
                final CompatibilityLevel level = CompatibilityLevel.parse(request.path("compatibility").asText(""));
                registry.setCompatibility(subject, level);
                yield ok(json.createObjectNode().put("compatibility", level.name()));
            }
            default -> notAllowed(method);
        };
    }

    private RegisteredSchema version(final String subject, final String version) {
        if (version.equals("latest")) {
            return registry.latest(subject);
        }
        final int number = positiveOrZero(version);
        if (number < 1) {
            throw new SchemaRegistryException(SchemaRegistryException.INVALID_VERSION, "The specified version '"
                + version + "' is not a valid version id. Allowed values are between [1, 2^31-1] and the string \"latest\"");
        }
        return registry.version(subject, number);
    }

    private static int positiveOrZero(final String text) {
        try {
            return Math.max(0, Integer.parseInt(text));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private Schema schema(final byte[] body) {
        final JsonNode request = parse(body);
        final String type = request.path("schemaType").asText("AVRO");
        if (!type.equalsIgnoreCase("AVRO")) {
            throw new SchemaRegistryException(SchemaRegistryException.INVALID_SCHEMA,
                "Invalid schema: only AVRO schemas are supported, not " + type);
        }
        final JsonNode text = request.get("schema");
        if (text == null || !text.isTextual()) {
            throw new SchemaRegistryException(SchemaRegistryException.INVALID_SCHEMA,
                "Invalid schema: the request has no \"schema\" string");
        }
        try {
            return new Schema.Parser().parse(text.asText());
        } catch (AvroRuntimeException e) {
            throw new SchemaRegistryException(SchemaRegistryException.INVALID_SCHEMA, "Invalid schema: " + e.getMessage(), e);
        }
    }

    private JsonNode parse(final byte[] body) {
        try {
            final JsonNode node = body == null || body.length == 0 ? null : json.readTree(body);
            if (node == null || !node.isObject()) {
                throw new SchemaRegistryException(SchemaRegistryException.INVALID_SCHEMA,
                    "Invalid request: a JSON object is expected");
            }
            return node;
        } catch (IOException e) {
            throw new SchemaRegistryException(SchemaRegistryException.INVALID_SCHEMA, "Invalid request: unparsable JSON", e);
        }
    }

    private static int id(final String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new SchemaRegistryException(SchemaRegistryException.SCHEMA_NOT_FOUND, "Schema " + text + " not found.", e);
        }
    }

    private ObjectNode describe(final RegisteredSchema r) {
        return json.createObjectNode().put("subject", r.subject()).put("version", r.version()).put("id", r.id())
            .put("schema", r.schema().toString());
    }

    private ArrayNode array(final List<?> values) {
        final ArrayNode array = json.createArrayNode();
        values.forEach(v -> array.add(json.valueToTree(v)));
        return array;
    }

    private static boolean only(final String method, final String allowed) {
        return method.equals(allowed);
    }

    private Response notAllowed(final String method) {
        return error(405, 405, "HTTP 405 Method " + method + " Not Allowed");
    }

    private static Response ok(final JsonNode body) {
        return new Response(200, body);
    }

    private Response error(final int status, final int code, final String message) {
        return new Response(status, json.createObjectNode().put("error_code", code).put("message", message));
    }
}
