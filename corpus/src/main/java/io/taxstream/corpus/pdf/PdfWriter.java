package io.taxstream.corpus.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;

/**
 * Saves a finished canvas reproducibly: the document id, dates and producer come from the
 * caller, never from the clock, and encryption draws its salts from a seeded generator.
 */
public final class PdfWriter {

    private PdfWriter() {
    }

    /**
     * Document metadata.
     *
     * @param producer the producing software as a real system would name itself
     * @param created  the creation date written in the info dictionary
     * @param id       the seed of the document's file identifier
     */
    public record Meta(String producer, LocalDate created, long id) {
    }

    public static byte[] save(Canvas canvas, Meta meta) {
        return save(canvas, meta, null);
    }

    /** Saves, encrypting with the user password when one is given (AES-128, owner password derived). */
    public static byte[] save(Canvas canvas, Meta meta, String userPassword) {
        try (PDDocument doc = canvas.complete()) {
            stamp(doc, meta);
            if (userPassword != null) {
                protect(doc, userPassword, meta.id());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void stamp(PDDocument doc, Meta meta) {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setProducer(meta.producer());
        info.setCreator(meta.producer());
        Calendar when = calendar(meta.created());
        info.setCreationDate(when);
        info.setModificationDate(when);
        doc.setDocumentId(meta.id());
        byte[] idBytes = Long.toHexString(meta.id() ^ 0x5DEECE66DL).getBytes(StandardCharsets.US_ASCII);
        COSArray ids = new COSArray();
        ids.add(new COSString(idBytes));
        ids.add(new COSString(idBytes));
        doc.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    /** Encrypts an already saved PDF with a user password, reproducibly. */
    public static byte[] encrypt(byte[] pdf, String userPassword, long seed) {
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            protect(doc, userPassword, seed);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void protect(PDDocument doc, String userPassword, long seed) throws IOException {
        AccessPermission permission = new AccessPermission();
        StandardProtectionPolicy policy = new StandardProtectionPolicy(userPassword + "#owner" + seed, userPassword,
                permission);
        policy.setEncryptionKeyLength(128);
        policy.setPreferAES(true);
        doc.protect(policy);
        doc.getEncryption().getSecurityHandler().setCustomSecureRandom(seeded(seed));
    }

    private static SecureRandom seeded(long seed) {
        try {
            SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
            random.setSeed(Long.toString(seed).getBytes(StandardCharsets.US_ASCII));
            return random;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA1PRNG is part of every JDK", e);
        }
    }

    private static Calendar calendar(LocalDate date) {
        GregorianCalendar c = new GregorianCalendar(TimeZone.getTimeZone("Asia/Kolkata"));
        c.clear();
        c.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth(), 10, 30, 0);
        return c;
    }
}
