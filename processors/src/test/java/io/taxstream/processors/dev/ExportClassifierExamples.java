package io.taxstream.processors.dev;

import io.taxstream.processors.classify.embedding.ClassifierText;
import io.taxstream.processors.classify.embedding.EmbeddingClassifier;
import io.taxstream.processors.classify.embedding.LabelledExamples;
import io.taxstream.processors.classify.embedding.MiniLmEmbedder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the embedding classifier's labelled examples, and the logistic head trained on them: the openings of generated documents with a
 * seed of their own (1001, not the development corpus's 42), one line each. Run from the
 * repository root with the test class path (see {@code CascadeThroughputBench}); argument: output
 * file (default the shipped resource).
 */
public final class ExportClassifierExamples {

    /** Examples per type: enough that every layout of a type has a few. */
    static final int PER_TYPE = 30;

    private ExportClassifierExamples() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0]
                : "processors/src/main/resources" + LabelledExamples.RESOURCE);
        List<String> lines = new ArrayList<>();
        lines.add("# labelled openings of generated documents (corpus seed 1001, " + PER_TYPE + " per type); written by ExportClassifierExamples");
        for (CorpusDocuments.Labelled l : CorpusDocuments.generate(1001, PER_TYPE)) {
            lines.add(LabelledExamples.line(l.type(), ClassifierText.of(l.document(), MiniLmEmbedder.MAX_CHARS)));
        }
        Files.createDirectories(out.getParent());
        Files.write(out, lines, StandardCharsets.UTF_8);
        System.out.println("wrote " + (lines.size() - 1) + " examples to " + out);
        // the head trained on these examples ships beside them, so that a start embeds no examples
        EmbeddingClassifier classifier = new EmbeddingClassifier(new MiniLmEmbedder(),
                LabelledExamples.parse(Files.newBufferedReader(out, StandardCharsets.UTF_8)));
        Path head = out.resolveSibling("head.tsv");
        Files.writeString(head, "# logistic head trained on examples.tsv by ExportClassifierExamples\n" + classifier.headText(),
                StandardCharsets.UTF_8);
        System.out.println("wrote the trained head to " + head);
    }
}
