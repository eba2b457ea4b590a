package io.taxstream.processors.load;

import io.taxstream.processors.model.Document;
import java.util.Locale;

/**
 * Chooses the loader by the bytes, never by a file name: a {@code %PDF-} header within the first
 * kilobyte means PDF; a known binary signature (PNG, JPEG, ZIP ...) is not a document; text-like
 * bytes go to the text loader. The declared content type only adds to the reason of a rejection
 * (a file declared as PDF without a PDF header).
 */
public final class SniffingDocumentLoader implements DocumentLoader {

    private final DocumentLoader pdf;
    private final DocumentLoader text;

    /** Sniffs between these two loaders. */
    public SniffingDocumentLoader(DocumentLoader pdf, DocumentLoader text) {
        this.pdf = pdf;
        this.text = text;
    }

    @Override
    public Document load(DocumentInput input) throws LoadFailure {
        byte[] content = input.content();
        if (content.length == 0) {
            throw new LoadFailure(LoadFailure.Reason.EMPTY, null);
        }
        if (Sniffer.pdfHeaderOffset(content) >= 0) {
            return pdf.load(input);
        }
        String declared = input.contentType() == null ? "" : input.contentType().toLowerCase(Locale.ROOT);
        String claim = declared.contains("pdf") ? "declared " + declared + " but " : "";
        var binary = Sniffer.binaryFormat(content);
        if (binary.isPresent()) {
            throw new LoadFailure(LoadFailure.Reason.NOT_A_DOCUMENT, claim + "a " + binary.get());
        }
        if (!Sniffer.looksLikeText(content)) {
            throw new LoadFailure(LoadFailure.Reason.NOT_A_DOCUMENT, claim + "binary data");
        }
        return text.load(input);
    }
}
