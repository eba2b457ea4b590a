package io.taxstream.corpus.holdout.form16;

import io.taxstream.corpus.Layout;
import io.taxstream.corpus.Rendered;
import io.taxstream.corpus.holdout.form16.SalaryYear.Via;
import io.taxstream.corpus.holdout.kit.Amounts;
import io.taxstream.corpus.holdout.kit.Day;
import io.taxstream.corpus.holdout.kit.Pdfs;
import io.taxstream.corpus.kit.FinancialYear;
import io.taxstream.corpus.kit.Rupees;
import io.taxstream.corpus.pdf.Canvas;
import io.taxstream.corpus.pdf.Chrome;
import io.taxstream.corpus.pdf.Family;
import io.taxstream.corpus.pdf.Flow;
import io.taxstream.corpus.pdf.Ink;
import io.taxstream.corpus.pdf.Table.Column;
import io.taxstream.corpus.pdf.Table;
import io.taxstream.corpus.util.AmountStyle;
import io.taxstream.corpus.util.Rng;
import io.taxstream.corpus.util.Truth;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * An employer's Part B annexure issued on its own (no Part A): a ruled table whose rows are
 * identified by a serial and a separate "Section" column ({@code 17(1)}, {@code 10(13A)},
 * {@code 16(ia)}), short particulars, and a Chapter VI-A table with Gross / Qualifying /
 * Deductible columns. The year is printed "AY 2024-2025".
 */
public final class SectionColumnForm16 implements Layout {

    private static final float X = 40;

    @Override
    public String docType() {
        return "FORM_16";
    }

    @Override
    public String name() {
        return "h-form16-section-column";
    }

