package io.taxstream.processors.cascade;

import static org.assertj.core.api.Assertions.assertThat;

import io.taxstream.avro.Attempt;
import io.taxstream.avro.ExtractionResult;
import io.taxstream.avro.ExtractionStatus;
import io.taxstream.processors.config.Config;
import io.taxstream.processors.fake.TestDocuments;
import io.taxstream.processors.load.DocumentInput;
import io.taxstream.processors.pipeline.DocumentMeta;
import io.taxstream.processors.pipeline.Pipeline;
import io.taxstream.processors.pipeline.Pipelines;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StandardPipelineWithoutOllamaTest {

    private static Pipeline pipelineWithNoServer() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        return Pipelines.standard(Config.of(Map.of("ollama.host", "http://127.0.0.1:" + closed)));
    }

    private static ExtractionResult process(Pipeline pipeline, String text) {
        return pipeline.process(new DocumentMeta("d1", "d1.txt", "", Instant.now(), Map.of()),
                new DocumentInput(text.getBytes(StandardCharsets.UTF_8), "text/plain", Optional.empty(), Map.of()));
    }

    @Test
    void shouldBuildTheCascadeIntoTheStandardPipeline() throws IOException {
        Pipeline pipeline = pipelineWithNoServer();

        assertThat(pipeline.specialist()).isInstanceOf(CascadeSpecialist.class);
        assertThat(((CascadeSpecialist) pipeline.specialist()).policy()).isEqualTo(CascadePolicy.RULES_FIRST);
    }

    @Test
    void shouldExtractThroughTheRulesTierWhenOllamaIsUnreachable() throws IOException {
        ExtractionResult result = process(pipelineWithNoServer(), TestDocuments.payslip());

        assertThat(result.getStatus()).isEqualTo(ExtractionStatus.EXTRACTED);
        assertThat(result.getExtractor()).isEqualTo("rules");
    }

    @Test
    void shouldFinishWithTheLlmTiersRecordedOfflineWhenTheRulesFallShort() throws IOException {
        Pipeline pipeline = pipelineWithNoServer();

        ExtractionResult first = process(pipeline, TestDocuments.payslip().replace("Net Pay: Rs. 45,000.00\n", ""));
        ExtractionResult second = process(pipeline, TestDocuments.payslip().replace("Net Pay: Rs. 45,000.00\n", ""));

        assertThat(first.getStatus()).isEqualTo(ExtractionStatus.NEEDS_REVIEW);
        assertThat(first.getAttempts()).extracting(Attempt::getOutcome).contains("offline");
        assertThat(second.getAttempts()).extracting(Attempt::getOutcome).contains("offline");
        assertThat(((CascadeSpecialist) pipeline.specialist()).state().circuit().state()).isEqualTo(CircuitBreaker.State.OPEN);
    }
}
