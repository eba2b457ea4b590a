package io.taxstream.processors.load;

/** Ready-made loaders. */
public final class Loaders {

    private Loaders() {
    }

    /** PDF or plain text, chosen by sniffing the bytes, within the given limits. */
    public static DocumentLoader standard(LoadLimits limits) {
        return new SniffingDocumentLoader(new PdfDocumentLoader(limits), new TextDocumentLoader(limits));
    }

    /** {@link #standard(LoadLimits)} with the default limits. */
    public static DocumentLoader standard() {
        return standard(LoadLimits.defaults());
    }
}
