package io.taxstream.processors.pipeline;

import io.taxstream.avro.DocType;
import io.taxstream.processors.classify.Classifier;
import io.taxstream.processors.classify.KeywordClassifier;
import io.taxstream.processors.classify.LlmClassifier;
import io.taxstream.processors.classify.TieredClassifier;
import io.taxstream.processors.classify.embedding.EmbeddingClassifier;
import io.taxstream.processors.cascade.LlmTiers;
import io.taxstream.processors.config.Config;
import io.taxstream.processors.config.LlmKeys;
import io.taxstream.processors.config.ProcessorKeys;
import io.taxstream.processors.extract.Extractor;
import io.taxstream.processors.extract.RulesSpecialist;
import io.taxstream.processors.load.LoadLimits;
import io.taxstream.processors.load.Loaders;
import io.taxstream.processors.rules.DescribedExtractor;
import io.taxstream.processors.types.DocumentTypes;
import io.taxstream.processors.validate.ContractValidator;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the standard pipeline from configuration: the cascade specialist (rules, then the
 * family's models at {@code OLLAMA_HOST}, policy {@code cascade.policy}) for every type.
 */
public final class Pipelines {

    private Pipelines() {
    }

    public static Pipeline standard(Config config) {
        LoadLimits limits = LoadLimits.defaults()
                .withMaxBytes(config.get(ProcessorKeys.MAX_DOCUMENT_BYTES))
                .withMaxPages(config.get(ProcessorKeys.MAX_PAGES));
        limits = new LoadLimits(limits.maxBytes(), limits.maxPages(), limits.maxDecodedBytesPerPage(),
                Duration.ofMillis(config.get(ProcessorKeys.LOAD_TIMEOUT_MS)), limits.maxStreamCacheBytes(),
                config.get(ProcessorKeys.PASSWORD_MAX_TRIES));
        ContractValidator validator = new ContractValidator();
        LlmTiers tiers = LlmTiers.fromConfig(config, new RulesSpecialist(extractors()), validator, Clock.systemUTC());
        if (config.get(LlmKeys.LLM_ENABLED)) {
            tiers.start();
        }
        return new Pipeline(Loaders.standard(limits), classifier(config, tiers), tiers.specialist(),
                validator, new ResultAssembler(config.get(ProcessorKeys.CLASSIFIER_MIN_CONFIDENCE),
                config.get(ProcessorKeys.PIPELINE_VERSION)));
    }

    /**
     * The classifier tiers: keywords; when they are unsure the in-process embedding classifier
     * (warmed up in the background); when that is unsure too and Ollama is up, a small model.
     */
    static Classifier classifier(Config config, LlmTiers tiers) {
        List<TieredClassifier.Tier> list = new ArrayList<>();
        list.add(new TieredClassifier.Tier(new KeywordClassifier(), config.get(LlmKeys.KEYWORD_SURE)));
        if (config.get(LlmKeys.EMBEDDING_ENABLED)) {
            EmbeddingClassifier embedding = EmbeddingClassifier.shared();
            embedding.warmUpAsync();
            list.add(new TieredClassifier.Tier(embedding, config.get(LlmKeys.EMBEDDING_SURE),
                    config.get(LlmKeys.EMBEDDING_FLOOR)));
        }
        if (config.get(LlmKeys.LLM_ENABLED) && config.get(LlmKeys.LLM_CLASSIFIER_ENABLED)) {
            list.add(new TieredClassifier.Tier(new LlmClassifier(tiers.client(), tiers.breaker(),
                    config.get(LlmKeys.CLASSIFIER_MODEL), Duration.ofMillis(config.get(LlmKeys.REQUEST_TIMEOUT_MS))), 0.5));
        }
        return new TieredClassifier(list);
    }

    /** The rules extractor of every type that has a description. */
    public static List<Extractor> extractors() {
        List<Extractor> out = new ArrayList<>();
        for (DocType type : DocType.values()) {
            if (type != DocType.UNKNOWN && !DocumentTypes.of(type).fieldRules().isEmpty()) {
                out.add(new DescribedExtractor(DocumentTypes.of(type)));
            }
        }
        return out;
    }
}
