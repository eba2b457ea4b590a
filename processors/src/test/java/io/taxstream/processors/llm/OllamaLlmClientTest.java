package io.taxstream.processors.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.taxstream.processors.fake.FakeOllama;
import io.taxstream.processors.fake.FakeOllama.Recorded;
import io.taxstream.processors.fake.ModelScript;
import io.taxstream.processors.llm.LlmException.Kind;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OllamaLlmClientTest {

    private final FakeOllama fake = FakeOllama.start();
    private final OllamaLlmClient client = OllamaLlmClient.forHost(fake.url());

    @AfterEach
    void stop() {
        fake.close();
    }

    private static LlmRequest request(String model) {
        return LlmRequest.builder(model).system("extract").prompt("Net Pay 45,000.00")
                .schema(Map.of("type", "object")).numCtx(4096).maxOutputTokens(256).seed(7).keepAlive("15m")
                .timeout(Duration.ofSeconds(1)).build();
    }

    @Test
    void shouldSendSchemaTemperatureSeedContextAndKeepAliveAndReturnTheAnswer() throws LlmException {
        fake.model("phi3:mini").answers("{\"net_pay\":\"45,000.00\"}");

        LlmResponse response = client.generate(request("phi3:mini"));

        assertThat(response.text()).isEqualTo("{\"net_pay\":\"45,000.00\"}");
        Recorded sent = fake.generations("phi3:mini").get(0);
        assertThat(sent.body()).containsEntry("format", Map.of("type", "object")).containsEntry("keep_alive", "15m")
                .containsEntry("system", "extract").containsEntry("stream", false);
        assertThat(sent.options()).containsEntry("num_ctx", 4096).containsEntry("num_predict", 256)
                .containsEntry("seed", 7).containsEntry("temperature", 0.0);
    }

    @Test
    void shouldClassifyOutOfMemoryAsRetriableOnASmallerModel() {
        fake.model("phi3:mini").always(ModelScript.outOfMemory());

        LlmException e = catchThrowableOfType(LlmException.class, () -> client.generate(request("phi3:mini")));

        assertThat(e.kind()).isEqualTo(Kind.OUT_OF_MEMORY);
        assertThat(e.retriable()).isTrue();
    }

    @Test
    void shouldTimeOutOnAModelThatNeverAnswers() {
        fake.model("phi3:mini").always(ModelScript.hang());

        LlmException e = catchThrowableOfType(LlmException.class, () -> client.generate(request("phi3:mini")));

        assertThat(e.kind()).isEqualTo(Kind.TIMEOUT);
        assertThat(e.kind().outcome()).isEqualTo("timeout");
    }

    @Test
    void shouldReportAnUnreachableServerAsOffline() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        OllamaLlmClient nowhere = OllamaLlmClient.forHost("http://127.0.0.1:" + closedPort);

        LlmException e = catchThrowableOfType(LlmException.class, () -> nowhere.generate(request("phi3:mini")));

        assertThat(e.kind()).isEqualTo(Kind.OFFLINE);
        assertThat(e.kind().outcome()).isEqualTo("offline");
    }

    @Test
    void shouldReportAMissingModelAsNotRetriable() {
        LlmException e = catchThrowableOfType(LlmException.class, () -> client.generate(request("absent:7b")));

        assertThat(e.kind()).isEqualTo(Kind.MODEL_NOT_FOUND);
        assertThat(e.retriable()).isFalse();
    }

    @Test
    void shouldReportAMalformedResponseStreamAsInvalidOutput() {
        fake.model("phi3:mini").always(ModelScript.malformed());

        LlmException e = catchThrowableOfType(LlmException.class, () -> client.generate(request("phi3:mini")));

        assertThat(e.kind()).isEqualTo(Kind.INVALID_OUTPUT);
        assertThat(e.getMessage()).doesNotContain("garbled");
    }

    @Test
    void shouldReportAServerFailureAsRetriable() {
        fake.model("phi3:mini").always(ModelScript.serverError());

        LlmException e = catchThrowableOfType(LlmException.class, () -> client.generate(request("phi3:mini")));

        assertThat(e.kind()).isEqualTo(Kind.SERVER_ERROR);
        assertThat(e.retriable()).isTrue();
    }
}
