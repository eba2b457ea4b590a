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
import io.taxstream.corpus.pdf.Family;
import io.taxstream.corpus.pdf.Flow;
import io.taxstream.corpus.pdf.Ink;
import io.taxstream.corpus.util.AmountStyle;
import io.taxstream.corpus.util.Rng;
import io.taxstream.corpus.util.Truth;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The older printed Part B: amounts stand in three staggered "Rs." columns (items, sub-totals,
 * totals), nil amounts are printed "Nil", and Chapter VI-A has a block (A) for 80C with Gross and
 * Deductible columns and a block (B) for other sections with Gross, Qualifying and Deductible.
 */
public final class StaggeredForm16 implements Layout {

    private static final float X = 42;

    @Override
    public String docType() {
        return "FORM_16";
    }

    @Override
    public String name() {
        return "h-form16-staggered-columns";
    }

    @Override
    public List<Rendered> render(Rng rng) {
        SalaryYear d = SalaryYears.random(rng);
        Ink ink = Ink.of(Family.TIMES, 9f);
        AmountStyle money = Amounts.style(rng);
        Day day = rng.pickOf(Day.DASHED, Day.SLASHED, Day.SPACED);
        String employee = d.employee().upper();
        Truth t = F16Truth.parties(d, d.employer().name(), employee, false);
        Canvas c = Canvas.a4();
        c.newPage();
        Flow f = new Flow(c, 40, 46);
        float right = c.width() - X;
        float mid = c.width() / 2;
        c.center(mid, f.y() + 12, "FORM No. 16", ink.bold().plus(3));
        c.center(mid, f.y() + 25, "PART B (Refer Note 1)", ink.bold());
        c.center(mid, f.y() + 38, "Details of Salary paid and any other income and tax deducted", ink);
        f.down(46);
        float half = (c.width() - 2 * X) / 2;
        c.box(X, f.y(), half, 58);
        c.box(X + half, f.y(), half, 58);
        c.text(X + 4, f.y() + 10, "Name and address of the Employer", ink.bold());
        c.text(X + 4, f.y() + 24, d.employer().name(), ink);
        c.text(X + 4, f.y() + 36, d.employer().address().line1(), ink.plus(-1));
        c.text(X + 4, f.y() + 47, d.employer().address().city() + " - " + d.employer().address().pin(), ink.plus(-1));
        c.text(X + half + 4, f.y() + 10, "Name and designation of the Employee", ink.bold());
        c.text(X + half + 4, f.y() + 24, employee, ink);
        c.text(X + half + 4, f.y() + 36, d.designation(), ink.plus(-1));
        f.down(58);
        float third = (c.width() - 2 * X) / 3;
        String[][] ids = {{"TAN of the Deductor", d.employer().tan()}, {"PAN of the Employee", d.employee().pan()},
            {"Assessment Year", FinancialYear.longSpan(d.fyStart() + 1)}};
        for (int i = 0; i < 3; i++) {
            c.box(X + i * third, f.y(), third, 30);
            c.text(X + i * third + 4, f.y() + 11, ids[i][0], ink.bold());
            c.text(X + i * third + 4, f.y() + 24, ids[i][1], ink);
        }
        f.down(30);
        c.box(X, f.y(), 2 * half, 18);
        c.text(X + 4, f.y() + 12, "Period: From " + day.format(d.from()) + " To " + day.format(d.to()), ink);
        t.date("period_from", d.from());
        t.date("period_to", d.to());
        f.down(28);
        float[] cols = {right - 170, right - 85, right};
        for (float col : cols) {
            c.right(col, f.y() + 10, "Rs.", ink.bold());
        }
        f.down(14);
        Rows r = new Rows(f, ink, money, cols, t);
        r.text("1.", "Gross Salary");
        r.at(0, "(a)", "Salary as per provisions contained in sec. 17(1)", d.s171(), "salary_17_1");
        r.at(0, "(b)", "Value of perquisites u/s 17(2) (as per Form No. 12BA, wherever applicable)", d.s172(),
                "perquisites_17_2");
        r.at(0, "(c)", "Profits in lieu of salary under section 17(3) (as per Form No. 12BA)", d.s173(),
                "profits_in_lieu_17_3");
        r.at(1, "(d)", "Total", d.gross(), "gross_salary");
        r.text("2.", "Less: Allowance to the extent exempt u/s 10");
        r.at(0, "", "House Rent Allowance", d.hra(), "hra_exemption");
        r.at(0, "", "Leave Travel Concession", d.lta(), null);
        r.at(0, "", "Others", d.otherExempt(), null);
        r.at(1, "", "Total", d.exemptions(), "exemptions_section_10");
        r.at(2, "3.", "Balance (1-2)", d.afterExemptions(), null);
        r.text("4.", "Deductions:");
        r.at(0, "(a)", "Standard deduction", d.standard(), "standard_deduction");
        r.at(0, "(b)", "Tax on employment", d.pt(), "professional_tax");
        r.at(1, "5.", "Aggregate of 4(a) and (b)", d.section16(), null);
        r.at(2, "6.", "Income chargeable under the head 'salaries' (3-5)", d.salaries(), "income_under_head_salaries");
        r.text("7.", "Add: Any other income reported by the employee");
        r.at(0, "", "Income from house property", d.house(), null);
        r.at(0, "", "Income from other sources", d.otherSources(), null);
        r.at(1, "", "Total", d.otherIncome(), null);
        r.at(2, "8.", "Gross total income (6+7)", d.grossTotal(), "gross_total_income");
        r.text("9.", "Deductions under Chapter VIA");
        Map<String, String> fields = Map.of("80C", "deduction_80c", "80CCD(1B)", "deduction_80ccd_1b", "80D",
                "deduction_80d");
        Via c80 = d.via().stream().filter(v -> v.section().equals("80C")).findFirst()
                .orElse(new Via("80C", Rupees.ZERO, Rupees.ZERO, Rupees.ZERO));
        r.heads("(A) sections 80C, 80CCC and 80CCD", "Gross", "", "Deductible");
        r.pair("(a)", "section 80C", c80.gross(), c80.deductible());
        t.amount("deduction_80c", c80.deductible());
        List<Via> others = d.via().stream().filter(v -> !v.section().equals("80C")).toList();
        if (!others.isEmpty()) {
            r.heads("(B) other sections under Chapter VI-A", "Gross", "Qualifying", "Deductible");
            char letter = 'a';
            for (Via v : others) {
                r.triple("(" + letter++ + ")", "section " + v.section(), v);
                if (fields.containsKey(v.section())) {
                    t.amount(fields.get(v.section()), v.deductible());
                }
            }
        }
        r.at(2, "10.", "Aggregate of deductible amount under Chapter VIA", d.viaTotal(),
                "total_chapter_via_deductions");
        r.at(2, "11.", "Total Income (8-10)", d.taxable(), "total_taxable_income");
        r.at(2, "12.", "Tax on total income", d.tax(), "tax_on_total_income");
        r.at(2, "13.", "Rebate u/s 87A", d.rebate(), "rebate_87a");
        r.at(2, "14.", "Health and Education Cess @ 4%", d.cess(), "health_education_cess");
        r.at(2, "15.", "Tax payable (12+14-13)", d.taxPayable(), null);
        r.at(2, "16.", "Less: Relief under section 89", Rupees.ZERO, null);
        r.at(2, "17.", "Tax payable (15-16)", d.taxPayable(), "net_tax_payable");
        f.down(8);
        f.ensure(80);
        c.text(X, f.y() + 10, "Taxation u/s 115BAC opted: " + (d.newRegime() ? "YES" : "NO"), ink.bold());
        t.text("tax_regime", F16Truth.regime(d));
        f.down(22);
        c.text(X, f.y() + 10, "Place: " + d.employer().place().city(), ink);
        c.text(X, f.y() + 22, "Date: " + day.format(d.issued()), ink);
        c.right(right, f.y() + 10, "Signature of the person responsible for deduction of tax", ink);
        c.right(right, f.y() + 22, "Full Name: " + d.signatory(), ink);
        c.right(right, f.y() + 34, "Designation: " + d.signatoryRole(), ink);
        return List.of(Rendered.pdf(Pdfs.save(c, "Payroll Print Server", d.issued(), rng), t.build()));
    }