    @Override
    public List<Rendered> render(Rng rng) {
        SalaryYear d = SalaryYears.random(rng);
        Ink ink = Ink.of(rng.pickOf(Family.HELVETICA, Family.TIMES), 8.5f);
        AmountStyle money = Amounts.style(rng);
        Day day = rng.pickOf(Day.DOTTED, Day.SLASHED, Day.MON_SHORT_YEAR, Day.ISO);
        String employer = d.employer().name().toUpperCase(java.util.Locale.ROOT);
        String employee = rng.pickOf(d.employee().upper(), d.employee().initials());
        boolean showEmployerPan = rng.chance(0.5);
        Truth t = F16Truth.parties(d, employer, employee, showEmployerPan);
        Canvas c = Canvas.a4();
        c.newPage();
        Flow f = new Flow(c, 40, 46);
        float w = c.width() - 2 * X;
        c.text(X, f.y() + 14, employer, ink.bold().plus(4));
        c.text(X, f.y() + 27, d.employer().address().oneLine(), ink.plus(-0.5f));
        c.right(c.width() - X, f.y() + 14, "Annexure to Form No. 16 - Part B", ink.bold().plus(1));
        c.right(c.width() - X, f.y() + 27, "AY " + FinancialYear.longSpan(d.fyStart() + 1), ink.bold().plus(1));
        f.down(34);
        c.line(X, f.y(), c.width() - X, f.y(), 1.5f);
        f.down(6);
        Table facts = new Table(c, X, List.of(Column.left("", w * 0.2f), Column.left("", w * 0.3f),
                Column.left("", w * 0.2f), Column.left("", w * 0.3f)), ink, Table.Rules.GRID);
        f.moveTo(facts.row(f.y(), "Employee", employee, "Employee PAN", d.employee().pan()));
        f.moveTo(facts.row(f.y(), "Designation", d.designation(), "Employer TAN", d.employer().tan()));
        f.moveTo(facts.row(f.y(), "Period", day.format(d.from()) + " - " + day.format(d.to()),
                showEmployerPan ? "Employer PAN" : "Emp. Code", showEmployerPan ? d.employer().pan() : d.employeeRef()));
        f.moveTo(facts.row(f.y(), "Tax Regime", d.newRegime() ? "New Tax Regime (Section 115BAC)" : "Old Tax Regime",
                "Financial Year", FinancialYear.longSpan(d.fyStart())));
        t.date("period_from", d.from());
        t.date("period_to", d.to());
        t.text("tax_regime", F16Truth.regime(d));
        f.down(12);
        Table table = new Table(c, X, List.of(Column.center("S.No", w * 0.07f), Column.center("Section", w * 0.13f),
                Column.left("Particulars", w * 0.55f), Column.right("Amount (Rs.)", w * 0.25f)), ink, Table.Rules.GRID);
        f.moveTo(table.header(f.y()));
        Rows r = new Rows(f, table, money, ink, t);
        r.row("17(1)", "Salary", d.s171(), "salary_17_1");
        r.row("17(2)", "Perquisites", d.s172(), "perquisites_17_2");
        r.row("17(3)", "Profits in lieu of salary", d.s173(), "profits_in_lieu_17_3");
        r.bold("", "Gross Salary (1 + 2 + 3)", d.gross(), "gross_salary");
        r.row("10(13A)", "House Rent Allowance", d.hra(), "hra_exemption");
        r.row("10(5)", "Leave Travel Concession", d.lta(), null);
        if (d.otherExempt().signum() > 0) {
            r.row("10(14)", "Other allowances (children education / hostel)", d.otherExempt(), null);
        }
        r.bold("10", "Total exempt allowances", d.exemptions(), "exemptions_section_10");
        r.row("16(ia)", "Standard Deduction", d.standard(), "standard_deduction");
        r.row("16(iii)", "Professional Tax", d.pt(), "professional_tax");
        r.bold("", "Income under the head Salaries", d.salaries(), "income_under_head_salaries");
        if (d.house().signum() != 0) {
            r.row("24(b)", "Loss from house property (interest on housing loan)", d.house(), null);
        }
        if (d.otherSources().signum() != 0) {
            r.row("56", "Income from other sources", d.otherSources(), null);
        }
        r.bold("", "Gross Total Income", d.grossTotal(), "gross_total_income");
        f.down(10);
        f.ensure(60);
        c.text(X, f.y() + 10, "Deductions under Chapter VI-A", ink.bold().plus(1));
        f.down(14);
        Table via = new Table(c, X, List.of(Column.center("Section", w * 0.2f), Column.right("Gross Amount", w * 0.25f),
                Column.right("Qualifying Amount", w * 0.275f), Column.right("Deductible Amount", w * 0.275f)), ink,
                Table.Rules.GRID);
        f.moveTo(via.header(f.y()));
        Map<String, String> fields = Map.of("80C", "deduction_80c", "80CCD(1B)", "deduction_80ccd_1b", "80D",
                "deduction_80d");
        if (d.via().isEmpty()) {
            f.moveTo(via.row(f.y(), "-", money.format(Rupees.ZERO), money.format(Rupees.ZERO),
                    money.format(Rupees.ZERO)));
        }
        for (Via v : d.via()) {
            f.ensure(14);
            f.moveTo(via.row(f.y(), v.section(), money.format(v.gross()), money.format(v.qualifying()),
                    money.format(v.deductible())));
            if (fields.containsKey(v.section())) {
                t.amount(fields.get(v.section()), v.deductible());
            }
        }
        f.moveTo(via.row(f.y(), ink.bold(), "Total", "", "", money.format(d.viaTotal())));
        t.amount("total_chapter_via_deductions", d.viaTotal());
        f.down(10);
        f.ensure(120);
        f.moveTo(table.header(f.y()));
        r.bold("", "Total Income (Gross Total Income - Chapter VI-A)", d.taxable(), "total_taxable_income");
        r.row("", "Tax on Total Income", d.tax(), "tax_on_total_income");
        r.row("87A", "Rebate", d.rebate(), "rebate_87a");
        r.row("", "Health & Education Cess", d.cess(), "health_education_cess");
        r.row("89", "Relief", Rupees.ZERO, null);
        r.bold("", "Net Tax Payable", d.taxPayable(), "net_tax_payable");
        f.down(16);
        f.ensure(70);
        f.moveTo(Chrome.paragraph(c, X, f.y() + 10, w, "Certified that the above particulars are true and correct as "
                + "per the records of the employer. The Part A of Form 16 is to be downloaded separately from the "
                + "TRACES portal.", ink));
        c.right(c.width() - X, f.y() + 34, "Authorised Signatory", ink.bold());
        c.text(X, f.y() + 34, "Date: " + day.format(d.issued()), ink);
        return List.of(Rendered.pdf(Pdfs.save(c, "HRMS Statutory Reports", d.issued(), rng), t.build()));
    }

    /** Rows of the main table with running serial numbers. */
    private static final class Rows {
        private final Flow f;
        private final Table table;
        private final AmountStyle money;
        private final Ink ink;
        private final Truth t;
        private int serial;

        Rows(Flow f, Table table, AmountStyle money, Ink ink, Truth t) {
            this.f = f;
            this.table = table;
            this.money = money;
            this.ink = ink;
            this.t = t;
        }

        void row(String section, String label, BigDecimal v, String field) {
            draw(section, label, v, field, ink);
        }

        void bold(String section, String label, BigDecimal v, String field) {
            draw(section, label, v, field, ink.bold());
        }

        private void draw(String section, String label, BigDecimal v, String field, Ink rowInk) {
            f.ensure(14);
            f.moveTo(table.row(f.y(), rowInk, String.valueOf(++serial), section, label, money.format(v)));
            if (field != null) {
                t.amount(field, v);
            }
        }
    }
}
