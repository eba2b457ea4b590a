package io.taxstream.corpus.holdout2.proof;

import io.taxstream.corpus.Layout;
import io.taxstream.corpus.Rendered;
import io.taxstream.corpus.data.Bank;
import io.taxstream.corpus.holdout2.kit.Cast2;
import io.taxstream.corpus.holdout2.kit.Draw;
import io.taxstream.corpus.holdout2.kit.Money;
import io.taxstream.corpus.holdout2.kit.Save;
import io.taxstream.corpus.holdout2.kit.When;
import io.taxstream.corpus.kit.FinancialYear;
import io.taxstream.corpus.kit.ProofTruth;
import io.taxstream.corpus.kit.Rupees;
import io.taxstream.corpus.kit.Who;
import io.taxstream.corpus.pdf.Canvas;
import io.taxstream.corpus.pdf.Family;
import io.taxstream.corpus.pdf.Ink;
import io.taxstream.corpus.pdf.Table.Column;
import io.taxstream.corpus.pdf.Table;
import io.taxstream.corpus.util.Rng;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * A bank's certificate of interest paid on an education loan (section 80E): the borrower and the
 * student, course and institution, and the year's account: opening principal, disbursements,
 * interest charged, repayments split into principal and interest, closing principal (unpaid interest
 * is added to the loan). The proof's amount is the interest actually paid; 80E is not one of the
 * contract's sections, so the kind is OTHER and no section is recorded.
 */
public final class EducationLoanCertificate implements Layout {

    private static final List<String> COURSES = List.of("B.Tech (Computer Science)", "MBBS", "MBA", "B.Sc. Nursing",
            "M.S. (Data Science)", "B.Arch", "LL.B. (Hons.)", "B.Pharm", "M.Tech (VLSI)");
    private static final List<String> COLLEGES = List.of("National Institute of Technology", "Government Medical College",
            "Indian Institute of Management", "University of Melbourne", "Manipal Academy of Higher Education",
            "Symbiosis International University", "Christ University", "Amrita Vishwa Vidyapeetham");

    @Override
    public String docType() {
        return "INVESTMENT_PROOF";
    }

    @Override
    public String name() {
        return "h2-proof-education-loan-80e";
    }

    @Override
    public List<Rendered> render(Rng rng) {
        String[] psu = rng.pick(Cast2.PSU_BILINGUAL);
        Bank bank = rng.chance(0.5) ? new Bank(psu[0], psu[2], 15) : rng.pick(Cast2.BANKS);
        Who borrower = Cast2.folk(rng, 1962, 1980);
        boolean self = rng.chance(0.3);
        boolean girl = rng.chance(0.5);
        Who student = self ? borrower : new Who(girl ? rng.pickOf("Ishita", "Meher", "Saanvi", "Anvi")
                : rng.pickOf("Aarav", "Kabir", "Reyansh", "Vihaan"), "", borrower.family(), "", girl, "",
                borrower.dob(), borrower.place(), borrower.address(), borrower.mobile());
        int fy = rng.between(2021, 2025);
        boolean moratorium = rng.chance(0.4);
        BigDecimal rate = new BigDecimal(rng.pickOf("8.15", "9.25", "9.55", "10.50", "11.15", "8.85"));
        BigDecimal opening = rng.rupees(150_000, 2_800_000, 1);
        BigDecimal disbursed = moratorium ? rng.rupees(50_000, 900_000, 1_000) : Rupees.ZERO;
        BigDecimal charged = opening.add(disbursed.divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP)).multiply(rate)
                .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP).setScale(2);
        BigDecimal interestPaid = moratorium ? charged.multiply(BigDecimal.valueOf(rng.between(20, 100)))
                .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP).setScale(2) : charged;
        BigDecimal principalPaid = moratorium ? Rupees.ZERO : Rupees.whole(opening.doubleValue() * (0.06 + rng.nextDouble()
                * 0.15));
        BigDecimal repaid = interestPaid.add(principalPaid);
        BigDecimal closing = opening.add(disbursed).add(charged).subtract(repaid);
        Ink ink = Ink.of(rng.pickOf(Family.TIMES, Family.HELVETICA), 9.5f);
        Money money = Money.indian(rng.pickOf("", "Rs. "), true);
        When when = rng.pickOf(When.DOTTED, When.DD_MMM_YYYY, When.ORDINAL);
        Canvas c = Canvas.a4();
        c.newPage();
        float x = 56;
        float w = c.width() - 2 * x;
        Who town = Cast2.folk(rng);
        c.text(x, 52, bank.name(), ink.bold().size(15));
        c.text(x, 66, rng.pick(town.place().localities()) + " Branch, " + town.place().city(), ink);
        LocalDate issued = FinancialYear.last(fy).plusDays(rng.between(5, 80));
        c.right(c.width() - x, 52, "Date: " + when.of(issued), ink);
        c.line(x, 74, c.width() - x, 74, 1f);
        c.center(c.width() / 2, 100, "CERTIFICATE OF INTEREST PAID ON EDUCATION LOAN", ink.bold().plus(2));
        c.center(c.width() / 2, 114, "(for claiming deduction under section 80E of the Income-tax Act, 1961)", ink);
        String name = borrower.upper();
        String account = rng.number(bank.accountDigits());
        float y = Draw.para(c, x, 140, w, "This is to certify that " + borrower.honorific() + " " + name + " (PAN: "
                + borrower.pan() + ") has availed an education loan, account number " + account + ", for the higher "
                + "education of " + (self ? "self" : (student.female() ? "daughter " : "son ") + student.natural())
                + " pursuing " + rng.pick(COURSES) + " at " + rng.pick(COLLEGES) + ". The loan carries interest at "
                + rate.toPlainString() + "% p.a. The position of the loan for the financial year " + FinancialYear.span(fy)
                + " is given below:", ink);
        Table tb = new Table(c, x, List.of(Column.left("Particulars", w * 0.7f), Column.right("Amount (Rs.)", w * 0.3f)),
                ink, Table.Rules.GRID, 3);
        y = tb.header(y + 8);
        String[][] rows = {{"Principal outstanding as on " + when.of(FinancialYear.first(fy)), money.of(opening)},
            {"Add: Disbursement(s) during the year", money.of(disbursed)},
            {"Add: Interest charged during the year", money.of(charged)},
            {"Less: Total amount repaid during the year", money.of(repaid)},
            {"      of which towards principal", money.of(principalPaid)},
            {"      of which towards interest", money.of(interestPaid)},
            {"Principal outstanding as on " + when.of(FinancialYear.last(fy)), money.of(closing)}};
        for (String[] r : rows) {
            y = tb.row(y, r[1].equals(money.of(interestPaid)) && r[0].contains("interest") ? ink.bold() : ink, r);
        }
        y = Draw.para(c, x, y + 16, w, "Interest of Rs. " + money.bare().of(interestPaid) + " actually paid during the "
                + "financial year " + FinancialYear.span(fy) + " is eligible for deduction u/s 80E. Interest charged but not paid"
                + (moratorium ? " during the moratorium period has been added to the outstanding balance." : " is nil."),
                ink);
        c.text(x, y + 40, "For " + bank.name(), ink.bold());
        c.text(x, y + 80, "Branch Manager", ink);
        ProofTruth t = new ProofTruth("OTHER", null, bank.name(), name, interestPaid).pan(borrower.pan())
                .reference(account).year(fy);
        return List.of(Rendered.pdf(Save.pdf(c, bank.name() + " Loan Servicing", issued, rng), t.build()));
    }
}
