package io.taxstream.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** A corpus generated once for all tests, and helpers to read its documents. */
final class Fixtures {

    static final long SEED = 20240331L;
    /** Two rounds of every layout of every type. */
    static final int PER_TYPE = 24;

    private static List<GeneratedDocument> corpus;

    private Fixtures() {
    }

    static synchronized List<GeneratedDocument> corpus() {
        if (corpus == null) {
            corpus = new CorpusGenerator().generate(CorpusSpec.of(SEED, PER_TYPE));
        }
        return corpus;
    }

    /** Documents whose truth is of a contract type other than UNKNOWN and that can be read. */
    static List<GeneratedDocument> readable() {
        return corpus().stream().filter(d -> !"UNKNOWN".equals(d.docType())).toList();
    }

    static String text(GeneratedDocument d) {
        if (d.isPlainText()) {
            return new String(d.content(), StandardCharsets.UTF_8);
        }
        try (PDDocument pdf = Loader.loadPDF(d.content(), d.password().orElse(""))) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(d.fileName() + " (" + d.layout() + ")", e);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Map<String, String>> fields(GeneratedDocument d) {
        return (Map<String, Map<String, String>>) d.truth().get("fields");
    }

    static String field(GeneratedDocument d, String name) {
        Map<String, String> f = fields(d).get(name);
        return f == null ? null : f.get("value");
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, String>> items(GeneratedDocument d, String kind) {
        List<Map<String, Object>> items = (List<Map<String, Object>>) d.truth().get("line_items");
        return items.stream().filter(i -> kind.equals(i.get("kind"))).map(i -> (Map<String, String>) i.get("values"))
                .toList();
    }
}
