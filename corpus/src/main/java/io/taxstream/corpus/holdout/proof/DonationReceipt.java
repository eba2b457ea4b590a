package io.taxstream.corpus.holdout.proof;

import io.taxstream.corpus.Layout;
import io.taxstream.corpus.Rendered;
import io.taxstream.corpus.data.Ids;
import io.taxstream.corpus.holdout.kit.Amounts;
import io.taxstream.corpus.holdout.kit.Cast;
import io.taxstream.corpus.holdout.kit.Day;
import io.taxstream.corpus.holdout.kit.Pdfs;
import io.taxstream.corpus.kit.ProofTruth;
import io.taxstream.corpus.kit.Who;
import io.taxstream.corpus.pdf.Canvas;
import io.taxstream.corpus.pdf.Chrome;
import io.taxstream.corpus.pdf.Family;
import io.taxstream.corpus.pdf.Ink;
import io.taxstream.corpus.util.AmountStyle;
import io.taxstream.corpus.util.Rng;
import io.taxstream.corpus.util.Words;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A charitable trust's donation receipt under section 80G: the trust's PAN and 80G approval
 * number, the donor's name, PAN and address, the amount in figures and words and the mode. A
 * donation is a deduction proof with no proof kind of its own (OTHER), and 80G is not one of the
 * contract's sections, so no section is given.
 */
public final class DonationReceipt implements Layout {

    private static final float X = 56;
    private static final List<String> TRUSTS = List.of("Sankalp Child Welfare Trust", "Annadaan Seva Samiti",
            "Jeevan Jyoti Eye Hospital Trust", "Shiksha Sahyog Foundation", "Gau Raksha Seva Sangh Trust",
            "Pragati Rural Development Society", "Sri Venkateswara Vidya Dana Trust", "Helping Hands Cancer Care Foundation");

    @Override
    public String docType() {
        return "INVESTMENT_PROOF";
    }

    @Override
    public String name() {
        return "h-proof-donation-80g";
    }

    @Override
    public List<Rendered> render(Rng rng) {
        String trust = rng.pick(TRUSTS);
        Who donor = Cast.person(rng);
        Who place = Cast.person(rng);
        LocalDate paid = LocalDate.of(rng.between(2021, 2025), rng.between(1, 12), rng.between(1, 28));
        BigDecimal amount = rng.rupees(1_001, 251_000, rng.chance(0.5) ? 1_000 : 1);
        Ink ink = Ink.of(rng.pickOf(Family.TIMES, Family.HELVETICA), 10f);
        AmountStyle money = Amounts.style(rng).withSuffix(rng.pickOf("", "/-"));
        Day day = Day.any(rng);
        String trustPan = Ids.companyPan(rng, trust).substring(0, 3) + "T" + trust.charAt(0) + rng.number(4)
                + rng.letters(1);
        String approval = trustPan + "F" + (paid.getYear() - rng.between(0, 3)) + rng.digits(5);
        String receipt = rng.pickOf("DR/", "RCPT-", "80G/") + (paid.getYear() % 100) + "-" + rng.number(4);
        String donorName = rng.pickOf(donor.upper(), donor.salutation() + " " + donor.natural());
        String holder = donorName.startsWith("M") && donorName.contains(". ") ? donorName.substring(donorName.indexOf(' ')
                + 1) : donorName;
        Canvas c = Canvas.a4();
        c.newPage();
        float w = c.width() - 2 * X;
        float mid = c.width() / 2;
        c.center(mid, 52, trust.toUpperCase(java.util.Locale.ROOT), ink.bold().size(16));
        c.center(mid, 68, "(Registered under the Indian Trusts Act / Societies Registration Act)", ink.plus(-1.5f));
        c.center(mid, 80, place.address().oneLine(), ink.plus(-1.5f));
        c.center(mid, 92, "PAN: " + trustPan + "   |   80G Approval No.: " + approval, ink.plus(-1));
        c.line(X, 100, c.width() - X, 100, 1.2f);
        c.center(mid, 122, "DONATION RECEIPT", ink.bold().size(13));
        c.text(X, 146, "Receipt No.: " + receipt, ink.bold());
        c.right(c.width() - X, 146, "Date: " + day.format(paid), ink.bold());
        float y = Chrome.paragraph(c, X, 172, w, "Received with thanks from " + donorName + " (PAN: " + donor.pan()
                + "), " + donor.address().oneLine() + ", a sum of Rs. " + money.format(amount) + " ("
                + Words.rupees(amount) + ") by " + rng.pickOf("cheque no. " + rng.digits(6) + " drawn on "
                + Cast.bank(rng).name(), "UPI ref. " + rng.number(12), "NEFT UTR " + rng.letters(4) + rng.digits(12),
                "demand draft no. " + rng.digits(6)) + " as donation towards the "
                + rng.pickOf("corpus fund", "general fund", "mid-day meal programme", "medical relief fund")
                + " of the trust.", ink.plus(1));
        y = Chrome.paragraph(c, X, y + 14, w, "Donations to the trust are eligible for deduction under section 80G of "
                + "the Income Tax Act, 1961 (50% of the qualifying amount). Cash donations above Rs. 2,000 are not "
                + "eligible. The trust will file Form 10BD and issue Form 10BE for this donation.", ink);
        c.box(X, y + 14, 170, 30);
        c.text(X + 8, y + 33, "Rs. " + money.format(amount), ink.bold().size(13));
        c.right(c.width() - X, y + 60, "For " + trust, ink.bold());
        c.right(c.width() - X, y + 90, "Secretary / Treasurer", ink);
        ProofTruth f = new ProofTruth("OTHER", null, trust.toUpperCase(java.util.Locale.ROOT), holder, amount)
                .pan(donor.pan()).reference(receipt).paid(paid);
        return List.of(Rendered.pdf(Pdfs.save(c, "Receipt Book", paid, rng), f.build()));
    }
}
