package io.taxstream.processors.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigTest {

    private static final ConfigKey<Integer> THREADS = ConfigKey.integer("stream.threads", 2, "threads");
    private static final ConfigKey<String> HOST = ConfigKey.string("ollama.host", "http://localhost:11434", "host")
            .withEnv("OLLAMA_HOST");

    @TempDir
    Path dir;

    private Path file(String content) throws Exception {
        Path f = dir.resolve("taxstream.properties");
        Files.writeString(f, content);
        return f;
    }

    @Test
    void shouldLayerDefaultsFileEnvironmentAndFlagsInThatOrder() throws Exception {
        Path f = file("stream.threads=3\n");
        assertThat(Config.load(Optional.empty(), Map.of(), Map.of()).get(THREADS)).isEqualTo(2);
        assertThat(Config.load(Optional.of(f), Map.of(), Map.of()).get(THREADS)).isEqualTo(3);
        assertThat(Config.load(Optional.of(f), Map.of("TAXSTREAM_STREAM_THREADS", "4"), Map.of()).get(THREADS)).isEqualTo(4);
        assertThat(Config.load(Optional.of(f), Map.of("TAXSTREAM_STREAM_THREADS", "4"), Map.of("stream.threads", "5"))
                .get(THREADS)).isEqualTo(5);
    }

    @Test
    void shouldReadAKeyFromItsAliasedEnvironmentVariable() {
        assertThat(Config.load(Optional.empty(), Map.of("OLLAMA_HOST", "http://gpu:11434"), Map.of()).get(HOST))
                .isEqualTo("http://gpu:11434");
    }

    @Test
    void shouldNameTheKeyAndWhereABadValueCameFrom() {
        Config config = Config.load(Optional.empty(), Map.of("TAXSTREAM_STREAM_THREADS", "many"), Map.of());
        assertThatThrownBy(() -> config.get(THREADS)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("stream.threads").hasMessageContaining("TAXSTREAM_STREAM_THREADS").hasMessageContaining("many");
    }

    @Test
    void shouldPassThroughPrefixedKeysFromEveryLayer() throws Exception {
        Config config = Config.load(Optional.of(file("kafka.linger.ms=5\n")), Map.of("TAXSTREAM_KAFKA_BATCH_SIZE", "1000"),
                Map.of("kafka.acks", "all"));
        assertThat(config.withPrefix("kafka.")).containsEntry("linger.ms", "5").containsEntry("batch.size", "1000")
                .containsEntry("acks", "all");
    }
}
