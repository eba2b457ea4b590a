package io.taxstream.processors.load;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessStreamCache.StreamCacheCreateFunction;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parses a PDF, trying passwords in order: the explicit one, then the empty user password (so that
 * PDFs protected by an owner password only open without one), then the candidates derived from the
 * producer's hints. Each attempt parses the bytes afresh from a view on the caller's array, without
 * copying it. Passwords, and which candidate worked, are never logged.
 */
final class PdfOpener {

    private static final Logger log = LoggerFactory.getLogger(PdfOpener.class);

    private final LoadLimits limits;
    private final StreamCacheCreateFunction streamCache;

    PdfOpener(LoadLimits limits) {
        this.limits = limits;
        this.streamCache = MemoryUsageSetting.setupMainMemoryOnly(limits.maxStreamCacheBytes()).streamCache;
    }

    /**
     * Opens the PDF that starts at {@code offset} in {@code content}.
     *
     * @throws LoadFailure CORRUPT, ENCRYPTED_NO_PASSWORD, WRONG_PASSWORD or TIMEOUT
     */
    PDDocument open(byte[] content, int offset, DocumentInput input, Deadline deadline) throws LoadFailure {
        Optional<String> explicit = input.password();
        if (explicit.isPresent()) {
            PDDocument document = attempt(content, offset, explicit.get());
            if (document != null) {
                return document;
            }
        }
        PDDocument document = attempt(content, offset, "");
        if (document != null) {
            return document;
        }
        PasswordCandidates candidates = PasswordCandidates.from(input.hints(), limits.maxPasswordAttempts());
        for (String candidate : candidates.asList()) {
            if (explicit.isPresent() && explicit.get().equals(candidate)) {
                continue;
            }
            deadline.check();
            document = attempt(content, offset, candidate);
            if (document != null) {
                log.debug("opened an encrypted PDF with a password derived from hints");
                return document;
            }
        }
        if (explicit.isEmpty() && candidates.isEmpty()) {
            throw new LoadFailure(LoadFailure.Reason.ENCRYPTED_NO_PASSWORD, null);
        }
        int tried = candidates.size() + (explicit.isPresent() ? 1 : 0);
        throw new LoadFailure(LoadFailure.Reason.WRONG_PASSWORD, "tried " + tried + " password(s)");
    }

    /** The parsed document, or null when the password does not open it. */
    private PDDocument attempt(byte[] content, int offset, String password) throws LoadFailure {
        ByteBuffer view = ByteBuffer.wrap(content, offset, content.length - offset).slice();
        try {
            return Loader.loadPDF(new RandomAccessReadBuffer(view), password, null, null, streamCache);
        } catch (InvalidPasswordException wrongPassword) {
            return null;
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw new LoadFailure(LoadFailure.Reason.CORRUPT, "cannot parse (" + e.getClass().getSimpleName() + ")", e);
        }
    }
}
