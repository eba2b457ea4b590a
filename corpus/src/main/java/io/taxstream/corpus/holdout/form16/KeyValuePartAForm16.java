package io.taxstream.corpus.holdout.form16;

import io.taxstream.corpus.Layout;
import io.taxstream.corpus.Rendered;
import io.taxstream.corpus.holdout.form16.SalaryYear.Quarter;
import io.taxstream.corpus.holdout.kit.Amounts;
import io.taxstream.corpus.holdout.kit.Day;
import io.taxstream.corpus.holdout.kit.Pdfs;
import io.taxstream.corpus.kit.Rupees;
import io.taxstream.corpus.pdf.Canvas;
import io.taxstream.corpus.pdf.Chrome;
import io.taxstream.corpus.pdf.Family;
import io.taxstream.corpus.pdf.Flow;
import io.taxstream.corpus.pdf.Ink;
import io.taxstream.corpus.util.AmountStyle;
import io.taxstream.corpus.util.Rng;
import io.taxstream.corpus.util.Truth;
import io.taxstream.corpus.util.Words;
import java.math.BigDecimal;
import java.util.List;

/**
 * A Form 16 whose Part A is a list of "label : value" lines rather than a grid (parties, then
 * each quarter as its own small block of lines), and whose Part B puts every amount in one right
 * column with sub-items indented under numbered heads.
 */
public final class KeyValuePartAForm16 implements Layout {

    private static final float X = 46;

    @Override
    public String docType() {
        return "FORM_16";
    }

    @Override
    public String name() {
        return "h-form16-keyvalue-part-a";
    }

    @Override
    public List<Rendered> render(Rng rng) {
        SalaryYear d = SalaryYears.random(rng);
        Ink ink = Ink.of(rng.pickOf(Family.TIMES, Family.HELVETICA), rng.pickOf(9f, 9.5f));
        AmountStyle money = Amounts.style(rng);
        Day day = Day.any(rng);
        String employee = rng.pickOf(d.employee().upper(), d.employee().natural());
        Truth t = F16Truth.parties(d, d.employer().name(), employee, true);
        Canvas c = Canvas.a4();
        c.newPage();
        Chrome.pageNumbers(c, ink.plus(-1.5f), "Certificate No. " + d.certificate(), true);
        Flow f = new Flow(c, 44, 48);
        partA(f, d, ink, money, day, employee, t);
        f.breakPage();
        partB(f, d, ink, money, rng, employee, t);
        return List.of(Rendered.pdf(Pdfs.save(c, "Form16 Generation Utility", d.issued(), rng), t.build()));
    }

    private void partA(Flow f, SalaryYear d, Ink ink, AmountStyle money, Day day, String employee, Truth t) {
        Canvas c = f.canvas();
        float mid = c.width() / 2;
        c.center(mid, f.y() + 12, "FORM NO. 16", ink.bold().plus(4));
        c.center(mid, f.y() + 25, "[See rule 31(1)(a)]", ink.plus(-1));
        c.center(mid, f.y() + 40, "PART A", ink.bold().plus(2));
        c.center(mid, f.y() + 53, "Certificate u/s 203 of the Income-tax Act, 1961 for tax deducted at source on salary",
                ink);
        f.down(66);
        c.line(X, f.y(), c.width() - X, f.y(), 1f);
        f.down(6);
        kv(f, "Certificate No.", d.certificate(), ink);
        kv(f, "Last updated on", day.format(d.issued().minusDays(3)), ink);
        kv(f, "Name and address of the Employer", d.employer().name() + "\n" + d.employer().address().oneLine(), ink);
        kv(f, "Name and address of the Employee", employee + "\n" + d.employee().address().oneLine(), ink);
        kv(f, "PAN of the Deductor", d.employer().pan(), ink);
        kv(f, "TAN of the Deductor", d.employer().tan(), ink);
        kv(f, "PAN of the Employee", d.employee().pan(), ink);
        kv(f, "Employee Reference No. provided by the Employer", d.employeeRef(), ink);
        kv(f, "CIT (TDS)", "The Commissioner of Income Tax (TDS), " + d.employer().place().city(), ink);
        kv(f, "Assessment Year", d.assessmentYear(), ink);
        kv(f, "Period with the Employer", "From " + day.format(d.from()) + " To " + day.format(d.to()), ink);
        t.text("certificate_number", d.certificate());
        t.date("period_from", d.from());
        t.date("period_to", d.to());
        f.down(10);
        c.text(X, f.y() + 10, "Summary of amount paid/credited and tax deducted at source thereon in respect of the "
                + "employee", ink.bold());
        f.down(18);
        for (Quarter q : d.quarters()) {
            f.ensure(64);
            c.text(X, f.y() + 10, "Quarter " + q.name() + " (" + F16Truth.months(q.name()) + ")", ink.bold());
            f.down(14);
            dots(f, "Receipt number of original quarterly statement of TDS", q.receipt(), ink);
            dots(f, "Amount paid / credited", money.format(q.paid()), ink);
            dots(f, "Amount of tax deducted", money.format(q.deducted()), ink);
            dots(f, "Amount of tax deposited / remitted", money.format(q.deposited()), ink);
            f.down(4);
        }
        f.ensure(60);
        c.hline(X, c.width() - X, f.y() + 2);
        f.down(4);
        dots(f, "Total amount paid / credited (Rs.)", money.format(d.totalPaid()), ink.bold());
        dots(f, "Total tax deducted (Rs.)", money.format(d.totalTds()), ink.bold());
        dots(f, "Total tax deposited (Rs.)", money.format(d.totalDeposited()), ink.bold());
        t.amount("total_tds", d.totalTds());
        F16Truth.quarters(t, d, true);
        f.down(10);
        f.ensure(90);
        c.text(X, f.y() + 10, "Verification", ink.bold());
        f.down(12);
        f.moveTo(Chrome.paragraph(c, X, f.y() + 10, c.width() - 2 * X, "I, " + d.signatory() + ", working in the "
                + "capacity of " + d.signatoryRole() + ", do hereby certify that a sum of Rs. "
                + money.format(d.totalTds()) + " [" + Words.rupees(d.totalTds()) + "] has been deducted and "
                + "deposited to the credit of the Central Government. I further certify that the information given "
                + "above is true, complete and correct and is based on the books of account, documents, TDS "
                + "statements, TDS deposited and other available records.", ink));
        f.down(8);
        c.text(X, f.y() + 10, "Place: " + d.employer().place().city(), ink);
        c.right(c.width() - X, f.y() + 10, "(Signature of person responsible for deduction of tax)", ink);
        f.down(14);
    }

