package io.taxstream.app;

import io.taxstream.processors.config.Config;
import io.taxstream.processors.config.ProcessorKeys;
import io.taxstream.processors.eval.Evaluation;
import io.taxstream.processors.eval.Truth;
import io.taxstream.processors.pipeline.Pipelines;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code taxstream eval}: extracts a folder of documents with ground truth and scores the results. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Score extraction against ground truth.", "", "Extracts every document in a folder that has a <name>.truth.json beside it and scores the results against the contract: per type field precision, recall and F1, line-item recall, classification accuracy, and wrong values in EXTRACTED results. passwords.json and hints.json in the folder are used."})
final class EvalCommand extends PrintingCommand {

    @Parameters(paramLabel = "DIR", description = "folder of documents with *.truth.json files")
    Path dir;

    @Option(names = "--details", description = "list every wrong, missing or made-up value")
    boolean details;

    @Option(names = "--threads", paramLabel = "N", description = "documents extracted at once (default: the number of cores)")
    int threads = Runtime.getRuntime().availableProcessors();


    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new UserError("not a folder: " + dir);
        }
        Config config = configOptions.load(Map.of());
        List<Path> documents = new ArrayList<>();
        for (Path p : Inputs.expand(List.of(dir))) {
            if (Files.exists(truthOf(p))) {
                documents.add(p);
            }
        }
        if (documents.isEmpty()) {
            throw new UserError("no documents with a .truth.json beside them in " + dir);
        }
        Path pw = dir.resolve("passwords.json");
        Path hints = dir.resolve("hints.json");
        FileExtractor extractor = new FileExtractor(Pipelines.standard(config), config.get(ProcessorKeys.MAX_DOCUMENT_BYTES),
                Inputs.byFileName(Files.exists(pw) ? pw : null), Inputs.hints(Files.exists(hints) ? hints : null));
        Evaluation evaluation = new Evaluation();
        Progress progress = Progress.onStderr("eval", documents.size());
        AtomicInteger index = new AtomicInteger();
        extractor.extractAll(documents, threads, result -> {
            Path doc = documents.get(index.getAndIncrement());
            evaluation.add(doc.getFileName().toString(), readTruth(doc), result);
            progress.step();
        });
        progress.done("");
        if (details) {
            evaluation.details().forEach(out()::println);
            out().println();
        }
        out().print(evaluation.table());
        out().flush();
        return 0;
    }

    private static Path truthOf(Path document) {
        String name = document.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return document.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".truth.json");
    }

    private static Truth readTruth(Path document) {
        try {
            return Truth.read(truthOf(document));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the truth of " + document, e);
        }
    }
}
