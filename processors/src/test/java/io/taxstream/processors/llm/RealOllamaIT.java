package io.taxstream.processors.llm;

import static org.assertj.core.api.Assertions.assertThat;

import io.taxstream.avro.DocType;
import io.taxstream.processors.fake.TestDocuments;
import io.taxstream.processors.models.ModelService;
import io.taxstream.processors.models.OllamaModelService;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * Against a real Ollama at {@code OLLAMA_HOST} (skipped when it is not set): the model list, and
 * one extraction with the general family's secondary model ({@code TAXSTREAM_IT_MODEL} to choose
 * another), which must either give grounded values or fail with a classified error.
 */
@EnabledIfEnvironmentVariable(named = "OLLAMA_HOST", matches = ".+")
class RealOllamaIT {

    private final OllamaLlmClient client = OllamaLlmClient.forHost(System.getenv("OLLAMA_HOST"));
    private final String model = System.getenv().getOrDefault("TAXSTREAM_IT_MODEL", "llama3.2:1b");

    @Test
    void shouldListTheServersModels() throws LlmException {
        List<ModelService.Available> models = new OllamaModelService(client).available();

        assertThat(models).allSatisfy(m -> assertThat(m.name()).isNotBlank());
    }

    @Test
    void shouldExtractOnlyGroundedValuesOrFailWithAClassifiedError() {
        LlmExtractor extractor = new LlmExtractor(client, LlmSettings.defaults().withTimeout(Duration.ofMinutes(5)));

        ModelRun run = extractor.run(model, LlmInput.of(TestDocuments.text(TestDocuments.injectedPayslip()), DocType.PAYSLIP));

        if (run.succeeded()) {
            assertThat(run.extraction().value("net_pay")).isNotEqualTo("450000.00");
            assertThat(run.extraction().fields().values()).allSatisfy(f -> assertThat(f.confidence()).isPositive());
        } else {
            assertThat(run.failure().kind()).isNotNull();
        }
        assertThat(run.attempts()).isNotEmpty();
    }
}
