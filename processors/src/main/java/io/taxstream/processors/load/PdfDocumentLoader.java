package io.taxstream.processors.load;

import io.taxstream.processors.model.Document;
import io.taxstream.processors.model.Page;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the text layer of a PDF with PDFBox, within {@link LoadLimits}: size and header are checked
 * before parsing; page count, decoded bytes per page and the deadline while parsing.
 *
 * <p>PDFBox cannot be interrupted. The deadline is checked before each page, between password
 * attempts and every few hundred content-stream operators; a single PDFBox call can still overrun
 * it by the time it takes to decode one stream, which the decoded-bytes cap keeps short. Callers
 * that need a hard bound run loads on a thread they can abandon.
 *
 * <p>Thread-safe: all state lives in the call.
 */
public final class PdfDocumentLoader implements DocumentLoader {

    /** The content type of the documents this loader makes. */
    public static final String CONTENT_TYPE = "application/pdf";

    private static final Logger log = LoggerFactory.getLogger(PdfDocumentLoader.class);

    private final LoadLimits limits;
    private final PdfOpener opener;
    private final float wordGap;

    /** A loader with the default limits. */
    public PdfDocumentLoader() {
        this(LoadLimits.defaults());
    }

    /** A loader with the given limits. */
    public PdfDocumentLoader(LoadLimits limits) {
        this(limits, WordAssembler.DEFAULT_GAP);
    }

    /**
     * A loader with the given limits and word gap.
     *
     * @param wordGap horizontal gap, in ems of the font size, above which two glyphs of a line are
     *                separate words
     */
    public PdfDocumentLoader(LoadLimits limits, float wordGap) {
        this.limits = limits;
        this.opener = new PdfOpener(limits);
        this.wordGap = wordGap;
    }

    @Override
    public Document load(DocumentInput input) throws LoadFailure {
        byte[] content = input.content();
        limits.checkSize(content);
        int offset = Sniffer.pdfHeaderOffset(content);
        if (offset < 0) {
            throw new LoadFailure(LoadFailure.Reason.NOT_A_DOCUMENT, Sniffer.binaryFormat(content).orElse("no PDF header"));
        }
        Deadline deadline = Deadline.after(limits.maxTotal());
        PDDocument pdf = opener.open(content, offset, input, deadline);
        try {
            Document document = read(pdf, deadline);
            log.debug("loaded a PDF: {} pages, {} words in {} ms", document.pageCount(), document.wordCount(),
                    deadline.elapsedMillis());
            return document;
        } catch (WordCollector.DeadlineExceeded e) {
            throw new LoadFailure(LoadFailure.Reason.TIMEOUT, "gave up after " + deadline.elapsedMillis() + " ms");
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw new LoadFailure(LoadFailure.Reason.CORRUPT, "cannot read pages (" + e.getClass().getSimpleName() + ")", e);
        } finally {
            closeQuietly(pdf);
        }
    }

    private Document read(PDDocument pdf, Deadline deadline) throws LoadFailure, IOException {
        int declared = pdf.getNumberOfPages();
        if (declared > limits.maxPages()) {
            throw new LoadFailure(LoadFailure.Reason.TOO_MANY_PAGES, declared + " pages, limit " + limits.maxPages());
        }
        if (declared == 0) {
            throw new LoadFailure(LoadFailure.Reason.CORRUPT, "no pages");
        }
        ContentBudget budget = new ContentBudget(limits.maxDecodedBytesPerPage());
        WordCollector collector = new WordCollector(pdf, deadline, wordGap);
        List<Page> pages = new ArrayList<>(declared);
        boolean anyText = false;
        for (PDPage page : pdf.getPages()) {
            int number = pages.size() + 1;
            if (number > limits.maxPages()) {
                throw new LoadFailure(LoadFailure.Reason.TOO_MANY_PAGES, "more than " + limits.maxPages() + " pages");
            }
            deadline.check();
            budget.check(page, number);
            Page read = collector.read(page, number);
            anyText |= read.hasText();
            pages.add(read);
        }
        if (!anyText) {
            throw new LoadFailure(LoadFailure.Reason.NO_TEXT_LAYER, pages.size() + " page(s) without text");
        }
        return new Document(CONTENT_TYPE, pages, pdf.isEncrypted());
    }

    private static void closeQuietly(PDDocument pdf) {
        try {
            pdf.close();
        } catch (IOException e) {
            log.debug("closing a PDF failed: {}", e.getClass().getSimpleName());
        }
    }
}
