package io.taxstream.processors.classify.embedding;

import io.taxstream.avro.DocType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Short labelled texts the embedding classifier learns its classes from, shipped as a resource:
 * one example a line, {@code TYPE<TAB>text} with line breaks written as {@code \n}. They are the
 * openings of documents made by the corpus generator with a seed of their own (not the
 * development corpus's), written by the test-scope tool {@code ExportClassifierExamples}.
 */
public final class LabelledExamples {

    /** The shipped examples' resource. */
    public static final String RESOURCE = "/io/taxstream/processors/classify/embedding/examples.tsv";

    /** One example. */
    public record Example(DocType type, String text) {
    }

    private LabelledExamples() {
    }

    public static List<Example> shipped() {
        try (InputStream in = LabelledExamples.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("classifier examples missing from the class path: " + RESOURCE);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads examples written by {@link #line}. */
    public static List<Example> parse(BufferedReader reader) throws IOException {
        List<Example> out = new ArrayList<>();
        String line;
        while ((line = reader.readLine()) != null) {
            int tab = line.indexOf('\t');
            if (tab > 0 && !line.startsWith("#")) {
                out.add(new Example(DocType.valueOf(line.substring(0, tab)), line.substring(tab + 1).replace("\\n", "\n")));
            }
        }
        return out;
    }

    /** An example as a line of the resource. */
    public static String line(DocType type, String text) {
        return type.name() + "\t" + text.replace("\t", " ").replace("\r", "").replace("\n", "\\n");
    }
}