    private void partB(Flow f, SalaryYear d, Ink ink, AmountStyle money, Rng rng, String employee, Truth t) {
        Canvas c = f.canvas();
        float mid = c.width() / 2;
        c.center(mid, f.y() + 12, "PART B (Annexure)", ink.bold().plus(2));
        c.center(mid, f.y() + 26, "Details of Salary paid and any other income and tax deducted", ink.bold());
        f.down(36);
        c.text(X, f.y() + 10, "Employee: " + employee + "    PAN: " + d.employee().pan() + "    A.Y. "
                + d.assessmentYear(), ink);
        f.down(16);
        boolean optOut = d.fyStart() >= 2023;
        String q = optOut ? "Whether the employee has opted out of taxation u/s 115BAC(1A)?"
                : "Whether opting for taxation u/s 115BAC?";
        String a = optOut ? (d.newRegime() ? "No" : "Yes") : (d.newRegime() ? "Yes" : "No");
        c.text(X, f.y() + 10, q, ink);
        c.right(c.width() - X, f.y() + 10, a, ink.bold());
        t.text("tax_regime", F16Truth.regime(d));
        f.down(16);
        float right = c.width() - X;
        c.line(X, f.y(), right, f.y(), 0.8f);
        c.right(right, f.y() + 11, "Amount (Rs.)", ink.bold());
        f.down(16);
        Rows r = new Rows(f, ink, money, right, t);
        r.head("1.", "Gross Salary");
        r.sub("(i)", "Salary as per provisions contained in section 17(1)", d.s171(), "salary_17_1");
        r.sub("(ii)", "Value of perquisites under section 17(2)", d.s172(), "perquisites_17_2");
        r.sub("(iii)", "Profits in lieu of salary under section 17(3)", d.s173(), "profits_in_lieu_17_3");
        r.total("Total [(i) + (ii) + (iii)]", d.gross(), "gross_salary");
        r.head("2.", "Less: Allowances to the extent exempt under section 10");
        r.sub("(i)", "House rent allowance - section 10(13A)", d.hra(), "hra_exemption");
        r.sub("(ii)", "Travel concession or assistance - section 10(5)", d.lta(), null);
        r.sub("(iii)", "Any other exemption under section 10", d.otherExempt(), null);
        r.total("Total exemption claimed under section 10", d.exemptions(), "exemptions_section_10");
        r.line("3.", "Balance (1 - 2)", d.afterExemptions(), null);
        r.head("4.", "Deductions under section 16");
        r.sub("(i)", "Standard deduction - section 16(ia)", d.standard(), "standard_deduction");
        r.sub("(ii)", "Tax on employment - section 16(iii)", d.pt(), "professional_tax");
        r.line("5.", "Income chargeable under the head \"Salaries\" (3 - 4)", d.salaries(),
                "income_under_head_salaries");
        r.head("6.", "Add: Any other income reported by the employee");
        r.sub("(i)", "Income (or admissible loss) from house property", d.house(), null);
        r.sub("(ii)", "Income under the head Other Sources", d.otherSources(), null);
        r.line("7.", "Gross total income (5 + 6)", d.grossTotal(), "gross_total_income");
        r.head("8.", "Deductions under Chapter VI-A (deductible amount)");
        r.sub("(a)", "Section 80C - life insurance, provident fund, etc.", d.deductible("80C"), "deduction_80c");
        r.sub("(b)", "Section 80CCD(1B) - notified pension scheme", d.deductible("80CCD(1B)"), "deduction_80ccd_1b");
        r.sub("(c)", "Section 80CCD(2) - employer's contribution to pension scheme", d.deductible("80CCD(2)"), null);
        r.sub("(d)", "Section 80D - health insurance premia", d.deductible("80D"), "deduction_80d");
        r.sub("(e)", "Section 80E - interest on loan for higher education", d.deductible("80E"), null);
        r.sub("(f)", "Section 80G - donations", d.deductible("80G"), null);
        r.sub("(g)", "Section 80TTA - interest on savings account", d.deductible("80TTA"), null);
        r.total("Aggregate of deductible amount under Chapter VI-A", d.viaTotal(), "total_chapter_via_deductions");
        r.line("9.", "Total income (7 - 8)", d.taxable(), "total_taxable_income");
        r.line("10.", "Tax on total income", d.tax(), "tax_on_total_income");
        r.line("11.", "Rebate under section 87A, if applicable", d.rebate(), "rebate_87a");
        r.line("12.", "Health and education cess @ 4%", d.cess(), "health_education_cess");
        r.line("13.", "Tax payable (10 - 11 + 12)", d.taxPayable(), null);
        r.line("14.", "Less: Relief under section 89", Rupees.ZERO, null);
        r.line("15.", "Net tax payable (13 - 14)", d.taxPayable(), "net_tax_payable");
        f.down(18);
        f.ensure(60);
        c.text(X, f.y() + 10, "Place: " + d.employer().place().city(), ink);
        c.right(right, f.y() + 10, "For " + d.employer().name(), ink.bold());
        c.right(right, f.y() + 40, d.signatory() + ", " + d.signatoryRole(), ink);
        f.down(44);
        if (rng.chance(0.5)) {
            c.text(X, f.y() + 10, "Note: Figures of other income and Chapter VI-A are as declared by the employee.",
                    ink.plus(-1.5f));
        }
    }

