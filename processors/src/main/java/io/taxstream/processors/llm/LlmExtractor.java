package io.taxstream.processors.llm;

import io.taxstream.avro.DocType;
import io.taxstream.processors.contract.ContractFields;
import io.taxstream.processors.extract.Extraction;
import io.taxstream.processors.extract.TierAttempt;
import io.taxstream.processors.llm.GroundingGuard.Grounded;
import io.taxstream.processors.llm.LlmException.Kind;
import io.taxstream.processors.llm.PromptDocument.PromptPage;
import io.taxstream.processors.types.DocumentTypes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks one model for a document's contract fields: structured output with the type's schema,
 * temperature 0 and a fixed seed, a context sized to the document, a document too long for the
 * cap split by page and the parts' answers merged, one repair request when the answer is not the
 * JSON asked for, and every value through the {@link GroundingGuard}. Logs sizes and outcomes
 * only, never prompt or document text.
 */
public final class LlmExtractor {

    /** The tier name in a result's {@code attempts}. */
    public static final String TIER = "ollama";

    private static final Logger log = LoggerFactory.getLogger(LlmExtractor.class);

    private final LlmClient client;
    private final LlmSettings settings;
    private final ContextSizer sizer;
    private final ResponseParser parser;
    private final GroundingGuard guard = new GroundingGuard();

    public LlmExtractor(LlmClient client, LlmSettings settings) {
        this.client = client;
        this.settings = settings;
        this.sizer = new ContextSizer(settings.maxContext(), settings.maxOutputTokens());
        this.parser = new ResponseParser(settings.maxOutputChars());
    }

    /** Asks {@code model}; never throws for model failures, which the run carries. */
    public ModelRun run(String model, LlmInput input) {
        return run(model, input, Long.MAX_VALUE);
    }

    /**
     * Asks {@code model} within a deadline ({@link System#nanoTime()} based): each request's
     * timeout is the configured one or what is left, whichever is shorter; past the deadline the
     * run fails as a timeout without asking.
     */
    public ModelRun run(String model, LlmInput input, long deadlineNanos) {
        DocType type = input.type();
        List<TierAttempt> attempts = new ArrayList<>();
        List<List<PromptPage>> parts = sizer.split(input.prompt().pages());
        List<LlmAnswer> answers = new ArrayList<>();
        int maxCtx = 0;
        for (List<PromptPage> part : parts) {
            String text = PromptDocument.render(part);
            int promptTokens = ContextSizer.estimateTokens(text) + ContextSizer.estimateTokens(Prompts.system(type));
            int answerTokens = sizer.expectedAnswerTokens(DocumentTypes.of(type).fields().size(),
                    ContractFields.itemKind(type).isPresent(), promptTokens);
            int numCtx = sizer.numCtx(DocumentTypes.of(type).contextTokens(), promptTokens, answerTokens);
            maxCtx = Math.max(maxCtx, numCtx);
            Duration timeout = timeout(deadlineNanos);
            if (timeout.isZero()) {
                attempts.add(new TierAttempt(TIER, model, "timeout", 0, "time budget spent"));
                return new ModelRun(model, null, attempts, new LlmException(Kind.TIMEOUT, model, "time budget spent"));
            }
            LlmRequest request = request(model, type, text, numCtx, timeout);
            try {
                answers.add(ask(request, type, attempts, parts.size()));
            } catch (LlmException e) {
                log.info("model {} failed on a {} document: {}", model, type, e.kind().label());
                return new ModelRun(model, null, attempts, e);
            }
        }
        Grounded grounded = guard.ground(type, LlmAnswer.merge(answers), input.evidence());
        String detail = "num_ctx " + maxCtx + (parts.size() > 1 ? ", " + parts.size() + " parts" : "")
                + ", kept " + grounded.fields().size() + " fields"
                + (grounded.dropped().isEmpty() ? "" : ", dropped ungrounded " + String.join(", ", grounded.dropped()));
        TierAttempt last = attempts.remove(attempts.size() - 1);
        attempts.add(new TierAttempt(TIER, model, "ok", last.millis(), detail));
        log.debug("model {} kept {} fields, dropped {}", model, grounded.fields().size(), grounded.dropped().size());
        Extraction extraction = new Extraction(TIER + ":" + model, grounded.fields(), grounded.items(), input.sections(),
                attempts, List.of());
        return new ModelRun(model, extraction, attempts, null);
    }

    /** The configured timeout, or what is left before the deadline (zero below a second). */
    private Duration timeout(long deadlineNanos) {
        if (deadlineNanos == Long.MAX_VALUE) {
            return settings.timeout();
        }
        long left = deadlineNanos - System.nanoTime();
        if (left < 1_000_000_000L) {
            return Duration.ZERO;
        }
        return Duration.ofNanos(Math.min(left, settings.timeout().toNanos()));
    }

    private LlmRequest request(String model, DocType type, String text, int numCtx, Duration timeout) {
        return LlmRequest.builder(model)
                .system(Prompts.system(type))
                .prompt(text)
                .schema(ExtractionSchema.of(type))
                .numCtx(numCtx)
                .maxOutputTokens(settings.maxOutputTokens())
                .temperature(LlmDefaults.TEMPERATURE)
                .seed(settings.seed())
                .keepAlive(settings.keepAlive().apply(model))
                .timeout(timeout)
                .build();
    }

    /** One part: the request, and when its answer is not valid JSON, one repair request. */
    private LlmAnswer ask(LlmRequest request, DocType type, List<TierAttempt> attempts, int parts) throws LlmException {
        LlmRequest current = request;
        for (int attempt = 0; ; attempt++) {
            long start = System.nanoTime();
            try {
                LlmResponse response = client.generate(current);
                if (response.truncated()) {
                    throw new LlmException(Kind.INVALID_OUTPUT, request.model(), "answer cut off at the output bound");
                }
                LlmAnswer answer = parser.parse(type, request.model(), response.text());
                attempts.add(new TierAttempt(TIER, request.model(), "ok", response.millis(), null));
                return answer;
            } catch (LlmException e) {
                long millis = (System.nanoTime() - start) / 1_000_000;
                attempts.add(new TierAttempt(TIER, request.model(), e.kind().outcome(), millis,
                        e.kind().label() + (parts > 1 ? " (part of " + parts + ")" : "")
                                + (attempt > 0 ? " after repair" : "")));
                if (e.kind() != Kind.INVALID_OUTPUT || attempt >= LlmDefaults.REPAIR_RETRIES) {
                    throw e;
                }
                current = request.withSystem(Prompts.repair(type));
            }
        }
    }

    /** The schema a type's answers follow, for the fake server and diagnostics. */
    public static Map<String, Object> schema(DocType type) {
        return ExtractionSchema.of(type);
    }
}
