package io.taxstream.app;

import io.taxstream.avro.ExtractionResult;
import io.taxstream.processors.load.DocumentInput;
import io.taxstream.processors.pipeline.DocumentMeta;
import io.taxstream.processors.pipeline.Hashing;
import io.taxstream.processors.pipeline.Pipeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Runs the pipeline on files without Kafka, several at once, handing results over in the order the
 * files were given. A file that cannot be read becomes a FAILED result; nothing stops the batch.
 */
final class FileExtractor {

    private final Pipeline pipeline;
    private final int maxBytes;
    private final Map<String, String> passwords;
    private final Map<String, Map<String, String>> hints;

    FileExtractor(Pipeline pipeline, int maxBytes, Map<String, String> passwords, Map<String, Map<String, String>> hints) {
        this.pipeline = pipeline;
        this.maxBytes = maxBytes;
        this.passwords = passwords;
        this.hints = hints;
    }

    ExtractionResult extract(Path file) {
        Map<String, String> h = Optional.ofNullable(Inputs.lookup(hints, file)).orElse(Map.of());
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                String sha = "";
                return pipeline.assembler().failed(new DocumentMeta(file.toString(), file.toString(), sha, Instant.now(), h),
                        "too large: " + size + " bytes, the limit is " + maxBytes);
            }
            byte[] content = Files.readAllBytes(file);
            String sha = Hashing.sha256Hex(content);
            DocumentMeta meta = new DocumentMeta(sha, file.toString(), sha, Instant.now(), h);
            DocumentInput input = new DocumentInput(content, "application/octet-stream",
                    Optional.ofNullable(Inputs.lookup(passwords, file)), h);
            return pipeline.process(meta, input);
        } catch (IOException e) {
            return pipeline.assembler().failed(new DocumentMeta(file.toString(), file.toString(), "", Instant.now(), h),
                    "cannot read the file: " + e.getMessage());
        }
    }

    /** Extracts every file on {@code threads} threads; {@code sink} sees results in input order. */
    void extractAll(List<Path> files, int threads, Consumer<ExtractionResult> sink) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            int window = Math.max(1, threads) * 4;
            List<Future<ExtractionResult>> queue = new ArrayList<>();
            int next = 0;
            for (Path file : files) {
                queue.add(pool.submit(() -> extract(file)));
                if (queue.size() - next >= window) {
                    sink.accept(await(queue.get(next)));
                    queue.set(next++, null);
                }
            }
            while (next < queue.size()) {
                sink.accept(await(queue.get(next)));
                queue.set(next++, null);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static ExtractionResult await(Future<ExtractionResult> f) {
        try {
            return f.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("extraction failed unexpectedly", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
