package io.taxstream.processors.cascade;

import io.taxstream.processors.config.Config;
import io.taxstream.processors.config.LlmKeys;
import io.taxstream.processors.extract.Specialist;
import io.taxstream.processors.llm.Family;
import io.taxstream.processors.llm.LlmClient;
import io.taxstream.processors.llm.LlmExtractor;
import io.taxstream.processors.llm.LlmSettings;
import io.taxstream.processors.llm.OllamaLlmClient;
import io.taxstream.processors.models.FamilyModels;
import io.taxstream.processors.models.ModelManager;
import io.taxstream.processors.models.ModelSpec;
import io.taxstream.processors.models.OllamaModelService;
import io.taxstream.processors.validate.Validator;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The LLM tiers built from configuration: the Ollama client at {@code OLLAMA_HOST}, the circuit
 * breaker, the model manager and the cascade specialist over a rules tier. Building does no I/O;
 * {@link #start()} begins the model manager's maintenance (its first contact decides whether the
 * tiers show online or offline).
 *
 * @param client     the model server
 * @param breaker    the circuit breaker every LLM tier consults
 * @param manager    the model manager
 * @param specialist the cascade
 */
public record LlmTiers(LlmClient client, CircuitBreaker breaker, ModelManager manager, CascadeSpecialist specialist) {

    public static LlmTiers fromConfig(Config config, Specialist rules, Validator validator, Clock clock) {
        OllamaLlmClient client = OllamaLlmClient.forHost(config.get(LlmKeys.OLLAMA_HOST));
        CircuitBreaker breaker = new CircuitBreaker(config.get(LlmKeys.BREAKER_FAILURES),
                Duration.ofMillis(config.get(LlmKeys.BREAKER_COOLDOWN_MS)), clock);
        FamilyModels families = new FamilyModels(Map.of(
                Family.FORM16, List.of(config.get(LlmKeys.FORM16_MODEL), config.get(LlmKeys.FORM16_SECONDARY)),
                Family.FINANCIAL, List.of(config.get(LlmKeys.FINANCIAL_MODEL), config.get(LlmKeys.FINANCIAL_SECONDARY)),
                Family.GENERAL, List.of(config.get(LlmKeys.GENERAL_MODEL), config.get(LlmKeys.GENERAL_SECONDARY))));
        Map<String, ModelSpec> specs = new LinkedHashMap<>();
        for (String model : families.all()) {
            specs.put(model, spec(config, model));
        }
        String classifierModel = config.get(LlmKeys.CLASSIFIER_MODEL);
        specs.putIfAbsent(classifierModel, spec(config, classifierModel));
        ModelManager manager = new ModelManager(new OllamaModelService(client), breaker, families, specs,
                new ModelManager.Settings(Duration.ofMillis(config.get(LlmKeys.IDLE_UNLOAD_MS)),
                        config.get(LlmKeys.MEMORY_BUDGET_MB) * 1024 * 1024, config.get(LlmKeys.PULL_MISSING),
                        Duration.ofMillis(config.get(LlmKeys.MAINTENANCE_INTERVAL_MS))), clock);
        LlmSettings settings = new LlmSettings(Duration.ofMillis(config.get(LlmKeys.REQUEST_TIMEOUT_MS)),
                config.get(LlmKeys.SEED), config.get(LlmKeys.MAX_CONTEXT), config.get(LlmKeys.MAX_OUTPUT_TOKENS),
                config.get(LlmKeys.MAX_OUTPUT_CHARS), manager::keepAlive);
        CascadeSpecialist specialist = new CascadeSpecialist(rules, new LlmExtractor(client, settings), families, manager,
                breaker, new Acceptance(validator), config.get(LlmKeys.CASCADE_POLICY), config.get(LlmKeys.LLM_ENABLED),
                Duration.ofMillis(config.get(LlmKeys.CASCADE_BUDGET_MS)));
        return new LlmTiers(client, breaker, manager, specialist);
    }

    private static ModelSpec spec(Config config, String model) {
        int parallelism = config.get(LlmKeys.parallelismOf(model));
        String keepAlive = config.get(LlmKeys.keepAliveOf(model));
        return new ModelSpec(model, parallelism > 0 ? parallelism : config.get(LlmKeys.MODEL_PARALLELISM),
                keepAlive.isBlank() ? config.get(LlmKeys.KEEP_ALIVE) : keepAlive);
    }

    /** Starts the model manager's maintenance (a daemon thread). */
    public LlmTiers start() {
        manager.start();
        return this;
    }
}
