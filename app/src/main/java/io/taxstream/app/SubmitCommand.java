package io.taxstream.app;

import io.taxstream.processors.config.Config;
import io.taxstream.processors.config.ProcessorKeys;
import io.taxstream.processors.pipeline.Hashing;
import io.taxstream.topology.client.DocumentProducer;
import io.taxstream.topology.client.Submission;
import io.taxstream.topology.config.PlatformKeys;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code taxstream submit}: the bulk producer. */
@Command(name = "submit", mixinStandardHelpOptions = true,
        description = {"Put documents on documents.raw.", "", "One record per file, with a progress bar. A document's id is the sha256 of its bytes unless --ids gives one; passwords travel in a record header, never in the record."})
final class SubmitCommand implements Callable<Integer> {

    @Mixin
    DocumentFiles documents;

    @Option(names = "--ids", paramLabel = "FILE", description = "JSON map of file name to document id")
    Path ids;

    @Option(names = "--submitter", paramLabel = "NAME", description = "who submits (stored with each document)")
    String submitter;

    @Option(names = "--priority", paramLabel = "N", description = "priority of these documents (default ${DEFAULT-VALUE})")
    int priority;

    @Mixin
    ClusterOptions cluster;

    @Mixin
    ConfigOptions configOptions;

    @Override
    public Integer call() throws Exception {
        Config config = configOptions.load(cluster.flags());
        List<Path> all = documents.all();
        Map<String, String> pw = documents.passwordMap();
        Map<String, Map<String, String>> hintMap = documents.hintMap();
        Map<String, String> idMap = Inputs.byFileName(ids);
        int maxBytes = config.get(ProcessorKeys.MAX_DOCUMENT_BYTES);
        Progress progress = Progress.onStderr("submit", all.size());
        AtomicInteger failed = new AtomicInteger();
        int skipped = 0;
        try (DocumentProducer producer = new DocumentProducer(config.get(PlatformKeys.BOOTSTRAP_SERVERS), Clients.topics(config), Map.of())) {
            for (Path file : all) {
                if (Files.size(file) > maxBytes) {
                    System.err.printf("%nskipped %s: %d bytes, the limit is %d%n", file, Files.size(file), maxBytes);
                    skipped++;
                    progress.step();
                    continue;
                }
                byte[] content = readAll(file);
                String id = Optional.ofNullable(Inputs.lookup(idMap, file)).orElseGet(() -> Hashing.sha256Hex(content));
                Submission s = new Submission(id, file.toString(), content, Submission.sniffContentType(content),
                        Optional.ofNullable(Inputs.lookup(pw, file)),
                        Optional.ofNullable(Inputs.lookup(hintMap, file)).orElse(Map.of()), submitter, priority);
                producer.submit(s, (meta, error) -> {
                    if (error != null) {
                        failed.incrementAndGet();
                        System.err.printf("%ncould not submit %s: %s%n", file, error.getMessage());
                    }
                    progress.step();
                });
            }
            producer.flush();
        }
        progress.done(failed.get() + " failed" + (skipped > 0 ? ", " + skipped + " skipped" : ""));
        return failed.get() == 0 && skipped == 0 ? 0 : 1;
    }

    private static byte[] readAll(Path file) throws IOException {
        return Files.readAllBytes(file);
    }
}
