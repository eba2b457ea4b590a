package io.taxstream.corpus.bad;

import io.taxstream.corpus.Layout;
import io.taxstream.corpus.Rendered;
import io.taxstream.corpus.bank.DrCrAmountStatement;
import io.taxstream.corpus.form16.TracesSplitLayout;
import io.taxstream.corpus.pdf.PdfWriter;
import io.taxstream.corpus.util.Rng;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Documents locked the way Indian issuers lock them, with hints from which the password can be
 * derived: a TRACES Form 16 Part A opens with the employee's PAN in capitals; a bank statement with
 * the first four letters of the holder's name in lower case followed by the DDMM of birth.
 * The truth is the document's own; the password is also given, for reference.
 */
public final class PasswordProtected implements Layout {

    private final boolean form16;

    private PasswordProtected(boolean form16) {
        this.form16 = form16;
    }

    public static List<Layout> all() {
        return List.of(new PasswordProtected(true), new PasswordProtected(false));
    }

    @Override
    public String docType() {
        return form16 ? "FORM_16" : "BANK_STATEMENT";
    }

    @Override
    public String name() {
        return form16 ? "locked-form16-pan" : "locked-statement-name-dob";
    }

    @Override
    public List<Rendered> render(Rng rng) {
        Rendered plain = form16 ? new TracesSplitLayout().render(rng).get(0) : new DrCrAmountStatement().render(rng).get(0);
        Map<String, String> hints = new LinkedHashMap<>();
        String password;
        @SuppressWarnings("unchecked")
        Map<String, Map<String, String>> fields = (Map<String, Map<String, String>>) plain.truth().get("fields");
        if (form16) {
            password = fields.get("employee_pan").get("value");
            hints.put("pan", password);
        } else {
            String name = fields.get("account_holder").get("value");
            LocalDate dob = LocalDate.of(rng.between(1960, 2000), rng.between(1, 12), rng.between(1, 28));
            password = name.replaceAll("[^A-Za-z]", "").substring(0, 4).toLowerCase(Locale.ROOT)
                    + String.format(Locale.ROOT, "%02d%02d", dob.getDayOfMonth(), dob.getMonthValue());
            hints.put("name", name);
            hints.put("dob", dob.toString());
        }
        byte[] locked = PdfWriter.encrypt(plain.content(), password, rng.nextLong());
        return List.of(new Rendered(locked, Rendered.PDF, plain.truth(), Optional.of(password), hints));
    }
}
