package io.taxstream.processors.fake;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.taxstream.processors.fake.ModelScript.Answer;
import io.taxstream.processors.fake.ModelScript.Behaviour;
import io.taxstream.processors.fake.ModelScript.Failure;
import io.taxstream.processors.fake.ModelScript.Hang;
import io.taxstream.processors.fake.ModelScript.Malformed;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A protocol-level fake of the Ollama server for tests (loopback only): {@code /api/tags},
 * {@code /api/ps}, {@code /api/show}, {@code /api/pull}, {@code /api/generate} and
 * {@code /api/chat}, answered as Ollama answers them, with each model scripted by a
 * {@link ModelScript} (answers, latency, out-of-memory and other errors, hangs, malformed
 * streams). It keeps which models are loaded (a generate request loads its model; an empty one
 * with {@code keep_alive} 0 unloads it) and records every request body for assertions. Requests
 * are served concurrently.
 */
public final class FakeOllama implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fake-ollama");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, ModelScript> models = new ConcurrentHashMap<>();
    private final Map<String, String> loaded = new ConcurrentHashMap<>();
    private final List<Recorded> requests = new CopyOnWriteArrayList<>();
    private final CountDownLatch stopped = new CountDownLatch(1);

    /** A request the fake received. */
    public record Recorded(String path, Map<String, Object> body) {

        public String model() {
            Object m = body.get("model");
            return m == null ? body.get("name") == null ? null : String.valueOf(body.get("name")) : String.valueOf(m);
        }

        @SuppressWarnings("unchecked")
        public Map<String, Object> options() {
            Object o = body.get("options");
            return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
        }

        public String prompt() {
            Object p = body.get("prompt");
            return p == null ? "" : String.valueOf(p);
        }
    }

    private FakeOllama(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        server.setExecutor(executor);
        server.createContext("/api/tags", ex -> serve(ex, this::tags));
        server.createContext("/api/ps", ex -> serve(ex, this::ps));
        server.createContext("/api/show", ex -> serve(ex, this::show));
        server.createContext("/api/pull", ex -> serve(ex, this::pull));
        server.createContext("/api/generate", ex -> serve(ex, this::generate));
        server.createContext("/api/chat", ex -> serve(ex, this::chat));
        server.createContext("/", ex -> serve(ex, (e, body) -> reply(e, 404, "404 page not found")));
        server.start();
    }

    /** A fake on a free loopback port. */
    public static FakeOllama start() {
        return start(0);
    }

    /** A fake on the given loopback port (0 for any). */
    public static FakeOllama start(int port) {
        try {
            return new FakeOllama(port);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the fake Ollama server", e);
        }
    }

    /** Its address, like {@code OLLAMA_HOST}. */
    public String url() {
        return "http://127.0.0.1:" + port();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The script of a model, created (and so listed by {@code /api/tags}) on first use. */
    public ModelScript model(String name) {
        return models.computeIfAbsent(name, ModelScript::new);
    }

    /** The models loaded now. */
    public List<String> loaded() {
        return List.copyOf(loaded.keySet());
    }

    /** Marks a model loaded, as if an earlier client had used it. */
    public void markLoaded(String name) {
        loaded.put(name, Instant.now().plusSeconds(600).toString());
    }

    /** Every request received on a path, e.g. {@code /api/generate}, in order. */
    public List<Recorded> requests(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).toList();
    }

    /** Generate requests that asked a model for an answer (loads and unloads left out). */
    public List<Recorded> generations(String model) {
        return requests("/api/generate").stream()
                .filter(r -> model.equals(r.model()) && !r.prompt().isEmpty()).toList();
    }

    @Override
    public void close() {
        stopped.countDown();
        server.stop(0);
        executor.shutdownNow();
    }

    private interface Handler {
        void handle(HttpExchange exchange, Map<String, Object> body) throws IOException;
    }

    private void serve(HttpExchange exchange, Handler handler) {
        try (exchange) {
            byte[] raw = exchange.getRequestBody().readAllBytes();
            Map<String, Object> body = raw.length == 0 ? Map.of()
                    : JSON.readValue(raw, new TypeReference<LinkedHashMap<String, Object>>() { });
            requests.add(new Recorded(exchange.getRequestURI().getPath(), body));
            handler.handle(exchange, body);
        } catch (IOException | RuntimeException e) {
            // the client went away (a timeout) or sent something odd; nothing to answer
        }
    }

    private void tags(HttpExchange ex, Map<String, Object> body) throws IOException {
        List<Map<String, Object>> list = new ArrayList<>();
        for (ModelScript m : models.values()) {
            if (m.present()) {
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("name", m.name());
                e.put("model", m.name());
                e.put("modified_at", "2025-01-01T00:00:00Z");
                e.put("size", m.sizeBytes());
                e.put("digest", "sha256:" + Integer.toHexString(m.name().hashCode()));
                e.put("details", details());
                list.add(e);
            }
        }
        json(ex, 200, Map.of("models", list));
    }

    private void ps(HttpExchange ex, Map<String, Object> body) throws IOException {
        List<Map<String, Object>> list = new ArrayList<>();
        loaded.forEach((name, expires) -> {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("name", name);
            e.put("model", name);
            e.put("size", model(name).sizeBytes());
            e.put("digest", "sha256:" + Integer.toHexString(name.hashCode()));
            e.put("details", details());
            e.put("expires_at", expires);
            e.put("size_vram", 0);
            list.add(e);
        });
        json(ex, 200, Map.of("models", list));
    }

    private void show(HttpExchange ex, Map<String, Object> body) throws IOException {
        String name = String.valueOf(body.getOrDefault("model", body.get("name")));
        ModelScript m = models.get(name);
        if (m == null || !m.present()) {
            json(ex, 404, Map.of("error", "model '" + name + "' not found"));
            return;
        }
        json(ex, 200, Map.of("license", "", "modelfile", "# fake", "parameters", "temperature 0", "template", "{{ .Prompt }}",
                "details", details(), "capabilities", List.of("completion")));
    }

    private void pull(HttpExchange ex, Map<String, Object> body) throws IOException {
        String name = String.valueOf(body.getOrDefault("model", body.get("name")));
        model(name).pulled();
        StringBuilder lines = new StringBuilder();
        for (String status : List.of("pulling manifest", "verifying sha256 digest", "writing manifest", "success")) {
            lines.append(JSON.writeValueAsString(Map.of("status", status))).append('\n');
        }
        reply(ex, 200, lines.toString());
    }

    private void generate(HttpExchange ex, Map<String, Object> body) throws IOException {
        String name = String.valueOf(body.get("model"));
        Object prompt = body.get("prompt");
        if (prompt == null || String.valueOf(prompt).isEmpty()) {
            loadOrUnload(ex, name, body.get("keep_alive"));
            return;
        }
        respond(ex, name, body, text -> Map.of("model", name, "created_at", Instant.now().toString(), "response", text,
                "done", true, "done_reason", "stop", "context", List.of(1, 2, 3), "total_duration", 1_000_000,
                "prompt_eval_count", String.valueOf(prompt).length() / 4, "eval_count", text.length() / 4));
    }

    private void chat(HttpExchange ex, Map<String, Object> body) throws IOException {
        String name = String.valueOf(body.get("model"));
        respond(ex, name, body, text -> Map.of("model", name, "created_at", Instant.now().toString(),
                "message", Map.of("role", "assistant", "content", text), "done", true, "done_reason", "stop",
                "total_duration", 1_000_000, "prompt_eval_count", 10, "eval_count", text.length() / 4));
    }

    private void loadOrUnload(HttpExchange ex, String name, Object keepAlive) throws IOException {
        ModelScript m = models.get(name);
        if (m == null || !m.present()) {
            json(ex, 404, Map.of("error", "model \"" + name + "\" not found, try pulling it first"));
            return;
        }
        boolean unload = keepAlive != null && ("0".equals(String.valueOf(keepAlive)) || "0s".equals(keepAlive));
        if (unload) {
            loaded.remove(name);
        } else {
            loaded.put(name, Instant.now().plusSeconds(600).toString());
        }
        json(ex, 200, Map.of("model", name, "created_at", Instant.now().toString(), "response", "", "done", true,
                "done_reason", unload ? "unload" : "load"));
    }

    private void respond(HttpExchange ex, String name, Map<String, Object> body,
                         java.util.function.Function<String, Map<String, Object>> shape) throws IOException {
        ModelScript m = models.get(name);
        if (m == null || !m.present()) {
            json(ex, 404, Map.of("error", "model \"" + name + "\" not found, try pulling it first"));
            return;
        }
        m.enter();
        try {
            Behaviour b = m.next();
            pause(m.latency().toMillis());
            if (b instanceof Answer a) {
                loaded.put(name, Instant.now().plusSeconds(600).toString());
                json(ex, 200, shape.apply(a.text().apply(body)));
            } else if (b instanceof Failure f) {
                json(ex, f.status(), Map.of("error", f.error()));
            } else if (b instanceof Hang) {
                pause(TimeUnit.MINUTES.toMillis(5));
            } else if (b instanceof Malformed) {
                reply(ex, 200, "{\"model\":\"" + name + "\",\"response\":\"{\\\"net_pay\\\": \"<<garbled\n");
            }
        } finally {
            m.leave();
        }
    }

    /** The fake's own waiting (latency, hangs), cut short when it stops. */
    private void pause(long millis) {
        if (millis <= 0) {
            return;
        }
        try {
            stopped.await(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Map<String, Object> details() {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("parent_model", "");
        d.put("format", "gguf");
        d.put("family", "llama");
        d.put("families", List.of("llama"));
        d.put("parameter_size", "3.2B");
        d.put("quantization_level", "Q4_K_M");
        return d;
    }

    private static void json(HttpExchange ex, int status, Object body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        reply(ex, status, JSON.writeValueAsString(body));
    }

    private static void reply(HttpExchange ex, int status, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }
}
