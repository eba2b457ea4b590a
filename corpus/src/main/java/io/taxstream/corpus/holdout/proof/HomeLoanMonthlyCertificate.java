package io.taxstream.corpus.holdout.proof;

import io.taxstream.corpus.Layout;
import io.taxstream.corpus.Rendered;
import io.taxstream.corpus.holdout.kit.Amounts;
import io.taxstream.corpus.holdout.kit.Cast;
import io.taxstream.corpus.holdout.kit.Day;
import io.taxstream.corpus.holdout.kit.Pdfs;
import io.taxstream.corpus.kit.FinancialYear;
import io.taxstream.corpus.kit.ProofTruth;
import io.taxstream.corpus.kit.Rupees;
import io.taxstream.corpus.kit.Who;
import io.taxstream.corpus.pdf.Canvas;
import io.taxstream.corpus.pdf.Family;
import io.taxstream.corpus.pdf.Ink;
import io.taxstream.corpus.pdf.Table.Column;
import io.taxstream.corpus.pdf.Table;
import io.taxstream.corpus.util.AmountStyle;
import io.taxstream.corpus.util.DateStyle;
import io.taxstream.corpus.util.Rng;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * A housing finance company's final interest certificate with the year's EMIs month by month
 * (EMI, principal, interest, outstanding), the totals, and a statement that interest is claimable
 * under section 24(b) and principal under 80C. The proof is the interest: kind
 * HOME_LOAN_INTEREST, section 24(b), amount the year's interest; the holder is the first borrower.
 */
public final class HomeLoanMonthlyCertificate implements Layout {

    private static final float X = 46;
    private static final List<String> LENDERS = List.of("Aavas Financiers Limited", "Can Fin Homes Ltd.",
            "GIC Housing Finance Ltd.", "Repco Home Finance Limited", "Tata Capital Housing Finance Limited",
            "Aditya Birla Housing Finance Limited");

    @Override
    public String docType() {
        return "INVESTMENT_PROOF";
    }

    @Override
    public String name() {
        return "h-proof-home-loan-monthly";
    }

    @Override
    public List<Rendered> render(Rng rng) {
        String lender = rng.pick(LENDERS);
        Who a = Cast.person(rng);
        Who b = Cast.person(rng);
        int fy = rng.between(2021, 2024);
        BigDecimal outstanding = rng.rupees(900_000, 9_000_000, 1_000);
        BigDecimal rate = BigDecimal.valueOf(rng.between(800, 1050), 2);
        double r = rate.doubleValue() / 1200;
        int months = rng.pickOf(180, 240, 300);
        BigDecimal emi = Rupees.whole(outstanding.doubleValue() * r * Math.pow(1 + r, months)
                / (Math.pow(1 + r, months) - 1));
        Ink ink = Ink.of(rng.pickOf(Family.HELVETICA, Family.TIMES), 8.5f);
        AmountStyle money = Amounts.style(rng);
        Day day = Day.any(rng);
        String loan = rng.pickOf("HL", "HOU/", "LN") + rng.number(8);
        String holder = a.upper();
        Canvas c = Canvas.a4();
        c.newPage();
        float w = c.width() - 2 * X;
        c.text(X, 46, lender, ink.bold().size(14));
        c.text(X, 58, "Branch: " + a.place().city() + "  |  Customer care: 1800 " + rng.digits(3) + " " + rng.digits(4),
                ink.plus(-1));
        c.line(X, 65, c.width() - X, 65, 1f);
        c.center(c.width() / 2, 84, "INTEREST CERTIFICATE (FINAL) - FY " + FinancialYear.span(fy), ink.bold().size(11));
        Table who = new Table(c, X, List.of(Column.left("", 140), Column.left("", w - 140)), ink, Table.Rules.NONE, 1);
        float y = 94;
        y = who.row(y, "Loan Account No.", ": " + loan);
        y = who.row(y, "Borrower", ": " + holder + "  (PAN " + a.pan() + ")");
        y = who.row(y, "Co-Borrower", ": " + b.upper());
        y = who.row(y, "Property", ": " + a.address().oneLine());
        y = who.row(y, "Rate of Interest", ": " + rate.toPlainString() + "% p.a. (floating)");
        y += 8;
        Table t = new Table(c, X, List.of(Column.left("Month", w * 0.16f), Column.right("EMI", w * 0.2f),
                Column.right("Principal", w * 0.2f), Column.right("Interest", w * 0.2f),
                Column.right("Outstanding", w * 0.24f)), ink, Table.Rules.HORIZONTAL, 1.5f);
        y = t.header(y);
        BigDecimal interest = Rupees.ZERO;
        BigDecimal principal = Rupees.ZERO;
        YearMonth m = YearMonth.of(fy, 4);
        for (int i = 0; i < 12; i++) {
            BigDecimal in = outstanding.multiply(BigDecimal.valueOf(r)).setScale(0, RoundingMode.HALF_UP).setScale(2);
            BigDecimal pr = emi.subtract(in);
            outstanding = outstanding.subtract(pr);
            interest = interest.add(in);
            principal = principal.add(pr);
            y = t.row(y, DateStyle.abbr(m.atDay(1)) + "-" + m.getYear(), money.format(emi), money.format(pr),
                    money.format(in), money.format(outstanding));
            m = m.plusMonths(1);
        }
        t.rule(y);
        y = t.row(y, ink.bold(), "Total", money.format(emi.multiply(BigDecimal.valueOf(12))), money.format(principal),
                money.format(interest), "");
        y += 12;
        c.text(X, y, "Interest paid during the year (claimable u/s 24(b)): Rs. " + money.format(interest), ink.bold());
        c.text(X, y + 13, "Principal repaid during the year (claimable u/s 80C): Rs. " + money.format(principal), ink.bold());
        c.text(X, y + 32, "The loan is in the joint names of the borrowers; the deduction may be claimed in the ratio of "
                + "their share in the property.", ink);
        c.text(X, y + 58, "Date: " + day.format(LocalDate.of(fy + 1, 4, rng.between(2, 28))), ink);
        c.right(c.width() - X, y + 58, "Authorised Signatory", ink.bold());
        ProofTruth f = new ProofTruth("HOME_LOAN_INTEREST", "24(b)", lender, holder, interest).pan(a.pan())
                .reference(loan).year(fy);
        return List.of(Rendered.pdf(Pdfs.save(c, lender, LocalDate.of(fy + 1, 4, 2), rng), f.build()));
    }
}
