package io.taxstream.corpus.form16;

import io.taxstream.corpus.Layout;
import io.taxstream.corpus.Rendered;
import io.taxstream.corpus.form16.Form16Data.Salary;
import io.taxstream.corpus.pdf.Canvas;
import io.taxstream.corpus.pdf.Chrome;
import io.taxstream.corpus.pdf.DocStyle;
import io.taxstream.corpus.pdf.Family;
import io.taxstream.corpus.pdf.Flow;
import io.taxstream.corpus.pdf.Ink;
import io.taxstream.corpus.pdf.PdfWriter;
import io.taxstream.corpus.pdf.Table;
import io.taxstream.corpus.pdf.Table.Column;
import io.taxstream.corpus.util.AmountStyle;
import io.taxstream.corpus.util.DateStyle;
import io.taxstream.corpus.util.Rng;
import io.taxstream.corpus.util.Truth;
import java.math.BigDecimal;
import java.util.List;

/**
 * A payroll vendor's own Form 16: titled only "FORM NO. 16", two-column key-value blocks, its own
 * label wording ("Gross Salary", "Less: Exemptions u/s 10", "Taxable Income"), only the Chapter
 * VI-A sections claimed, and the TDS summary after the computation with columns in another order.
 */
public final class VendorForm16Layout implements Layout {

    private static final float X = 40;

    @Override
    public String docType() {
        return "FORM_16";
    }

    @Override
    public String name() {
        return "form16-vendor";
    }

    @Override
    public List<Rendered> render(Rng rng) {
        Form16Data d = Form16Factory.random(rng);
        DocStyle st = new DocStyle(Ink.of(rng.pickOf(Family.TIMES, Family.HELVETICA), 9.5f),
                AmountStyle.random(rng).withPrefix(rng.pickOf("", "", "INR ")), DateStyle.random(rng), Table.Rules.NONE);
        Canvas c = Canvas.a4();
        c.newPage();
        Chrome.pageNumbers(c, st.small(), "This is a computer generated certificate. Generated via "
                + rng.pickOf("Keka", "Zoho Payroll", "greytHR", "PayrollHub") + ".", false);
        Flow flow = new Flow(c, 40, 40);
        Truth t = new Truth("FORM_16");
        header(flow, d, st, t, rng);
        computation(new VendorRows(flow, st, t, c.width() - 2 * X, X), d.salary(), d);
        tdsSummary(flow, d, st, t);
        t.amount("total_tds", d.totalTds());
        flow.ensure(80);
        Chrome.signature(c, c.width() - X, flow.y(), st.ink(), d.signatory(), d.designation(),
                d.employer().place().city(), st.dates().format(d.issued()));
        byte[] pdf = PdfWriter.save(c, new PdfWriter.Meta("Zoho Payroll Reports", d.issued(), rng.nextLong()));
        return List.of(Rendered.pdf(pdf, t.build()));
    }

    private void header(Flow flow, Form16Data d, DocStyle st, Truth t, Rng rng) {
        Canvas c = flow.canvas();
        c.center(c.width() / 2, flow.y() + 14, d.employer().name().toUpperCase(java.util.Locale.ROOT), st.bold().size(13));
        c.center(c.width() / 2, flow.y() + 28, d.employer().address().oneLine(), st.small());
        c.center(c.width() / 2, flow.y() + 46, rng.pickOf("FORM NO. 16", "Form 16"), st.bold().size(12));
        c.center(c.width() / 2, flow.y() + 59, "Financial Year " + d.financialYear() + "  |  Assessment Year "
                + d.assessmentYear(), st.ink());
        flow.down(72);
        float half = (c.width() - 2 * X) / 2;
        Table kv = new Table(c, X, List.of(Column.left("", half * 0.42f), Column.left("", half * 0.58f),
                Column.left("", half * 0.42f), Column.left("", half * 0.58f)), st.ink(), Table.Rules.NONE);
        boolean showPan = rng.chance(0.6);
        flow.moveTo(kv.row(flow.y(), "Employee Name", ": " + d.employee().upperName(), "Employer", ": " + d.employer().name()));
        flow.moveTo(kv.row(flow.y(), "PAN of Employee", ": " + d.employee().pan(), "TAN of Employer", ": " + d.employer().tan()));
        flow.moveTo(kv.row(flow.y(), "Period", ": " + st.dates().format(d.periodFrom()) + " to "
                + st.dates().format(d.periodTo()), showPan ? "PAN of Employer" : "", showPan ? ": " + d.employer().pan() : ""));
        flow.moveTo(kv.row(flow.y(), "Tax Regime", ": " + (d.salary().newRegime() ? "New Regime u/s 115BAC"
                : "Old Regime (opted out of 115BAC)"), "", ""));
        c.hline(X, c.width() - X, flow.y() + 4);
        flow.down(12);
        Form16Truths.parties(t, d, showPan);
        t.date("period_from", d.periodFrom());
        t.date("period_to", d.periodTo());
        t.text("tax_regime", d.salary().newRegime() ? "NEW" : "OLD");
    }

