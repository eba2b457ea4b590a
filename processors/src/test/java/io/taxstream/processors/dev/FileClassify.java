package io.taxstream.processors.dev;

import io.taxstream.processors.classify.Classification;
import io.taxstream.processors.classify.KeywordClassifier;
import io.taxstream.processors.classify.embedding.EmbeddingClassifier;
import io.taxstream.processors.load.DocumentInput;
import io.taxstream.processors.load.Loaders;
import io.taxstream.processors.model.Document;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Development aid: keyword and embedding verdicts, and the keyword scores, of PDF files. */
public final class FileClassify {

    public static void main(String[] args) throws Exception {
        KeywordClassifier keywords = new KeywordClassifier();
        boolean embed = System.getProperty("embed") != null;
        for (String file : args) {
            Document d = Loaders.standard().load(DocumentInput.of(Files.readAllBytes(Path.of(file))));
            Classification c = keywords.classify(d);
            String scores = keywords.scores(d).entrySet().stream().filter(e -> e.getValue() != 0)
                    .map(e -> e.getKey() + "=" + String.format(Locale.ROOT, "%.1f", e.getValue())).collect(Collectors.joining(" "));
            String e = embed ? " emb=" + EmbeddingClassifier.shared().classify(d) : "";
            System.out.printf(Locale.ROOT, "%s -> %s %.3f%s | %s%n", Path.of(file).getFileName(), c.type(), c.confidence(), e, scores);
        }
    }
}