    private static void kv(Flow f, String label, String value, Ink ink) {
        Canvas c = f.canvas();
        float lw = 220;
        String[] lines = value.split("\n");
        List<String> wrapped = new java.util.ArrayList<>();
        for (String l : lines) {
            wrapped.addAll(Chrome.wrap(c, l, c.width() - 2 * X - lw - 10, ink));
        }
        f.ensure(wrapped.size() * ink.size() * 1.35f + 4);
        c.text(X, f.y() + ink.size() + 2, label, ink);
        c.text(X + lw, f.y() + ink.size() + 2, ":", ink);
        float y = f.y() + ink.size() + 2;
        for (int i = 0; i < wrapped.size(); i++) {
            c.text(X + lw + 10, y, wrapped.get(i), i == 0 ? ink.bold() : ink);
            y += ink.size() * 1.35f;
        }
        f.moveTo(y - ink.size() + 4);
    }

    private static void dots(Flow f, String label, String value, Ink ink) {
        Canvas c = f.canvas();
        float vx = c.width() - X - 150;
        float y = f.y() + ink.size() + 1;
        c.text(X + 18, y, label, ink);
        float lw = c.textWidth(label, ink);
        float dx = X + 18 + lw + 4;
        StringBuilder sb = new StringBuilder();
        while (c.textWidth(sb + ".", ink) < vx - dx - 6) {
            sb.append('.');
        }
        c.text(dx, y, sb.toString(), ink.regular());
        c.text(vx, y, ": " + value, ink);
        f.down(ink.size() * 1.4f);
    }

    /** Part B rows with one amount column at the right edge. */
    private static final class Rows {
        private final Flow f;
        private final Ink ink;
        private final AmountStyle money;
        private final float right;
        private final Truth t;

        Rows(Flow f, Ink ink, AmountStyle money, float right, Truth t) {
            this.f = f;
            this.ink = ink;
            this.money = money;
            this.right = right;
            this.t = t;
        }

        void head(String no, String label) {
            f.ensure(14);
            f.canvas().text(X, f.y() + 10, no, ink.bold());
            f.canvas().text(X + 20, f.y() + 10, label, ink.bold());
            f.down(13);
        }

        void sub(String no, String label, BigDecimal v, String field) {
            draw(X + 34, no, label, v, ink, field);
        }

        void total(String label, BigDecimal v, String field) {
            f.ensure(14);
            f.canvas().hline(right - 90, right, f.y() + 1);
            draw(X + 34, "", label, v, ink.bold(), field);
        }

        void line(String no, String label, BigDecimal v, String field) {
            draw(X, no, label, v, ink.bold(), field);
        }

        private void draw(float x, String no, String label, BigDecimal v, Ink rowInk, String field) {
            f.ensure(14);
            Canvas c = f.canvas();
            c.text(x, f.y() + 10, no, rowInk);
            c.text(x + (no.isEmpty() ? 0 : 22), f.y() + 10, label, rowInk);
            c.right(right, f.y() + 10, money.format(v), rowInk);
            if (field != null) {
                t.amount(field, v);
            }
            f.down(13);
        }
    }
}
