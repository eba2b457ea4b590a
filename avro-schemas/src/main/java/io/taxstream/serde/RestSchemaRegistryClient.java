package io.taxstream.serde;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.SchemaParseException;

/**
 * A {@link SchemaRegistryClient} that speaks the Confluent Schema Registry REST API (v1) over
 * {@link java.net.http.HttpClient}. Ids are cached both ways (per subject schema → id, and id →
 * schema), so a serde asks the registry once per schema. Transport behaviour (failover across URLs,
 * retries, timeouts, basic auth) is set by {@link RegistryClientConfig}.
 */
public final class RestSchemaRegistryClient implements SchemaRegistryClient {

    private final ObjectMapper json = new ObjectMapper();
    private final RegistryHttp http;
    private final Map<String, Map<Schema, Integer>> idsBySubject = new ConcurrentHashMap<>();
    private final Map<Integer, Schema> schemasById = new ConcurrentHashMap<>();

    /** Creates a client for the given configuration. */
    public RestSchemaRegistryClient(final RegistryClientConfig config) {
        this.http = new RegistryHttp(config, json);
    }

    /** Creates a client with default settings for one or more comma-separated base URLs. */
    public RestSchemaRegistryClient(final String urls) {
        this(RegistryClientConfig.of(urls));
    }

    @Override
    public int register(final String subject, final Schema schema) {
        final Map<Schema, Integer> ids = idsBySubject.computeIfAbsent(subject, s -> new ConcurrentHashMap<>());
        final Integer cached = ids.get(schema);
        if (cached != null) {
            return cached;
        }
        final ObjectNode body = json.createObjectNode().put("schema", schema.toString());
        final JsonNode answer = http.send("POST", "/subjects/" + encode(subject) + "/versions", body, subject);
        final int id = required(answer, "id", subject).asInt();
        ids.put(schema, id);
        schemasById.putIfAbsent(id, schema);
        return id;
    }

    @Override
    public Schema getById(final int id) {
        final Schema cached = schemasById.get(id);
        if (cached != null) {
            return cached;
        }
        final JsonNode answer = http.send("GET", "/schemas/ids/" + id, null, null);
        final Schema schema = parse(required(answer, "schema", null).asText(), "schema id " + id);
        final Schema raced = schemasById.putIfAbsent(id, schema);
        return raced == null ? schema : raced;
    }

    @Override
    public List<Integer> versions(final String subject) {
        final JsonNode answer = http.send("GET", "/subjects/" + encode(subject) + "/versions", null, subject);
        final List<Integer> versions = new ArrayList<>();
        answer.forEach(v -> versions.add(v.asInt()));
        return List.copyOf(versions);
    }

    @Override
    public RegisteredSchema latest(final String subject) {
        return fetchVersion(subject, "latest");
    }

    @Override
    public RegisteredSchema version(final String subject, final int version) {
        return fetchVersion(subject, Integer.toString(version));
    }

    @Override
    public boolean isCompatible(final String subject, final Schema schema) {
        final ObjectNode body = json.createObjectNode().put("schema", schema.toString());
        try {
            final JsonNode answer = http.send("POST",
                "/compatibility/subjects/" + encode(subject) + "/versions/latest", body, subject);
            return required(answer, "is_compatible", subject).asBoolean();
        } catch (SchemaRegistryException e) {
            if (e.errorCode() == SchemaRegistryException.SUBJECT_NOT_FOUND
                    || e.errorCode() == SchemaRegistryException.VERSION_NOT_FOUND) {
                return true;
            }
            throw e;
        }
    }

    private RegisteredSchema fetchVersion(final String subject, final String version) {
        final JsonNode answer = http.send("GET", "/subjects/" + encode(subject) + "/versions/" + version, null,
            subject);
        final int id = required(answer, "id", subject).asInt();
        final Schema schema = schemasById.computeIfAbsent(id,
            i -> parse(required(answer, "schema", subject).asText(), "subject '" + subject + "'"));
        return new RegisteredSchema(subject, required(answer, "version", subject).asInt(), id, schema);
    }

    private static JsonNode required(final JsonNode answer, final String field, final String subject) {
        final JsonNode value = answer.get(field);
        if (value == null || value.isNull()) {
            throw new SchemaRegistryException(SchemaRegistryException.NO_ERROR_CODE, "Schema registry answer"
                + (subject == null ? "" : " for subject '" + subject + "'") + " lacks '" + field + "'");
        }
        return value;
    }

    private static Schema parse(final String text, final String what) {
        try {
            return new Schema.Parser().parse(text);
        } catch (SchemaParseException e) {
            throw new SchemaRegistryException(SchemaRegistryException.INVALID_SCHEMA,
                "Schema registry returned an invalid schema for " + what, e);
        }
    }

    static String encode(final String subject) {
        return URLEncoder.encode(subject, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
