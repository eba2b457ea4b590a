package io.taxstream.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.taxstream.corpus.CorpusGenerator;
import io.taxstream.corpus.CorpusSpec;
import io.taxstream.corpus.GeneratedDocument;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real overview page in headless Chromium while documents flow through the whole platform:
 * the page sees throughput and lag change and a document reach its final state, and the
 * document's own page shows it. Screenshots go to {@code target/}. Skips, saying why, when no
 * Chromium is installed ({@code apt-get install -y chromium}).
 */
class DashboardBrowserIT {

    private static final String STATE = "JSON.stringify({"
            + "conn: document.getElementById('conn').dataset.state,"
            + "throughput: parseFloat(document.getElementById('throughput-total').textContent),"
            + "lag: parseInt(document.getElementById('lag-total').textContent, 10),"
            + "rows: document.querySelectorAll('#recent-docs tbody tr').length,"
            + "tracked: (function (r) { return r ? {stage: r.dataset.stage, done: r.dataset.done, status: r.dataset.status} : null; })"
            + "(document.querySelector('#recent-docs tr[data-id=\"%s\"]'))})";

    @TempDir
    Path dir;

    @Test
    void shouldShowThroughputLagAndADocumentReachingItsFinalStateWhileDocumentsFlow() throws Exception {
        Optional<Path> browser = Chromium.find();
        Assumptions.assumeTrue(browser.isPresent(),
                "no Chromium found (set CHROME_BIN or install Debian's chromium package): skipping the browser test");

        try (RunningPlatform running = RunningPlatform.start(dir, "browser-it");
             Chromium chromium = Chromium.launch(browser.get(), dir.resolve("chromium-profile"), Path.of("target", "chromium-it.log"))) {
            chromium.navigate(running.base + "/");
            await().atMost(Duration.ofSeconds(30)).until(() -> state(chromium, "none").path("conn").asText().equals("live"));
            JsonNode before = state(chromium, "none");
            assertThat(before.path("throughput").asDouble()).isZero();

            List<GeneratedDocument> documents = new CorpusGenerator().generate(CorpusSpec.of(2026L, 6,
                    CorpusSpec.Kind.FORM_16, CorpusSpec.Kind.PAYSLIP, CorpusSpec.Kind.BANK_STATEMENT,
                    CorpusSpec.Kind.INTEREST_CERTIFICATE, CorpusSpec.Kind.CAPITAL_GAINS, CorpusSpec.Kind.INVESTMENT_PROOF));
            Multipart body = new Multipart();
            documents.forEach(d -> body.file("file", d.fileName(), d.content()));
            List<String> ids = running.upload(body);
            String tracked = ids.get(ids.size() - 1);

            Set<Long> lags = new ConcurrentSkipListSet<>();
            Set<Double> rates = new ConcurrentSkipListSet<>();
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(150)).until(() -> {
                JsonNode now = state(chromium, tracked);
                lags.add(now.path("lag").asLong());
                rates.add(now.path("throughput").asDouble());
                JsonNode row = now.path("tracked");
                return "true".equals(row.path("done").asText()) && ids.stream().allMatch(running::done)
                        && lags.stream().anyMatch(l -> l > 0) && now.path("lag").asLong() == 0;
            });
            assertThat(lags).as("lag the page showed").contains(0L).anyMatch(l -> l > 0);
            assertThat(rates).as("throughput the page showed").contains(0.0).anyMatch(r -> r > 0);
            JsonNode after = state(chromium, tracked);
            assertThat(after.path("tracked").path("stage").asText()).isIn("completed", "cache_hit");
            assertThat(after.path("tracked").path("status").asText()).isIn("EXTRACTED", "NEEDS_REVIEW", "FAILED");
            assertThat(chromium.evaluate("document.querySelectorAll('#throughput-chart polyline').length").asInt()).isPositive();
            assertThat(chromium.evaluate("document.querySelectorAll('#lag tbody tr[data-topic]').length").asInt()).isPositive();
            chromium.screenshot(Path.of("target", "dashboard-overview.png"));

            chromium.evaluate("document.querySelector('#recent-docs tr[data-id=\"" + tracked + "\"] a').click()");
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                    .until(() -> chromium.evaluate("location.pathname").asText().startsWith("/documents/")
                            && "complete".equals(chromium.evaluate("document.readyState").asText()));
            assertThat(chromium.evaluate("document.getElementById('document').dataset.done").asText()).isEqualTo("true");
            assertThat(chromium.evaluate("document.querySelectorAll('#history tbody tr').length").asInt()).isGreaterThanOrEqualTo(1);
            chromium.screenshot(Path.of("target", "dashboard-document.png"));
        }
    }

    private static JsonNode state(Chromium chromium, String trackedId) throws Exception {
        return Json.MAPPER.readTree(chromium.evaluate(String.format(STATE, trackedId)).asText());
    }
}
