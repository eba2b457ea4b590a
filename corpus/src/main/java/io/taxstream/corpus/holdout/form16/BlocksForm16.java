package io.taxstream.corpus.holdout.form16;

import io.taxstream.corpus.Layout;
import io.taxstream.corpus.Rendered;
import io.taxstream.corpus.holdout.form16.SalaryYear.Quarter;
import io.taxstream.corpus.holdout.form16.SalaryYear.Via;
import io.taxstream.corpus.holdout.kit.Amounts;
import io.taxstream.corpus.holdout.kit.Cells;
import io.taxstream.corpus.holdout.kit.Day;
import io.taxstream.corpus.holdout.kit.Pdfs;
import io.taxstream.corpus.kit.FinancialYear;
import io.taxstream.corpus.pdf.Canvas;
import io.taxstream.corpus.pdf.Family;
import io.taxstream.corpus.pdf.Ink;
import io.taxstream.corpus.pdf.Table.Column;
import io.taxstream.corpus.pdf.Table;
import io.taxstream.corpus.util.AmountStyle;
import io.taxstream.corpus.util.Rng;
import io.taxstream.corpus.util.Truth;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A payroll vendor's one-page Form 16: a band of boxed facts (label above value), then four
 * blocks in two side-by-side columns (Salary Details | Exemptions, Deductions | Tax Computation),
 * and a quarter-wise TDS table whose columns run Quarter, Receipt, Deposited, Deducted, Credited.
 */
public final class BlocksForm16 implements Layout {

    private static final float X = 34;
    private static final float GAP = 14;

    @Override
    public String docType() {
        return "FORM_16";
    }

    @Override
    public String name() {
        return "h-form16-two-column-blocks";
    }