    /** Rows whose amounts stand in one of three columns. */
    private static final class Rows {
        private final Flow f;
        private final Ink ink;
        private final AmountStyle money;
        private final float[] cols;
        private final Truth t;

        Rows(Flow f, Ink ink, AmountStyle money, float[] cols, Truth t) {
            this.f = f;
            this.ink = ink;
            this.money = money;
            this.cols = cols;
            this.t = t;
        }

        private String amt(BigDecimal v) {
            return v.signum() == 0 ? "Nil" : money.format(v);
        }

        void text(String no, String label) {
            label(no, label, ink.bold());
            f.down(12);
        }

        void at(int col, String no, String label, BigDecimal v, String field) {
            label(no, label, col == 2 ? ink.bold() : ink);
            f.canvas().right(cols[col], f.y() + 10, amt(v), col == 2 ? ink.bold() : ink);
            if (field != null) {
                t.amount(field, v);
            }
            f.down(12);
        }

        void heads(String label, String a, String b, String c) {
            label("", label, ink.bold());
            f.canvas().right(cols[0], f.y() + 10, a, ink.bold());
            f.canvas().right(cols[1], f.y() + 10, b, ink.bold());
            f.canvas().right(cols[2], f.y() + 10, c, ink.bold());
            f.down(12);
        }

        void pair(String no, String label, BigDecimal gross, BigDecimal deductible) {
            label(no, label, ink);
            f.canvas().right(cols[0], f.y() + 10, amt(gross), ink);
            f.canvas().right(cols[2], f.y() + 10, amt(deductible), ink);
            f.down(12);
        }

        void triple(String no, String label, Via v) {
            label(no, label, ink);
            f.canvas().right(cols[0], f.y() + 10, amt(v.gross()), ink);
            f.canvas().right(cols[1], f.y() + 10, amt(v.qualifying()), ink);
            f.canvas().right(cols[2], f.y() + 10, amt(v.deductible()), ink);
            f.down(12);
        }

        private void label(String no, String label, Ink li) {
            f.ensure(14);
            Canvas c = f.canvas();
            float x = no.matches("\\d+\\.") || no.isEmpty() && li.heavy() ? X : X + 16;
            c.text(x, f.y() + 10, no, li);
            float lx = x + 20;
            float maxW = cols[0] - 60 - lx;
            String s = label;
            while (c.textWidth(s, li) > maxW && s.length() > 10) {
                s = s.substring(0, s.length() - 1);
            }
            if (!s.equals(label)) {
                s = s.substring(0, s.length() - 3) + "...";
            }
            c.text(lx, f.y() + 10, s, li);
        }
    }
}
