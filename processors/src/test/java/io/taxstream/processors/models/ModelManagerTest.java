package io.taxstream.processors.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import io.taxstream.processors.cascade.CircuitBreaker;
import io.taxstream.processors.fake.FakeOllama;
import io.taxstream.processors.fake.MutableClock;
import io.taxstream.processors.llm.Family;
import io.taxstream.processors.llm.LlmException;
import io.taxstream.processors.llm.LlmRequest;
import io.taxstream.processors.llm.OllamaLlmClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ModelManagerTest {

    private static final String BIG = "phi3:mini";
    private static final String SMALL = "qwen2:1.5b";
    private static final long GIB = 1024L * 1024 * 1024;

    private final FakeOllama fake = FakeOllama.start();
    private final MutableClock clock = MutableClock.atEpoch();
    private final OllamaLlmClient client = OllamaLlmClient.forHost(fake.url());
    private final CircuitBreaker breaker = new CircuitBreaker(1, Duration.ofSeconds(30), clock);

    @AfterEach
    void stop() {
        fake.close();
    }

    private ModelManager manager(long budget, boolean pull) {
        FamilyModels families = new FamilyModels(Map.of(Family.FORM16, List.of(BIG, SMALL)));
        Map<String, ModelSpec> specs = Map.of(BIG, new ModelSpec(BIG, 2, "30m"), SMALL, new ModelSpec(SMALL, 4, "5m"));
        return new ModelManager(new OllamaModelService(client), breaker, families, specs,
                new ModelManager.Settings(Duration.ofMinutes(10), budget, pull, Duration.ofSeconds(30)), clock);
    }

    @Test
    void shouldReportAvailableAndLoadedModelsWithTheirMemory() {
        fake.model(BIG).size(3 * GIB);
        fake.model(SMALL).size(GIB);
        fake.markLoaded(SMALL);
        ModelManager manager = manager(8 * GIB, false);

        manager.refresh();

        ModelsState state = manager.state();
        assertThat(state.online()).isTrue();
        assertThat(state.memoryUsedBytes()).isEqualTo(GIB);
        assertThat(state.models()).extracting(ModelsState.ModelStatus::name, ModelsState.ModelStatus::loaded)
                .containsExactly(tuple(BIG, false), tuple(SMALL, true));
        assertThat(state.models().get(0).roles()).containsExactly("form16 primary");
    }

    @Test
    void shouldShowTheTiersOfflineWhenTheServerIsUnreachable() {
        fake.close();
        ModelManager manager = manager(8 * GIB, false);

        manager.refresh();

        assertThat(manager.state().online()).isFalse();
        assertThat(manager.state().circuit().state()).isEqualTo(CircuitBreaker.State.OPEN);
    }

    @Test
    void shouldPullMissingConfiguredModelsWhenAllowed() {
        fake.model(BIG).missing();
        fake.model(SMALL);
        ModelManager manager = manager(8 * GIB, true);
        manager.refresh();

        manager.pullMissing();

        assertThat(fake.requests("/api/pull")).extracting(FakeOllama.Recorded::model).containsExactly(BIG);
        assertThat(manager.state().models().get(0).available()).isTrue();
    }

    @Test
    void shouldPullMissingModelsInTheBackgroundOnceStartedWhenAllowed() {
        fake.model(BIG).missing();
        fake.model(SMALL);
        try (ModelManager manager = manager(8 * GIB, true).start()) {
            manager.noteMissing(BIG);

            await().atMost(Duration.ofSeconds(5)).until(() -> manager.state().models().get(0).available());
            assertThat(fake.requests("/api/pull")).extracting(FakeOllama.Recorded::model).contains(BIG);
        }
    }

    @Test
    void shouldUnloadAModelIdleLongerThanTheIdleTime() throws InterruptedException {
        fake.model(BIG);
        fake.model(SMALL);
        fake.markLoaded(BIG);
        fake.markLoaded(SMALL);
        ModelManager manager = manager(8 * GIB, false);
        manager.refresh();
        clock.advance(Duration.ofMinutes(6));
        manager.withPermit(SMALL, () -> "used");
        clock.advance(Duration.ofMinutes(5));

        manager.maintain();

        assertThat(fake.loaded()).containsExactly(SMALL);
        assertThat(fake.requests("/api/generate")).anySatisfy(r -> {
            assertThat(r.model()).isEqualTo(BIG);
            assertThat(String.valueOf(r.body().get("keep_alive"))).isEqualTo("0");
        });
    }

    @Test
    void shouldPreloadABusyModelWithItsKeepAlive() throws InterruptedException {
        fake.model(BIG);
        fake.model(SMALL);
        ModelManager manager = manager(8 * GIB, false);
        manager.withPermit(BIG, () -> "asked");

        manager.maintain();

        assertThat(fake.loaded()).contains(BIG);
        assertThat(fake.requests("/api/generate")).anySatisfy(r -> {
            assertThat(r.model()).isEqualTo(BIG);
            assertThat(r.body()).containsEntry("keep_alive", "30m");
        });
    }

    @Test
    void shouldPassOverAModelThatDoesNotFitInFreeMemory() {
        fake.model(BIG).size(6 * GIB);
        fake.model(SMALL).size(GIB);
        fake.model("other:7b").size(4 * GIB);
        fake.markLoaded("other:7b");
        ModelManager manager = manager(8 * GIB, false);
        manager.refresh();

        ModelManager.Plan plan = manager.plan(List.of(BIG, SMALL));

        assertThat(plan.models()).containsExactly(SMALL);
        assertThat(plan.tooBig()).containsExactly(BIG);
    }

    @Test
    void shouldBoundEachModelsConcurrentRequestsByItsParallelismWithoutSerialisingThem() throws Exception {
        fake.model(BIG).latency(Duration.ofMillis(300)).answers("{}");
        ModelManager manager = manager(8 * GIB, false);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<String>> calls = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                calls.add(pool.submit(() -> manager.withPermit(BIG, () -> {
                    try {
                        return client.generate(LlmRequest.builder(BIG).prompt("x").build()).text();
                    } catch (LlmException e) {
                        return e.kind().label();
                    }
                })));
            }
            for (Future<String> call : calls) {
                assertThat(call.get()).isEqualTo("{}");
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(fake.model(BIG).maxConcurrent()).isEqualTo(2);
    }

    @Test
    void shouldMaintainOnItsOwnOnceStarted() {
        fake.model(BIG);
        fake.model(SMALL);
        try (ModelManager manager = manager(8 * GIB, false).start()) {
            await().atMost(Duration.ofSeconds(5)).until(() -> manager.state().refreshedAt() != null);

            assertThat(manager.state().online()).isTrue();
        }
    }
}
