package io.taxstream.processors.classify;

import io.taxstream.processors.load.DocumentInput;
import io.taxstream.processors.load.Loaders;
import io.taxstream.processors.model.Document;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Development aid: the keyword classifier's verdict and scores for files. */
public final class DevClassifyFiles {

    public static void main(String[] args) throws Exception {
        KeywordClassifier classifier = new KeywordClassifier();
        for (String f : args) {
            Document d = Loaders.standard().load(DocumentInput.of(Files.readAllBytes(Path.of(f))));
            Classification c = classifier.classify(d);
            System.out.printf(Locale.ROOT, "%s -> %s %.3f %s%n", Path.of(f).getFileName(), c.type(), c.confidence(), classifier.scores(d));
        }
    }
}
