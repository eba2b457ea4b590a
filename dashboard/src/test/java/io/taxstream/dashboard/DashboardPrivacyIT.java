package io.taxstream.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.taxstream.corpus.CorpusGenerator;
import io.taxstream.corpus.CorpusSpec;
import io.taxstream.corpus.GeneratedDocument;
import io.taxstream.processors.validate.Identifiers;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real documents with PANs, account numbers, passwords and distinctive text go through the whole
 * platform via the upload API; none of them may then appear in {@code /metrics}, the logs, the
 * pages, the JSON API or the live events, while their masked forms do show where they belong.
 */
class DashboardPrivacyIT {

    private static final String NARRATIVE = "confidential-narrative-7d1f3a";
    private static final String TEXT_PAN = "AXYPK4321Q";
    private static final String TEXT_ACCOUNT = "918273645501";
    private static final java.util.regex.Pattern MASKED_PAN = java.util.regex.Pattern.compile("\"[A-Z]{5}\\*{4}[A-Z]\"");

    @TempDir
    Path dir;

    @Test
    void shouldNeverShowAPanAnAccountNumberAPasswordOrDocumentText() throws Exception {
        try (CapturedLogs logs = new CapturedLogs();
             RunningPlatform running = RunningPlatform.start(dir, "privacy-it")) {
            List<GeneratedDocument> documents = new CorpusGenerator().generate(new CorpusSpec(11L, 1,
                    List.of(CorpusSpec.Kind.FORM_16, CorpusSpec.Kind.BANK_STATEMENT, CorpusSpec.Kind.INTEREST_CERTIFICATE,
                            CorpusSpec.Kind.ENCRYPTED), Set.of(CorpusSpec.Option.PDF_ONLY)));
            Set<String> secrets = new LinkedHashSet<>(List.of(NARRATIVE, TEXT_PAN, TEXT_ACCOUNT));
            documents.forEach(d -> collectSecrets(d, secrets));
            Map<String, GeneratedDocument> byId = new LinkedHashMap<>();
            for (GeneratedDocument d : documents) {
                Multipart body = new Multipart().file("file", d.fileName(), d.content());
                d.password().ifPresent(p -> body.field("password", p));
                byId.put(running.upload(body).get(0), d);
            }
            String textId = running.upload(new Multipart().file("file", "slip.txt", textDocument()).field("document_id", "text-slip-1")).get(0);

            List<String> ids = new ArrayList<>(byId.keySet());
            ids.add(textId);
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500))
                    .until(() -> ids.stream().allMatch(running::done));

            Map<String, String> shown = new LinkedHashMap<>();
            for (String path : List.of("/", "/assets/app.js", "/api/overview", "/metrics", "/api/scaling", "/ready")) {
                shown.put(path, running.get(path).body());
            }
            for (String id : ids) {
                shown.put("/api/documents/" + id, running.get("/api/documents/" + RunningPlatform.encode(id)).body());
                shown.put("/documents/" + id, running.get("/documents/" + RunningPlatform.encode(id)).body());
            }
            shown.put("/api/events", liveEvents(running, Duration.ofSeconds(2)));
            shown.put("logs", logs.text());

            assertThat(secrets).as("the test documents carry secrets to look for").hasSizeGreaterThan(5);
            assertThat(logs.lines()).as("logs were captured").isPositive();
            List<String> leaks = new ArrayList<>();
            for (String secret : secrets) {
                shown.forEach((where, text) -> {
                    if (text.toLowerCase(java.util.Locale.ROOT).contains(secret.toLowerCase(java.util.Locale.ROOT))) {
                        leaks.add(Identifiers.maskAccount(secret) + " in " + where); // the report names it masked
                    }
                });
            }
            assertThat(leaks).as("secrets shown").isEmpty();
            assertThat(shown.entrySet()).as("masked PANs are shown where results have them")
                    .anyMatch(e -> e.getKey().startsWith("/api/documents/") && MASKED_PAN.matcher(e.getValue()).find());
            assertThat(running.get("/metrics").body()).contains("taxstream_documents_total");
        }
    }

    private static byte[] textDocument() {
        return String.join("\n",
                "SALARY SLIP FOR THE MONTH OF MARCH 2024",
                "Employer: Acme Tools Private Limited",
                "Employee Name: Meera Nair",
                "PAN: " + TEXT_PAN,
                "Bank Account No: " + TEXT_ACCOUNT,
                "Remarks: " + NARRATIVE,
                "Gross Earnings: 60,000.00",
                "Total Deductions: 10,000.00",
                "Net Pay: 50,000.00").getBytes(StandardCharsets.UTF_8);
    }

    /** PANs, full account numbers and passwords from a document's truth. */
    @SuppressWarnings("unchecked")
    private static void collectSecrets(GeneratedDocument d, Set<String> secrets) {
        d.password().ifPresent(secrets::add);
        Object fields = d.truth().get("fields");
        if (fields instanceof Map<?, ?> map) {
            map.forEach((name, field) -> secret(name.toString(), ((Map<String, Object>) field).get("value"), secrets));
        }
        Object items = d.truth().get("line_items");
        if (items instanceof List<?> list) {
            for (Object item : list) {
                Object values = ((Map<String, Object>) item).get("values");
                if (values instanceof Map<?, ?> v) {
                    v.forEach((name, value) -> secret(name.toString(), value, secrets));
                }
            }
        }
    }

    private static void secret(String name, Object value, Set<String> secrets) {
        if (value == null) {
            return;
        }
        String s = value.toString();
        if (name.endsWith("pan") && Identifiers.isValidPan(s)) {
            secrets.add(s);
        }
        if (name.equals("account_number") && s.replaceAll("\\D", "").length() >= 8) {
            secrets.add(s.replaceAll("[\\s-]", ""));
        }
    }

    /** What the live-event stream sends in a while. */
    private static String liveEvents(RunningPlatform running, Duration during) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(running.base + "/api/events"))
                .header("Accept", "text/event-stream").header("Authorization", "Bearer " + RunningPlatform.TOKEN).build();
        HttpResponse<java.io.InputStream> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream());
        StringBuilder out = new StringBuilder();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            CompletableFuture<Void> reading = CompletableFuture.runAsync(() -> {
                try {
                    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                        synchronized (out) {
                            out.append(line).append('\n');
                        }
                    }
                } catch (java.io.IOException e) {
                    // closed below
                }
            });
            try {
                reading.get(during.toMillis(), TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                // read for as long as asked
            }
        }
        synchronized (out) {
            assertThat(out).as("live events arrived").contains("event: overview");
            return out.toString();
        }
    }
}
