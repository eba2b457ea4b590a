package io.taxstream.corpus.holdout2;

import io.taxstream.corpus.GeneratedDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** The second holdout corpus generated once for all tests, and helpers to read its documents. */
final class Holdout2Fixtures {

    /** Seed and size can be raised for a soak run: {@code -Dholdout2.seed=N -Dholdout2.perLayout=N}. */
    static final long SEED = Long.getLong("holdout2.seed", 20261125L);
    static final int PER_LAYOUT = Integer.getInteger("holdout2.perLayout", 4);

    private static List<GeneratedDocument> corpus;
    private static final Map<String, String> TEXT = new ConcurrentHashMap<>();

    private Holdout2Fixtures() {
    }

    static synchronized List<GeneratedDocument> corpus() {
        if (corpus == null) {
            corpus = Holdout2Corpus.generate(SEED, PER_LAYOUT);
        }
        return corpus;
    }

    static List<GeneratedDocument> ofType(String type) {
        return corpus().stream().filter(d -> d.docType().equals(type)).toList();
    }

    static List<GeneratedDocument> readable() {
        return corpus().stream().filter(d -> !"UNKNOWN".equals(d.docType())).toList();
    }

    static String text(GeneratedDocument d) {
        return TEXT.computeIfAbsent(d.fileName(), k -> extract(d));
    }

    private static String extract(GeneratedDocument d) {
        try (PDDocument pdf = Loader.loadPDF(d.content())) {
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
    static List<Map<String, Object>> allItems(GeneratedDocument d) {
        return (List<Map<String, Object>>) d.truth().get("line_items");
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, String>> items(GeneratedDocument d, String kind) {
        return allItems(d).stream().filter(i -> kind.equals(i.get("kind")))
                .map(i -> (Map<String, String>) i.get("values")).toList();
    }
}
