package io.taxstream.processors.models;

import io.github.ollama4j.Ollama;
import io.github.ollama4j.exceptions.OllamaException;
import io.github.ollama4j.models.generate.OllamaGenerateRequest;
import io.github.ollama4j.models.ps.ModelProcessesResult;
import io.github.ollama4j.models.response.Model;
import io.taxstream.processors.llm.LlmException;
import io.taxstream.processors.llm.OllamaErrors;
import io.taxstream.processors.llm.OllamaLlmClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link ModelService} for Ollama through ollama4j. Listing and unloading use a short timeout;
 * pulling and loading a long one, since a pull downloads gigabytes and a load reads them.
 */
public final class OllamaModelService implements ModelService {

    private static final Duration SHORT = Duration.ofSeconds(5);
    private static final Duration LONG = Duration.ofMinutes(30);

    private final OllamaLlmClient client;

    public OllamaModelService(OllamaLlmClient client) {
        this.client = client;
    }

    @Override
    public List<Available> available() throws LlmException {
        try {
            List<Available> out = new ArrayList<>();
            for (Model m : api(SHORT).listModels()) {
                out.add(new Available(m.getName(), m.getSize()));
            }
            return out;
        } catch (OllamaException | RuntimeException e) {
            throw OllamaErrors.translate(e, null);
        }
    }

    @Override
    public List<Loaded> loaded() throws LlmException {
        try {
            ModelProcessesResult ps = api(SHORT).ps();
            List<Loaded> out = new ArrayList<>();
            if (ps.getModels() != null) {
                for (ModelProcessesResult.ModelProcess p : ps.getModels()) {
                    out.add(new Loaded(p.getName() != null ? p.getName() : p.getModel(), p.getSize(), p.getSizeVram(),
                            p.getExpiresAt()));
                }
            }
            return out;
        } catch (OllamaException | RuntimeException e) {
            throw OllamaErrors.translate(e, null);
        }
    }

    @Override
    public void pull(String model) throws LlmException {
        try {
            api(LONG).pullModel(model);
        } catch (OllamaException | RuntimeException e) {
            throw OllamaErrors.translate(e, model);
        }
    }

    @Override
    public void load(String model, String keepAlive) throws LlmException {
        try {
            // Ollama loads a model on a generate request with an empty prompt and answers at once
            api(LONG).generate(OllamaGenerateRequest.builder().withModel(model).withPrompt("")
                    .withKeepAlive(keepAlive).withStreaming(false), null);
        } catch (OllamaException | RuntimeException e) {
            throw OllamaErrors.translate(e, model);
        }
    }

    @Override
    public void unload(String model) throws LlmException {
        try {
            api(SHORT).unloadModel(model);
        } catch (OllamaException | RuntimeException e) {
            throw OllamaErrors.translate(e, model);
        }
    }

    private Ollama api(Duration timeout) {
        return client.api(timeout);
    }
}
