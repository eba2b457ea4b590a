package io.taxstream.dashboard;

import io.taxstream.processors.validate.Redactor;
import java.util.regex.Pattern;

/**
 * Text as the dashboard may show it: PAN-like tokens and account-number-like digit runs masked
 * ({@link Redactor}) in anything that came from a producer or a document.
 */
public final class SafeText {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final int MAX_NAME = 200;

    private SafeText() {
    }

    /** A document id for display: a sha256 stays as it is, anything else is redacted. */
    public static String id(String id) {
        if (id == null) {
            return "";
        }
        return SHA256.matcher(id).matches() ? id : Redactor.redact(id);
    }

    /** Whether an id is shown unchanged, so that a link built from its display form finds it. */
    public static boolean showsAsIs(String id) {
        return id != null && id.equals(id(id));
    }

    /** Free text (a detail, a reason, a message) with identifiers masked; null stays null. */
    public static String text(String text) {
        return text == null ? null : Redactor.redact(text);
    }

    /** A file name without its folders, shortened, with identifiers masked. */
    public static String fileName(String name) {
        if (name == null || name.isBlank()) {
            return "upload";
        }
        String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
        if (base.isEmpty()) {
            base = "upload";
        }
        if (base.length() > MAX_NAME) {
            base = base.substring(base.length() - MAX_NAME);
        }
        return Redactor.redact(base);
    }
}
