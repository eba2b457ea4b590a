package io.taxstream.processors.config;

/** Configuration keys of the document processors, each defined here once. */
public final class ProcessorKeys {

    public static final ConfigKey<String> PIPELINE_VERSION = ConfigKey.string("pipeline.version", "1",
            "version of the extraction pipeline; part of the result-cache key, so raising it makes resubmitted documents be processed again");
    public static final ConfigKey<Double> CLASSIFIER_MIN_CONFIDENCE = ConfigKey.decimal("classifier.min.confidence", 0.6,
            "a document classified with less confidence than this goes to review");
    public static final ConfigKey<Integer> MAX_DOCUMENT_BYTES = ConfigKey.integer("documents.max.bytes", 25 * 1024 * 1024,
            "largest document accepted, in bytes");
    public static final ConfigKey<Integer> MAX_PAGES = ConfigKey.integer("documents.max.pages", 200,
            "most pages read from one document");
    public static final ConfigKey<Long> LOAD_TIMEOUT_MS = ConfigKey.longValue("documents.load.timeout.ms", 20_000,
            "longest time spent reading one document's text layer");
    public static final ConfigKey<Integer> PASSWORD_MAX_TRIES = ConfigKey.integer("documents.password.max.tries", 12,
            "most passwords derived from metadata hints that are tried on an encrypted document");

    private ProcessorKeys() {
    }
}
