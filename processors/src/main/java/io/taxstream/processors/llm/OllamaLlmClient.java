package io.taxstream.processors.llm;

import io.github.ollama4j.Ollama;
import io.github.ollama4j.exceptions.OllamaException;
import io.github.ollama4j.models.generate.OllamaGenerateRequest;
import io.github.ollama4j.models.response.OllamaResult;
import io.github.ollama4j.utils.OptionsBuilder;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * {@link LlmClient} for Ollama through ollama4j's {@code /api/generate}: structured output by
 * JSON schema ({@code format}), options {@code num_ctx}, {@code num_predict}, {@code temperature},
 * {@code seed}, and {@code keep_alive}. ollama4j's timeout belongs to a client instance, so there
 * is one instance per timeout in use. Thread-safe: ollama4j makes a new HTTP exchange per call.
 */
public final class OllamaLlmClient implements LlmClient {

    private final String host;
    private final ConcurrentMap<Long, Ollama> bySeconds = new ConcurrentHashMap<>();

    private OllamaLlmClient(String host) {
        this.host = host;
    }

    /** A client for {@code host}, e.g. {@code http://localhost:11434}. */
    public static OllamaLlmClient forHost(String host) {
        return new OllamaLlmClient(Objects.requireNonNull(host).strip());
    }

    public String host() {
        return host;
    }

    /** The ollama4j client with the given timeout (whole seconds, at least one), for the model service. */
    public Ollama api(Duration timeout) {
        long seconds = Math.max(1, (timeout.toMillis() + 999) / 1000);
        return bySeconds.computeIfAbsent(seconds, s -> {
            Ollama api = new Ollama(host);
            api.setRequestTimeoutSeconds(s);
            api.setMetricsEnabled(false);
            return api;
        });
    }

    @Override
    public LlmResponse generate(LlmRequest request) throws LlmException {
        OllamaGenerateRequest body = OllamaGenerateRequest.builder()
                .withModel(request.model())
                .withPrompt(request.prompt())
                .withOptions(new OptionsBuilder()
                        .setNumCtx(request.numCtx())
                        .setNumPredict(request.maxOutputTokens())
                        .setTemperature((float) request.temperature())
                        .setSeed(request.seed())
                        .build())
                .withStreaming(false)
                .withKeepAlive(request.keepAlive());
        if (request.system() != null && !request.system().isEmpty()) {
            body.withSystem(request.system());
        }
        if (request.schema() != null) {
            body.withFormat(request.schema());
        }
        long start = System.nanoTime();
        try {
            OllamaResult result = api(request.timeout()).generate(body, null);
            return new LlmResponse(result.getResponse(), (System.nanoTime() - start) / 1_000_000,
                    result.getPromptEvalCount(), result.getEvalCount(), result.getDoneReason());
        } catch (OllamaException | RuntimeException e) {
            throw OllamaErrors.translate(e, request.model());
        }
    }
}
