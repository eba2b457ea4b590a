package io.taxstream.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Formats a KRaft log directory on first use, as {@code kafka-storage.sh format} does, through the
 * {@link Formatter} that Kafka 4.x's StorageTool drives. A directory that already holds
 * {@code meta.properties} is left alone and keeps its cluster id.
 */
final class StorageFormat {

    static final String META_PROPERTIES = "meta.properties";
    private static final Logger log = LoggerFactory.getLogger(StorageFormat.class);

    private StorageFormat() {
    }

    /** Formats {@code logDir} unless already formatted; returns the cluster id either way. */
    static String formatIfNeeded(final Path logDir) {
        final Path meta = logDir.resolve(META_PROPERTIES);
        if (Files.exists(meta)) {
            final String clusterId = clusterId(meta);
            log.info("Reusing Kafka storage {} of cluster {}", logDir, clusterId);
            return clusterId;
        }
        final String clusterId = Uuid.randomUuid().toString();
        try {
            Files.createDirectories(logDir);
            final Formatter formatter = new Formatter()
                .setPrintStream(new PrintStream(new LogOutput(), true, StandardCharsets.UTF_8))
                .setNodeId(BrokerSettings.NODE_ID)
                .setClusterId(clusterId)
                .setDirectories(List.of(logDir.toString()))
                .setMetadataLogDirectory(logDir.toString())
                .setControllerListenerName(BrokerSettings.CONTROLLER_LISTENER)
                .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                .setIgnoreFormatted(true);
            formatter.run();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot format Kafka storage in " + logDir, e);
        }
        log.info("Formatted Kafka storage {} for new cluster {}", logDir, clusterId);
        return clusterId;
    }

    private static String clusterId(final Path meta) {
        final Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(meta)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + meta, e);
        }
        final String clusterId = properties.getProperty("cluster.id");
        if (clusterId == null || clusterId.isBlank()) {
            throw new IllegalStateException(meta + " has no cluster.id: remove the folder to start afresh");
        }
        return clusterId;
    }

    /** Sends what the formatter prints to the log, line by line, instead of stdout. */
    private static final class LogOutput extends OutputStream {
        private final StringBuilder line = new StringBuilder();

        @Override
        public void write(final int b) {
            if (b == '\n') {
                flush();
            } else {
                line.append((char) b);
            }
        }

        @Override
        public void flush() {
            if (!line.isEmpty()) {
                log.debug("kafka-storage: {}", line);
                line.setLength(0);
            }
        }
    }
}
