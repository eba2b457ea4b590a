package io.taxstream.app;

import io.taxstream.corpus.CorpusGenerator;
import io.taxstream.corpus.CorpusSpec;
import io.taxstream.corpus.CorpusWriter;
import io.taxstream.corpus.GeneratedDocument;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code taxstream generate}: writes the development corpus. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Write the development corpus with ground truth.", "", "Writes generated documents beside their <name>.truth.json to a folder, for 'taxstream eval'. The same seed always gives the same files."})
final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "folder to write to")
    Path out;

    @Option(names = "--seed", description = "generator seed (default: ${DEFAULT-VALUE})")
    long seed = 1;

    @Option(names = "--per-type", paramLabel = "N", description = "documents per kind (default: ${DEFAULT-VALUE})")
    int perType = 10;

    @Option(names = "--types", paramLabel = "KIND", split = ",", description = "kinds to generate (default: all): ${COMPLETION-CANDIDATES}")
    List<CorpusSpec.Kind> kinds = List.of(CorpusSpec.Kind.values());

    @Override
    public Integer call() throws Exception {
        List<GeneratedDocument> docs = new CorpusGenerator().generate(new CorpusSpec(seed, perType, kinds, Set.of()));
        CorpusWriter.write(out, docs);
        System.err.printf("wrote %d documents to %s%n", docs.size(), out);
        return 0;
    }
}