    private void computation(VendorRows r, Salary s, Form16Data d) {
        r.heading("Computation of Income and Tax");
        r.sub("Salary u/s 17(1)", s.s171(), "salary_17_1");
        r.sub("Perquisites u/s 17(2)", s.s172(), "perquisites_17_2");
        r.sub("Profits in lieu of Salary u/s 17(3)", s.s173(), "profits_in_lieu_17_3");
        r.total("Gross Salary", s.gross(), "gross_salary");
        if (!s.newRegime()) {
            r.sub("HRA Exemption u/s 10(13A)", s.exemption("HRA"), "hra_exemption");
            if (s.exemption("LTA").signum() > 0) {
                r.sub("Leave Travel Allowance u/s 10(5)", s.exemption("LTA"), null);
            }
            r.total("Less: Exemptions u/s 10", s.exemptionTotal(), "exemptions_section_10");
        }
        r.sub("Standard Deduction", s.standard(), "standard_deduction");
        if (!s.newRegime()) {
            r.sub("Professional Tax", s.professionalTax(), "professional_tax");
        }
        r.total("Income chargeable under the head Salaries", s.incomeFromSalaries(), "income_under_head_salaries");
        if (!s.otherIncome().isEmpty()) {
            r.total("Add: Other Income declared", s.otherIncomeTotal(), null);
        }
        r.total("Gross Total Income", s.grossTotalIncome(), "gross_total_income");
        r.viaTable(s);
        r.total("Taxable Income", s.taxableIncome(), "total_taxable_income");
        r.sub("Tax on Taxable Income", s.tax(), "tax_on_total_income");
        r.sub("Less: Rebate u/s 87A", s.rebate(), "rebate_87a");
        if (s.surcharge().signum() > 0) {
            r.sub("Surcharge", s.surcharge(), null);
        }
        r.sub("Health & Education Cess @ 4%", s.cess(), "health_education_cess");
        if (s.relief89().signum() > 0) {
            r.sub("Tax Payable", s.taxPayable(), null);
            r.sub("Less: Relief u/s 89", s.relief89(), null);
            r.total("Net Tax Payable", s.netTaxPayable(), "net_tax_payable");
        } else {
            r.total("Tax Payable", s.netTaxPayable(), "net_tax_payable");
        }
        r.total("Less: Tax Deducted at Source", d.totalTds(), null);
        r.total("Balance Tax Payable / (Refundable)", s.netTaxPayable().subtract(d.totalTds()), null);
    }

    private void tdsSummary(Flow flow, Form16Data d, DocStyle st, Truth truth) {
        Canvas c = flow.canvas();
        float w = c.width() - 2 * X;
        flow.ensure(120);
        flow.down(8);
        c.text(X, flow.y() + 10, "Summary of Tax Deducted at Source", st.bold().plus(1));
        flow.down(16);
        Table t = new Table(c, X, List.of(Column.left("Quarter", w * 0.12f), Column.right("Amount Paid/Credited", w * 0.22f),
                Column.right("Tax Deducted", w * 0.2f), Column.right("Tax Deposited", w * 0.2f),
                Column.center("Receipt No. of 24Q", w * 0.26f)), st.ink(), Table.Rules.HORIZONTAL);
        flow.moveTo(t.header(flow.y()));
        for (Form16Data.Quarter q : d.quarters()) {
            flow.moveTo(t.row(flow.y(), q.name(), amt(st, q.paid()), amt(st, q.deducted()), amt(st, q.deposited()),
                    q.receipt()));
        }
        t.rule(flow.y());
        flow.moveTo(t.row(flow.y(), st.bold(), "Total", amt(st, d.totalPaid()), amt(st, d.totalTds()),
                amt(st, d.totalTds()), ""));
        flow.down(10);
        Form16Truths.quarters(truth, d);
    }

    private static String amt(DocStyle st, BigDecimal v) {
        return st.amounts().format(v);
    }
}
