package io.taxstream.processors.load;

/** A document that cannot be read at all; it becomes a FAILED result carrying {@link #getMessage()}. */
public final class LoadFailure extends Exception {

    /** Why a document could not be read. */
    public enum Reason {
        EMPTY("empty input"),
        NOT_A_DOCUMENT("not a PDF or text document"),
        CORRUPT("corrupt PDF"),
        ENCRYPTED_NO_PASSWORD("encrypted PDF and no password was given"),
        WRONG_PASSWORD("encrypted PDF and no given or derived password opens it"),
        NO_TEXT_LAYER("no text layer (a scanned image; OCR is not supported)"),
        TOO_LARGE("too large"),
        TOO_MANY_PAGES("too many pages"),
        TIMEOUT("took too long to read");

        private final String description;

        Reason(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    private final Reason reason;

    public LoadFailure(Reason reason, String detail) {
        super(detail == null || detail.isBlank() ? reason.description() : reason.description() + ": " + detail);
        this.reason = reason;
    }

    public LoadFailure(Reason reason, String detail, Throwable cause) {
        this(reason, detail);
        initCause(cause);
    }

    public Reason reason() {
        return reason;
    }
}
