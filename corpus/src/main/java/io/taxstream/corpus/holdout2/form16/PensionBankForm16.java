package io.taxstream.corpus.holdout2.form16;

import io.taxstream.corpus.Layout;
import io.taxstream.corpus.Rendered;
import io.taxstream.corpus.holdout2.form16.PayYear.Quarter;
import io.taxstream.corpus.holdout2.form16.PayYear.Via;
import io.taxstream.corpus.holdout2.kit.Cast2;
import io.taxstream.corpus.holdout2.kit.Draw;
import io.taxstream.corpus.holdout2.kit.Money;
import io.taxstream.corpus.holdout2.kit.Save;
import io.taxstream.corpus.holdout2.kit.When;
import io.taxstream.corpus.pdf.Canvas;
import io.taxstream.corpus.pdf.Family;
import io.taxstream.corpus.pdf.Flow;
import io.taxstream.corpus.pdf.Ink;
import io.taxstream.corpus.pdf.Table;
import io.taxstream.corpus.pdf.Table.Column;
import io.taxstream.corpus.util.DateStyle;
import io.taxstream.corpus.util.Rng;
import io.taxstream.corpus.util.Truth;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * A pension-paying bank's Form 16 for a pensioner (the bank is the deductor): bilingual letterhead
 * of the Centralised Pension Processing Centre, a framed two-column list of facts, a month-wise
 * pension and TDS table with a bold subtotal row per quarter carrying the receipt number, and a
 * computation with {@code Rs.}-prefixed amounts, 80TTB and income rounded off u/s 288A.
 */
public final class PensionBankForm16 implements Layout {

    private static final float X = 40;

    @Override
    public String docType() {
        return "FORM_16";
    }

    @Override
    public String name() {
        return "h2-f16-pension-bank";
    }

