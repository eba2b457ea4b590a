package io.taxstream.corpus.interest;

import io.taxstream.corpus.Layout;
import io.taxstream.corpus.Rendered;
import io.taxstream.corpus.pdf.Canvas;
import io.taxstream.corpus.pdf.DocStyle;
import io.taxstream.corpus.pdf.Letter;
import io.taxstream.corpus.pdf.PdfWriter;
import io.taxstream.corpus.util.Rng;
import io.taxstream.corpus.util.Words;
import java.util.List;

/**
 * A branch letter in prose: "This is to certify that ... interest of Rs. ... has been paid/credited
 * ... and tax of Rs. ... deducted at source". A single deposit is named in the text (and becomes a
 * deposit item); several are summed without detail.
 */
public final class ProseInterestLetter implements Layout {

    @Override
    public String docType() {
        return "INTEREST_CERTIFICATE";
    }

    @Override
    public String name() {
        return "interest-prose-letter";
    }

    @Override
    public List<Rendered> render(Rng rng) {
        boolean single = rng.chance(0.5);
        InterestData d = InterestFactory.random(rng, List.of("FD"), single ? 1 : rng.between(2, 4), false);
        DocStyle st = DocStyle.random(rng, 10f, 11.5f);
        String bank = d.branch().bank().name();
        String prefix = rng.pickOf("Rs. ", "Rs.", "INR ", "₹ ");
        Letter l = new Letter(Canvas.a4(), st.ink(), 60);
        l.letterhead(bank, List.of(d.branch().name(), d.branch().address().oneLine()));
        l.line("Ref: " + d.branch().bank().ifscCode() + "/INT/" + d.fyStart() + "/" + rng.number(4));
        l.rightLine("Date: " + st.dates().format(d.issued()));
        l.title("TO WHOMSOEVER IT MAY CONCERN");
        boolean pan = rng.chance(0.7);
        String who = d.depositor().salutation() + " " + d.depositor().fullName() + (pan ? " (PAN " + d.depositor().pan()
                + ")" : "") + ", residing at " + d.depositor().address().oneLine();
        String accounts = single ? " on Fixed Deposit Account No. " + d.deposits().get(0).account()
                : " on " + d.deposits().size() + " term deposit accounts held with our branch";
        l.paragraph("This is to certify that " + who + ", has been paid/credited interest of " + prefix
                + st.amounts().format(d.totalInterest()) + " (" + Words.rupees(d.totalInterest()) + ")" + accounts
                + " during the financial year " + d.financialYear() + ", and tax of " + prefix
                + st.amounts().format(d.totalTds()) + " has been deducted at source on the said interest.");
        l.paragraph("This certificate is issued at the request of the customer without any risk and responsibility "
                + "on the part of the bank or any of its officials.");
        l.signature("Yours faithfully,", "For " + bank, "", "Branch Manager");
        byte[] pdf = PdfWriter.save(l.canvas(), new PdfWriter.Meta("Microsoft Word", d.issued(), rng.nextLong()));
        return List.of(Rendered.pdf(pdf, InterestTruth.of(d, bank, d.depositor().fullName(), pan, single).build()));
    }
}
