package io.taxstream.processors.cascade;

import io.taxstream.avro.DocType;
import io.taxstream.processors.classify.Classification;
import io.taxstream.processors.extract.Extraction;
import io.taxstream.processors.extract.Specialist;
import io.taxstream.processors.extract.TierAttempt;
import io.taxstream.processors.llm.Family;
import io.taxstream.processors.llm.LlmException;
import io.taxstream.processors.llm.LlmExtractor;
import io.taxstream.processors.llm.LlmInput;
import io.taxstream.processors.llm.ModelRun;
import io.taxstream.processors.model.Document;
import io.taxstream.processors.models.FamilyModels;
import io.taxstream.processors.models.ModelManager;
import io.taxstream.processors.models.ModelsState;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The specialist with tiers: rules, the family's primary model, its smaller secondary. With
 * {@link CascadePolicy#RULES_FIRST} the rules go first and their result stands when it passes
 * the {@link Acceptance} gate, so most documents never reach a model; otherwise (and always with
 * {@link CascadePolicy#LLM_FIRST}) the models are asked in order until one gives an acceptable
 * result, and everything found is merged field by field preferring values that validate.
 * Errors decide the next step: out of memory or a timeout moves to the smaller, faster model;
 * invalid JSON has had its repair request and moves on; an unreachable server opens the
 * {@link CircuitBreaker}, which skips the model tiers (recorded as {@code offline}) until its
 * cool-down ends. Every step is an attempt in the result.
 */
public final class CascadeSpecialist implements Specialist {

    private static final Logger log = LoggerFactory.getLogger(CascadeSpecialist.class);

    private final Specialist rules;
    private final LlmExtractor llm;
    private final FamilyModels families;
    private final ModelManager manager;
    private final CircuitBreaker breaker;
    private final Acceptance acceptance;
    private final FieldMerger merger;
    private final CascadePolicy policy;
    private final boolean llmEnabled;
    private final Duration budget;

    /**
     * @param budget longest the model tiers may take for one document, all models and repairs
     *               together; keep it below the topology's {@code specialist.timeout.ms}
     */
    public CascadeSpecialist(Specialist rules, LlmExtractor llm, FamilyModels families, ModelManager manager,
                             CircuitBreaker breaker, Acceptance acceptance, CascadePolicy policy, boolean llmEnabled,
                             Duration budget) {
        this.rules = rules;
        this.llm = llm;
        this.families = families;
        this.manager = manager;
        this.breaker = breaker;
        this.acceptance = acceptance;
        this.merger = new FieldMerger(acceptance);
        this.policy = policy;
        this.llmEnabled = llmEnabled;
        this.budget = budget;
    }

    @Override
    public Extraction extract(Document document, Classification classification, Map<String, String> hints) {
        DocType type = classification.type();
        List<TierAttempt> attempts = new ArrayList<>();
        List<Extraction> found = new ArrayList<>();
        if (policy == CascadePolicy.RULES_FIRST) {
            Extraction byRules = rules.extract(document, classification, hints);
            attempts.addAll(byRules.attempts());
            if (acceptance.accepts(type, byRules)) {
                return byRules;
            }
            found.add(byRules);
        }
        List<String> notes = new ArrayList<>();
        List<Extraction> byModels = models(document, type, attempts, notes);
        if (policy == CascadePolicy.LLM_FIRST) {
            found.addAll(byModels);
            boolean done = !byModels.isEmpty() && acceptance.accepts(type, byModels.get(byModels.size() - 1));
            if (!done) {
                Extraction byRules = rules.extract(document, classification, hints);
                attempts.addAll(byRules.attempts());
                found.add(byRules);
            }
        } else {
            // the models asked later, and when the first one's answer is not acceptable, the more
            // values to choose from; rules stay first so an equal tie keeps the deterministic tier
            found.addAll(byModels);
        }
        return merger.merge(type, found, attempts, notes);
    }

    /** Asks the family's models in order; returns their grounded extractions. */
    private List<Extraction> models(Document document, DocType type, List<TierAttempt> attempts, List<String> notes) {
        List<Extraction> out = new ArrayList<>();
        if (!llmEnabled) {
            attempts.add(new TierAttempt(LlmExtractor.TIER, null, "skipped", 0, "LLM tiers disabled"));
            return out;
        }
        if (type == DocType.UNKNOWN) {
            // the contract has no fields for it: a model could only make values up
            return out;
        }
        if (!breaker.allowRequest()) {
            attempts.add(new TierAttempt(LlmExtractor.TIER, null, "offline", 0, "circuit open: model server unreachable"));
            return out;
        }
        long deadline = System.nanoTime() + budget.toNanos();
        LlmInput input = LlmInput.of(document, type);
        if (input.prompt().instructionLines() > 0) {
            notes.add("document contains text addressed to a model (possible prompt injection)");
        }
        ModelManager.Plan plan = manager.plan(families.of(Family.of(type)));
        for (String tooBig : plan.tooBig()) {
            attempts.add(new TierAttempt(LlmExtractor.TIER, tooBig, "skipped", 0, "not enough free memory"));
        }
        for (String model : plan.models()) {
            ModelRun run;
            try {
                run = manager.withPermit(model, () -> llm.run(model, input, deadline));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                attempts.add(new TierAttempt(LlmExtractor.TIER, model, "error", 0, "interrupted"));
                return out;
            }
            attempts.addAll(run.attempts());
            if (run.succeeded()) {
                breaker.recordSuccess();
                out.add(run.extraction());
                if (acceptance.accepts(type, run.extraction())) {
                    break;
                }
                continue;
            }
            if (!nextStep(run.failure(), model)) {
                break;
            }
        }
        return out;
    }

    /** Whether the cascade goes on to the next model after this failure. */
    private boolean nextStep(LlmException failure, String model) {
        switch (failure.kind()) {
            case OFFLINE -> {
                breaker.recordFailure();
                if (breaker.state() != CircuitBreaker.State.CLOSED) {
                    log.warn("model server unreachable; LLM tiers offline until {}", breaker.snapshot().nextTrialAt());
                }
                return breaker.state() == CircuitBreaker.State.CLOSED;
            }
            case INTERRUPTED -> {
                Thread.currentThread().interrupt();
                return false;
            }
            case OUT_OF_MEMORY -> {
                breaker.recordSuccess();
                manager.noteOutOfMemory(model);
                return true;
            }
            case MODEL_NOT_FOUND -> {
                breaker.recordSuccess();
                manager.noteMissing(model);
                return true;
            }
            default -> {
                breaker.recordSuccess();
                return true;
            }
        }
    }

    /** The model tiers' state for the dashboard and {@code /health}. */
    public ModelsState state() {
        return manager.state();
    }

    public CascadePolicy policy() {
        return policy;
    }
}
