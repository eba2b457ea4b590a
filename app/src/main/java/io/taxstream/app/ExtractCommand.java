package io.taxstream.app;

import io.taxstream.avro.ExtractionStatus;
import io.taxstream.processors.config.Config;
import io.taxstream.processors.config.ProcessorKeys;
import io.taxstream.processors.output.ContractJson;
import io.taxstream.processors.pipeline.Pipelines;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code taxstream extract}: the processors without Kafka, one JSON line per file. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extract documents without Kafka, one JSON line each.", "", "Prints one JSON line per file on stdout (the contract's JSON), in the order given; progress and a summary go to stderr. Unreadable files become FAILED results; nothing stops the batch."})
final class ExtractCommand extends PrintingCommand {

    @Mixin
    DocumentFiles documents;

    @Option(names = "--threads", paramLabel = "N", description = "files extracted at once (default: the number of cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = {"-q", "--quiet"}, description = "no progress on stderr")
    boolean quiet;


    @Override
    public Integer call() {
        Config config = configOptions.load(Map.of());
        List<Path> all = documents.all();
        FileExtractor extractor = new FileExtractor(Pipelines.standard(config), config.get(ProcessorKeys.MAX_DOCUMENT_BYTES),
                documents.passwordMap(), documents.hintMap());
        PrintWriter out = out();
        Progress progress = quiet ? Progress.silent() : Progress.onStderr("extract", all.size());
        Map<ExtractionStatus, Integer> counts = new EnumMap<>(ExtractionStatus.class);
        extractor.extractAll(all, threads, result -> {
            out.println(ContractJson.render(result));
            counts.merge(result.getStatus(), 1, Integer::sum);
            progress.step();
        });
        out.flush();
        progress.done(summary(counts));
        return 0;
    }

    static String summary(Map<ExtractionStatus, Integer> counts) {
        StringBuilder s = new StringBuilder();
        for (ExtractionStatus st : ExtractionStatus.values()) {
            s.append(s.length() == 0 ? "" : ", ").append(counts.getOrDefault(st, 0)).append(' ').append(st);
        }
        return s.toString();
    }
}
