package io.taxstream.processors.config;

import io.taxstream.processors.cascade.CascadePolicy;
import io.taxstream.processors.llm.LlmDefaults;

/**
 * Configuration keys of the LLM tiers, the cascade, the model manager and the fast classifier,
 * each defined here once with its documentation and default.
 */
public final class LlmKeys {

    public static final ConfigKey<String> OLLAMA_HOST = ConfigKey.string("ollama.host", LlmDefaults.HOST,
            "address of the Ollama server the LLM tiers talk to").withEnv("OLLAMA_HOST");
    public static final ConfigKey<CascadePolicy> CASCADE_POLICY = ConfigKey.enumeration("cascade.policy",
            CascadePolicy.RULES_FIRST, "rules-first: accept the rules tier when it is complete and valid, else ask the"
                    + " models; llm-first: ask the models first and fill gaps from the rules");
    public static final ConfigKey<Long> CASCADE_BUDGET_MS = ConfigKey.longValue("cascade.budget.ms", 150_000,
            "longest the model tiers may take for one document, every model and repair together; keep it below"
                    + " specialist.timeout.ms (180000), after which the topology gives up on the document");
    public static final ConfigKey<Boolean> LLM_ENABLED = ConfigKey.bool("llm.enabled", true,
            "whether the LLM tiers are used at all (off: rules tier only)");
    public static final ConfigKey<String> FORM16_MODEL = ConfigKey.string("llm.form16.model", "phi3:mini",
            "primary model of the form16 family (FORM_16)");
    public static final ConfigKey<String> FORM16_SECONDARY = ConfigKey.string("llm.form16.secondary", "qwen2:1.5b",
            "smaller, faster model of the form16 family, asked when the primary fails or runs out of memory");
    public static final ConfigKey<String> FINANCIAL_MODEL = ConfigKey.string("llm.financial.model", "qwen2:1.5b",
            "primary model of the financial family (bank statements, interest certificates, capital gains)");
    public static final ConfigKey<String> FINANCIAL_SECONDARY = ConfigKey.string("llm.financial.secondary", "qwen2:0.5b",
            "smaller, faster model of the financial family");
    public static final ConfigKey<String> GENERAL_MODEL = ConfigKey.string("llm.general.model", "llama3.2:3b",
            "primary model of the general family (payslips, investment proofs, unknown)");
    public static final ConfigKey<String> GENERAL_SECONDARY = ConfigKey.string("llm.general.secondary", "llama3.2:1b",
            "smaller, faster model of the general family");
    public static final ConfigKey<Long> REQUEST_TIMEOUT_MS = ConfigKey.longValue("llm.timeout.ms", LlmDefaults.TIMEOUT.toMillis(),
            "longest one model request may take (whole seconds are used; ollama4j's own default is 10 s)");
    public static final ConfigKey<Integer> SEED = ConfigKey.integer("llm.seed", LlmDefaults.SEED,
            "sampling seed: with temperature 0 a repeated request gives the same answer");
    public static final ConfigKey<Integer> MAX_CONTEXT = ConfigKey.integer("llm.context.max", 16_384,
            "largest num_ctx asked for; longer documents are split by page and the parts merged");
    public static final ConfigKey<Integer> MAX_OUTPUT_TOKENS = ConfigKey.integer("llm.output.max.tokens", LlmDefaults.MAX_OUTPUT_TOKENS,
            "num_predict: the most tokens a model may answer with");
    public static final ConfigKey<Integer> MAX_OUTPUT_CHARS = ConfigKey.integer("llm.output.max.chars", 24_000,
            "a longer answer is treated as invalid output");
    public static final ConfigKey<Integer> MODEL_PARALLELISM = ConfigKey.integer("llm.model.parallelism", 4,
            "requests one model serves at once (per model: llm.model.<name>.parallelism)");
    public static final ConfigKey<String> KEEP_ALIVE = ConfigKey.string("llm.keep.alive", LlmDefaults.KEEP_ALIVE,
            "keep_alive sent with each request (per model: llm.model.<name>.keep.alive)");
    public static final ConfigKey<Long> IDLE_UNLOAD_MS = ConfigKey.longValue("llm.idle.unload.ms", 600_000,
            "a loaded model unused for this long is unloaded");
    public static final ConfigKey<Boolean> PULL_MISSING = ConfigKey.bool("llm.pull.missing", false,
            "pull configured models that Ollama lacks at start");
    public static final ConfigKey<Long> MEMORY_BUDGET_MB = ConfigKey.longValue("llm.memory.budget.mb", 8_192,
            "memory Ollama may fill with models; a model that does not fit in what is free gives way to a smaller one");
    public static final ConfigKey<Long> MAINTENANCE_INTERVAL_MS = ConfigKey.longValue("llm.maintenance.interval.ms", 30_000,
            "how often the model manager refreshes its view, preloads busy models and unloads idle ones");
    public static final ConfigKey<Integer> BREAKER_FAILURES = ConfigKey.integer("llm.breaker.failures", 1,
            "consecutive connection failures that open the circuit breaker");
    public static final ConfigKey<Long> BREAKER_COOLDOWN_MS = ConfigKey.longValue("llm.breaker.cooldown.ms", 30_000,
            "how long an open circuit skips the LLM tiers before one request tries again");
    public static final ConfigKey<Boolean> EMBEDDING_ENABLED = ConfigKey.bool("classifier.embedding.enabled", true,
            "use the in-process embedding classifier when the keyword classifier is unsure");
    public static final ConfigKey<Double> KEYWORD_SURE = ConfigKey.decimal("classifier.keywords.sure", 0.8,
            "keyword confidence from which the keyword classifier decides alone (below it the embedding tier is asked)");
    public static final ConfigKey<Double> EMBEDDING_SURE = ConfigKey.decimal("classifier.embedding.sure", 0.6,
            "embedding confidence from which the embedding classifier decides without asking the LLM tier");
    public static final ConfigKey<Double> EMBEDDING_FLOOR = ConfigKey.decimal("classifier.embedding.floor", 0.6,
            "embedding confidence from which its verdict overrides an unsure keyword verdict when the LLM tier is not sure either");
    public static final ConfigKey<Boolean> LLM_CLASSIFIER_ENABLED = ConfigKey.bool("classifier.llm.enabled", true,
            "ask a small model as the last classifier tier when Ollama is up");
    public static final ConfigKey<String> CLASSIFIER_MODEL = ConfigKey.string("classifier.llm.model", "llama3.2:1b",
            "model of the last classifier tier");

    private LlmKeys() {
    }

    /** The key that overrides one model's parallelism. */
    public static ConfigKey<Integer> parallelismOf(String model) {
        return ConfigKey.integer("llm.model." + model + ".parallelism", -1, "requests model " + model + " serves at once");
    }

    /** The key that overrides one model's keep_alive. */
    public static ConfigKey<String> keepAliveOf(String model) {
        return ConfigKey.string("llm.model." + model + ".keep.alive", "", "keep_alive of model " + model);
    }
}