    @Override
    public List<Rendered> render(Rng rng) {
        PayYear y = PayYears.random(rng, PayYears.Kind.PENSION);
        String hindi = Cast2.PSU_BILINGUAL.stream().filter(b -> b[0].equals(y.deductor())).findFirst()
                .map(b -> b[1]).orElse("");
        Ink ink = Ink.of(rng.pickOf(Family.TIMES, Family.HELVETICA), 8.5f);
        Money money = Money.indian("Rs. ", true).negatives(Money.Neg.PARENS);
        Money cell = money.bare();
        When when = rng.pickOf(When.DD_MMM_YYYY, When.DOTTED, When.D_M_YY, When.SLASHED);
        Canvas c = Canvas.a4();
        c.newPage();
        float w = c.width() - 2 * X;
        c.center(c.width() / 2, 36, hindi, ink.size(11));
        c.center(c.width() / 2, 52, y.deductor(), ink.bold().size(15));
        c.center(c.width() / 2, 64, "Centralised Pension Processing Centre (CPPC), " + y.address().locality() + ", "
                + y.address().city() + " - " + y.address().pin(), ink);
        c.line(X, 70, c.width() - X, 70, 1.2f);
        c.center(c.width() / 2, 86, "FORM NO. 16", ink.bold().size(12));
        c.center(c.width() / 2, 98, "(Certificate of tax deducted at source on pension under section 203 of the "
                + "Income-tax Act, 1961)", ink);
        String pensioner = rng.chance(0.5) ? y.employee().upper() : y.employee().natural();
        String account = rng.number(y.deductor().length() % 2 == 0 ? 15 : 16);
        List<String[]> facts = List.of(new String[] {"Name of the Deductor (Bank)", y.deductor()},
                new String[] {"TAN of the Deductor", y.tan()}, new String[] {"PAN of the Deductor", y.pan()},
                new String[] {"Certificate No.", y.certificate()}, new String[] {"Name of the Pensioner", pensioner},
                new String[] {"PAN of the Pensioner", y.employee().pan()},
                new String[] {"PPO Number", y.employeeRef().substring(4)},
                new String[] {"Pension Account No.", account},
                new String[] {"Date of Birth", when.of(y.employee().dob())},
                new String[] {"Assessment Year", y.assessmentYear()},
                new String[] {"Period From", when.of(y.from())}, new String[] {"Period To", when.of(y.to())});
        float fy0 = 108;
        float rowH = 13;
        int rows = (facts.size() + 1) / 2;
        c.box(X, fy0, w, rows * rowH + 8);
        c.line(X + w / 2, fy0, X + w / 2, fy0 + rows * rowH + 8, 0.5f);
        float[] labelW = new float[2];
        for (int i = 0; i < facts.size(); i++) {
            labelW[i % 2] = Math.max(labelW[i % 2], c.textWidth(facts.get(i)[0], ink) + 4);
        }
        for (int i = 0; i < facts.size(); i++) {
            float fx = X + (i % 2) * w / 2 + 6;
            float by = fy0 + 12 + (i / 2) * rowH;
            c.text(fx, by, facts.get(i)[0], ink);
            c.text(fx + labelW[i % 2], by, ": " + facts.get(i)[1], ink.bold());
        }
        Truth t = F16Facts.parties(y, y.deductor(), pensioner);
        F16Facts.period(t, y);
        t.text("certificate_number", y.certificate());
        Flow f = new Flow(c, 44, 44);
        f.moveTo(fy0 + rows * rowH + 26);
        c.text(X, f.y(), "Month-wise pension paid and tax deducted", ink.bold().plus(0.5f));
        Table mt = new Table(c, X, List.of(Column.left("Month", w * 0.34f), Column.right("Pension Paid (Rs.)", w * 0.22f),
                Column.right("Tax Deducted (Rs.)", w * 0.22f), Column.right("Tax Deposited (Rs.)", w * 0.22f)), ink,
                Table.Rules.HORIZONTAL, 1.5f);
        f.moveTo(mt.header(f.y() + 5));
        f.onContinue((cv, top) -> mt.header(top));
        for (Quarter q : y.quarters()) {
            for (int i = 0; i < q.monthNames().size(); i++) {
                YearMonth ym = q.monthNames().get(i);
                f.ensure(14);
                f.moveTo(mt.row(f.y(), DateStyle.monthName(ym.getMonthValue()) + " " + ym.getYear(),
                        cell.of(q.monthPaid().get(i)), cell.of(q.monthTax().get(i)), cell.of(q.monthTax().get(i))));
            }
            f.ensure(14);
            c.shade(X, f.y(), mt.totalWidth(), mt.height("x"), 0.92f);
            f.moveTo(mt.row(f.y(), ink.bold(), q.name() + " Total (Receipt No. " + q.receipt() + ")", cell.of(q.paid()),
                    cell.of(q.deducted()), cell.of(q.deposited())));
        }
        f.moveTo(mt.row(f.y(), ink.bold(), "Total for the year", cell.of(y.totalPaid()), cell.of(y.totalTds()),
                cell.of(y.totalTds())));
        F16Facts.quarters(t, y, true);
        f.clearContinuation();
        f.down(16);
        f.ensure(300);
        c.text(X, f.y(), "Computation of taxable income", ink.bold().plus(0.5f));
        f.down(6);
        String regime = y.newRegime() ? "Tax computed under section 115BAC (new tax regime) as per the pensioner's option."
                : y.fy() >= 2023 ? "Tax computed under the old regime - pensioner has opted out of section 115BAC(1A)."
                : "Tax computed under the old regime - pensioner has not opted for section 115BAC.";
        t.text("tax_regime", F16Facts.regime(y));
        f.moveTo(Draw.para(c, X, f.y() + 8, w, regime, ink.plus(-0.5f)));
        float lx = X + 10;
        float rx = c.width() - X - 10;
        List<Object[]> lines = new ArrayList<>();
        lines.add(new Object[] {"Pension received (Salary u/s 17(1))", y.s171(), "salary_17_1"});
        lines.add(new Object[] {"Gross Salary", y.gross(), "gross_salary"});
        lines.add(new Object[] {"Less: Standard Deduction u/s 16(ia)", y.standard(), "standard_deduction"});
        lines.add(new Object[] {"Income chargeable under the head \"Salaries\"", y.salaries(),
            "income_under_head_salaries"});
        lines.add(new Object[] {"Add: Interest on deposits declared (Income from Other Sources)", y.otherSources(), null});
        lines.add(new Object[] {"Gross Total Income", y.grossTotal(), "gross_total_income"});
        for (Via v : y.via()) {
            lines.add(new Object[] {"Less: Deduction u/s " + v.section(), v.deductible(), F16Facts.viaField(v.section())});
        }
        lines.add(new Object[] {"Total deductions under Chapter VI-A", y.viaTotal(), "total_chapter_via_deductions"});
        lines.add(new Object[] {"Total Income (rounded off u/s 288A)", y.taxable(), "total_taxable_income"});
        lines.add(new Object[] {"Tax on Total Income", y.tax(), "tax_on_total_income"});
        lines.add(new Object[] {"Less: Rebate u/s 87A", y.rebate(), "rebate_87a"});
        lines.add(new Object[] {"Add: Health & Education Cess @ 4%", y.cess(), "health_education_cess"});
        lines.add(new Object[] {"Net Tax Payable", y.taxPayable(), "net_tax_payable"});
        lines.add(new Object[] {"Less: Tax deducted at source during the year", y.totalTds(), null});
        lines.add(new Object[] {"Balance tax payable / (refundable)", y.taxPayable().subtract(y.totalTds()), null});
        float by = f.y() + 6;
        c.box(X, by, w, lines.size() * 13 + 8);
        by += 14;
        for (Object[] l : lines) {
            String label = (String) l[0];
            boolean strong = !label.startsWith("Less") && !label.startsWith("Add") && !label.startsWith("Pension");
            Draw.leader(c, lx, rx, by, label, money.of((BigDecimal) l[1]), ink, strong ? ink.bold() : ink);
            F16Facts.put(t, (String) l[2], (BigDecimal) l[1]);
            by += 13;
        }
        by += 24;
        Draw.para(c, X, by, w, "Certified that a sum of Rs. " + cell.of(y.totalTds()) + " has been deducted at source "
                + "and deposited to the credit of the Central Government. The pensioner may verify the credit in Form "
                + "26AS / Annual Information Statement.", ink.plus(-0.5f));
        c.text(X, by + 40, "Place: " + y.address().city(), ink);
        c.text(X, by + 52, "Date: " + when.of(y.issued()), ink);
        c.right(c.width() - X, by + 40, y.signatory(), ink.bold());
        c.right(c.width() - X, by + 52, y.signatoryRole() + ", " + y.deductor(), ink);
        c.onEveryPage((cv, n, total) -> cv.center(cv.width() / 2, cv.height() - 20,
                "This is a computer generated certificate. Page " + n + " of " + total, ink.plus(-1.5f)));
        return List.of(Rendered.pdf(Save.pdf(c, "CPPC Pension System", y.issued(), rng), t.build()));
    }
}
