package io.taxstream.corpus.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.taxstream.corpus.GeneratedDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** A corpus generated once for all the tests that share it, and its documents' text as PDFBox extracts it. */
public final class CorpusFixture {

    private final Supplier<List<GeneratedDocument>> generate;
    private final Map<String, String> text = new ConcurrentHashMap<>();
    private List<GeneratedDocument> corpus;

    public CorpusFixture(Supplier<List<GeneratedDocument>> generate) {
        this.generate = generate;
    }

    public synchronized List<GeneratedDocument> corpus() {
        if (corpus == null) {
            corpus = generate.get();
        }
        return corpus;
    }

    public List<GeneratedDocument> ofType(String type) {
        return corpus().stream().filter(d -> d.docType().equals(type)).toList();
    }

    /** Documents whose truth is of a contract type other than UNKNOWN. */
    public List<GeneratedDocument> readable() {
        return corpus().stream().filter(d -> !"UNKNOWN".equals(d.docType())).toList();
    }

    /** Runs the check on every document of the type, of which there must be some. */
    public void forEach(String type, Consumer<GeneratedDocument> check) {
        List<GeneratedDocument> docs = ofType(type);
        assertThat(docs).as(type + " documents").isNotEmpty();
        docs.forEach(check);
    }

    /** The document's text: plain text as it is, a PDF's text in reading order (opened with its password). */
    public String text(GeneratedDocument d) {
        return text.computeIfAbsent(d.fileName(), k -> extract(d));
    }

    private static String extract(GeneratedDocument d) {
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
}
