package io.taxstream.corpus.holdout.unknown;

import io.taxstream.corpus.data.Bank;
import io.taxstream.corpus.holdout.kit.Amounts;
import io.taxstream.corpus.holdout.kit.Cast;
import io.taxstream.corpus.holdout.kit.Day;
import io.taxstream.corpus.kit.Rupees;
import io.taxstream.corpus.kit.Who;
import io.taxstream.corpus.pdf.Canvas;
import io.taxstream.corpus.pdf.Chrome;
import io.taxstream.corpus.pdf.Family;
import io.taxstream.corpus.pdf.Ink;
import io.taxstream.corpus.pdf.Table.Column;
import io.taxstream.corpus.pdf.Table;
import io.taxstream.corpus.util.AmountStyle;
import io.taxstream.corpus.util.Rng;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * A home loan sanction letter: applicant and co-applicant with PANs, loan amount, rate, tenure,
 * EMI and fees in a terms table, and conditions. It names a loan and interest but certifies no
 * interest paid, so it is not a home loan interest certificate.
 */
public final class LoanSanctionLetter extends NearMissPage {

    @Override
    public String name() {
        return "h-unknown-loan-sanction";
    }

    @Override
    String producer() {
        return "Loan Origination System";
    }

    @Override
    void draw(Canvas c, Rng rng, LocalDate date) {
        Bank bank = rng.chance(0.5) ? Cast.bank(rng) : new Bank(rng.pickOf("LIC Housing Finance Ltd.",
                "PNB Housing Finance Limited", "Bajaj Housing Finance Limited", "Aavas Financiers Limited"), "XXXX", 12);
        Who a = Cast.person(rng);
        Who b = Cast.person(rng);
        BigDecimal amount = rng.rupees(1_500_000, 12_000_000, 50_000);
        BigDecimal rate = BigDecimal.valueOf(rng.between(830, 995), 2);
        int months = rng.pickOf(180, 240, 300, 360);
        double r = rate.doubleValue() / 1200;
        BigDecimal emi = Rupees.whole(amount.doubleValue() * r * Math.pow(1 + r, months) / (Math.pow(1 + r, months) - 1));
        AmountStyle money = Amounts.style(rng);
        Day day = Day.any(rng);
        Ink ink = Ink.of(rng.pickOf(Family.HELVETICA, Family.TIMES), 9.5f);
        float x = 54;
        float w = c.width() - 2 * x;
        c.text(x, 50, bank.name(), ink.bold().size(15));
        c.text(x, 64, "Retail Assets Centre, " + a.place().city(), ink.plus(-1));
        c.line(x, 72, c.width() - x, 72, 1f);
        String ref = rng.letters(3) + "/HL/" + date.getYear() + "/" + rng.number(6);
        c.text(x, 92, "Ref: " + ref, ink);
        c.right(c.width() - x, 92, "Date: " + day.format(date), ink);
        c.text(x, 112, "To,", ink);
        c.text(x, 124, a.salutation() + " " + a.natural() + " and " + b.salutation() + " " + b.natural(), ink.bold());
        c.text(x, 136, a.address().oneLine(), ink);
        c.text(x, 160, "Sub: Sanction of Home Loan", ink.bold());
        float y = Chrome.paragraph(c, x, 180, w, "With reference to your application dated "
                + day.format(date.minusDays(rng.between(10, 40))) + ", we are pleased to inform you that a home loan "
                + "has been sanctioned to you on the following terms and conditions. This sanction is valid for "
                + "six months from the date of this letter.", ink);
        Table t = new Table(c, x, List.of(Column.left("Particulars", w * 0.45f), Column.left("Details", w * 0.55f)), ink,
                Table.Rules.GRID);
        y = t.header(y + 4);
        y = t.row(y, "Applicant (PAN)", a.upper() + " (" + a.pan() + ")");
        y = t.row(y, "Co-applicant (PAN)", b.upper() + " (" + b.pan() + ")");
        y = t.row(y, "Loan Amount Sanctioned", "Rs. " + money.format(amount));
        y = t.row(y, "Rate of Interest", rate.toPlainString() + "% p.a. (floating, linked to repo rate)");
        y = t.row(y, "Tenure", months + " months");
        y = t.row(y, "EMI (indicative)", "Rs. " + money.format(emi));
        y = t.row(y, "Processing Fee", "Rs. " + money.format(amount.multiply(new BigDecimal("0.0035"))
                .setScale(0, RoundingMode.HALF_UP).setScale(2)) + " plus GST");
        y = t.row(y, "Property", rng.pickOf("Flat", "Row house", "Plot and construction") + " at "
                + b.address().locality() + ", " + b.address().city());
        y = Chrome.paragraph(c, x, y + 16, w, "Conditions: (1) Disbursement is subject to legal and technical "
                + "clearance of the property. (2) The loan is secured by equitable mortgage of the property. "
                + "(3) Interest certificates for income tax purposes will be issued after each financial year once "
                + "EMIs commence. (4) Pre-payment charges are nil for floating rate loans to individuals.", ink);
        c.text(x, y + 30, "Yours faithfully,", ink);
        c.text(x, y + 62, "Authorised Signatory, " + bank.name(), ink.bold());
        c.text(x, y + 92, "Accepted: ____________________   ____________________", ink);
    }
}