    @Override
    public List<Rendered> render(Rng rng) {
        SalaryYear d = SalaryYears.random(rng);
        Ink ink = Ink.of(Family.HELVETICA, 8.5f);
        AmountStyle money = Amounts.style(rng).withPrefix(rng.pickOf("", "", "₹ ", "₹"));
        Day day = Day.any(rng);
        String vendor = rng.pickOf("PayWise", "SalaryBox Cloud", "HRStack", "PeopleLedger");
        boolean cert = rng.chance(0.6);
        String employee = rng.pickOf(d.employee().natural(), d.employee().upper());
        Truth t = F16Truth.parties(d, d.employer().name(), employee, true);
        Canvas c = Canvas.a4();
        c.newPage();
        float w = c.width() - 2 * X;
        c.shade(X, 30, w, 34, 0.88f);
        c.text(X + 8, 46, "FORM 16", ink.bold().plus(6));
        c.text(X + 8, 58, "Certificate of tax deducted at source on salary u/s 203", ink);
        c.right(c.width() - X - 8, 46, "Financial Year " + d.financialYear(), ink.bold().plus(1));
        c.right(c.width() - X - 8, 58, "Assessment Year " + FinancialYear.longSpan(d.fyStart() + 1), ink.bold().plus(1));
        List<String[]> facts = new ArrayList<>();
        facts.add(new String[] {"Employee Name", employee});
        facts.add(new String[] {"Employee PAN", d.employee().pan()});
        facts.add(new String[] {"Employee ID", d.employeeRef()});
        facts.add(new String[] {"Employer", d.employer().name()});
        facts.add(new String[] {"Employer TAN", d.employer().tan()});
        facts.add(new String[] {"Employer PAN", d.employer().pan()});
        facts.add(new String[] {"Period of Employment", day.format(d.from()) + " to " + day.format(d.to())});
        facts.add(new String[] {"Tax Regime", d.newRegime() ? "New (u/s 115BAC)" : "Old"});
        facts.add(cert ? new String[] {"TRACES Certificate No.", d.certificate()} : new String[] {"Designation",
            d.designation()});
        float y = Cells.draw(c, X, 72, w, 3, facts, ink, true);
        t.date("period_from", d.from());
        t.date("period_to", d.to());
        t.text("tax_regime", F16Truth.regime(d));
        if (cert) {
            t.text("certificate_number", d.certificate());
        }
        y += 12;
        float bw = (w - GAP) / 2;
        Block salary = new Block("SALARY DETAILS");
        salary.add("Salary u/s 17(1)", d.s171(), "salary_17_1");
        salary.add("Perquisites u/s 17(2)", d.s172(), "perquisites_17_2");
        salary.add("Profits in lieu of salary u/s 17(3)", d.s173(), "profits_in_lieu_17_3");
        salary.total("Gross Salary", d.gross(), "gross_salary");
        Block exempt = new Block("EXEMPTIONS (SECTION 10)");
        exempt.add("House Rent Allowance", d.hra(), "hra_exemption");
        exempt.add("Leave Travel Allowance", d.lta(), null);
        exempt.add("Other Exemptions", d.otherExempt(), null);
        exempt.total("Total Exemptions", d.exemptions(), "exemptions_section_10");
        float top = y;
        y = Math.max(salary.draw(c, X, top, bw, ink, money, t), exempt.draw(c, X + bw + GAP, top, bw, ink, money, t));
        y += 10;
        Block deductions = new Block("DEDUCTIONS");
        deductions.add("Standard Deduction u/s 16(ia)", d.standard(), "standard_deduction");
        deductions.add("Professional Tax u/s 16(iii)", d.pt(), "professional_tax");
        Map<String, String> fields = Map.of("80C", "deduction_80c", "80CCD(1B)", "deduction_80ccd_1b", "80D",
                "deduction_80d");
        for (Via v : d.via()) {
            deductions.add("Section " + v.section(), v.deductible(), fields.get(v.section()));
        }
        deductions.total("Total Chapter VI-A", d.viaTotal(), "total_chapter_via_deductions");
        Block tax = new Block("TAX COMPUTATION");
        tax.add("Income from Salary", d.salaries(), "income_under_head_salaries");
        tax.add("Other Income", d.otherIncome(), null);
        tax.add("Gross Total Income", d.grossTotal(), "gross_total_income");
        tax.add("Taxable Income", d.taxable(), "total_taxable_income");
        tax.add("Income Tax", d.tax(), "tax_on_total_income");
        tax.add("Rebate u/s 87A", d.rebate(), "rebate_87a");
        tax.add("Cess @ 4%", d.cess(), "health_education_cess");
        tax.total("Total Tax Liability", d.taxPayable(), "net_tax_payable");
        top = y;
        y = Math.max(deductions.draw(c, X, top, bw, ink, money, t), tax.draw(c, X + bw + GAP, top, bw, ink, money, t));
        y += 14;
        c.text(X, y + 9, "TDS DEPOSITED - QUARTER WISE", ink.bold().plus(1));
        y += 14;
        Table q = new Table(c, X, List.of(Column.left("Quarter", w * 0.12f), Column.center("Receipt No.", w * 0.2f),
                Column.right("Tax Deposited", w * 0.22f), Column.right("Tax Deducted", w * 0.22f),
                Column.right("Amount Credited", w * 0.24f)), ink, Table.Rules.HORIZONTAL);
        y = q.header(y);
        for (Quarter x : d.quarters()) {
            y = q.row(y, x.name(), x.receipt(), money.format(x.deposited()), money.format(x.deducted()),
                    money.format(x.paid()));
        }
        q.rule(y);
        y = q.row(y, ink.bold(), "Total", "", money.format(d.totalDeposited()), money.format(d.totalTds()),
                money.format(d.totalPaid()));
        F16Truth.quarters(t, d, true);
        t.amount("total_tds", d.totalTds());
        c.text(X, y + 24, "Issued on " + day.format(d.issued()) + " at " + d.employer().place().city(), ink);
        c.right(c.width() - X, y + 24, d.signatory() + " (" + d.signatoryRole() + ")", ink.bold());
        c.center(c.width() / 2, c.height() - 28, "Generated by " + vendor + " on behalf of the employer. Digitally signed "
                + "copy available on request.", ink.plus(-1.5f));
        return List.of(Rendered.pdf(Pdfs.save(c, vendor + " Reports", d.issued(), rng), t.build()));
    }

    /** A titled box of label/amount rows ending in a total. */
    private static final class Block {
        private final String title;
        private final List<Object[]> rows = new ArrayList<>();

        Block(String title) {
            this.title = title;
        }

        void add(String label, BigDecimal v, String field) {
            rows.add(new Object[] {label, v, field, false});
        }

        void total(String label, BigDecimal v, String field) {
            rows.add(new Object[] {label, v, field, true});
        }

        float draw(Canvas c, float x, float y, float w, Ink ink, AmountStyle money, Truth t) {
            float lh = ink.size() * 1.6f;
            float h = 18 + rows.size() * lh + 6;
            c.box(x, y, w, h);
            c.shade(x, y, w, 15, 0.9f);
            c.text(x + 6, y + 11, title, ink.bold());
            float ry = y + 18;
            for (Object[] r : rows) {
                boolean total = (Boolean) r[3];
                Ink ri = total ? ink.bold() : ink;
                if (total) {
                    c.hline(x + 4, x + w - 4, ry + 1);
                }
                c.text(x + 6, ry + ink.size() + 2, (String) r[0], ri);
                c.right(x + w - 6, ry + ink.size() + 2, money.format((BigDecimal) r[1]), ri);
                if (r[2] != null) {
                    t.amount((String) r[2], (BigDecimal) r[1]);
                }
                ry += lh;
            }
            return y + h;
        }
    }
}
