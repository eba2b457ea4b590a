package io.taxstream.corpus.holdout2.form16;

import io.taxstream.corpus.Layout;
import io.taxstream.corpus.Rendered;
import io.taxstream.corpus.holdout2.form16.PayYear.MonthPay;
import io.taxstream.corpus.holdout2.form16.PayYear.Via;
import io.taxstream.corpus.holdout2.kit.Draw;
import io.taxstream.corpus.holdout2.kit.Money;
import io.taxstream.corpus.holdout2.kit.Save;
import io.taxstream.corpus.holdout2.kit.When;
import io.taxstream.corpus.kit.FinancialYear;
import io.taxstream.corpus.kit.Rupees;
import io.taxstream.corpus.pdf.Canvas;
import io.taxstream.corpus.pdf.Family;
import io.taxstream.corpus.pdf.Ink;
import io.taxstream.corpus.pdf.Table.Column;
import io.taxstream.corpus.pdf.Table;
import io.taxstream.corpus.util.DateStyle;
import io.taxstream.corpus.util.Rng;
import io.taxstream.corpus.util.Truth;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An in-house HR system's Part B only, in landscape: label-above-value header cells, a month-wise
 * salary statement (months down, components across, a total row that is section 17(1)), then on
 * the next page an accountant's computation with "Add:" / "Less:" lines, items in an inner column
 * and running balances under dashed rules in an outer one, and a Chapter VI-A table of claimed
 * sections only ("Nil" when none).
 */
public final class MonthwiseAnnexureForm16 implements Layout {

    private static final float X = 40;

    private record Step(String label, BigDecimal inner, BigDecimal outer, String field, boolean rule) {
    }

    @Override
    public String docType() {
        return "FORM_16";
    }

    @Override
    public String name() {
        return "h2-f16-monthwise-annexure";
    }

    @Override
    public List<Rendered> render(Rng rng) {
        PayYear y = PayYears.random(rng, PayYears.Kind.PRIVATE);
        Ink ink = Ink.of(rng.pickOf(Family.HELVETICA, Family.TIMES), 8.5f);
        Money money = Money.any(rng, "").decimals(rng.chance(0.6))
                .negatives(rng.pickOf(Money.Neg.MINUS, Money.Neg.PARENS));
        When when = rng.pickOf(When.D_M_YYYY, When.DD_MMM_YYYY, When.ORDINAL, When.ISO);
        boolean upper = rng.chance(0.4);
        String employer = upper ? y.deductor().toUpperCase(java.util.Locale.ROOT) : y.deductor();
        String employee = rng.chance(0.5) ? y.employee().upper() : y.employee().natural();
        Canvas c = Save.landscape();
        c.newPage();
        float w = c.width() - 2 * X;
        c.text(X, 40, employer, ink.bold().size(14));
        c.text(X, 53, y.address().oneLine(), ink.plus(-0.5f));
        c.right(c.width() - X, 38, "FORM NO. 16 - PART B", ink.bold().size(11));
        c.right(c.width() - X, 50, "(Annexure to Form No. 16)", ink);
        c.hline(X, c.width() - X, 60);
        c.center(c.width() / 2, 76, "Statement of Salary and Tax Computation for the Financial Year " + FinancialYear.span(y.fy())
                + " (Assessment Year " + y.assessmentYear() + ")", ink.bold().plus(1));
        String regime = y.newRegime() ? "New Tax Regime - Section 115BAC"
                : y.fy() >= 2023 ? "Old Regime (opted out of Section 115BAC)" : "Old Regime (not opted for 115BAC)";
        List<String[]> cells = List.of(new String[] {"Employer TAN", y.tan()},
                new String[] {"Employer PAN", y.pan()}, new String[] {"Employee Name", employee},
                new String[] {"Employee PAN", y.employee().pan()}, new String[] {"Employee Code", y.employeeRef()},
                new String[] {"Designation", y.designation()},
                new String[] {"Period of Employment", when.of(y.from()) + " to " + when.of(y.to())},
                new String[] {"Tax Regime", regime});
        float top = Draw.cells(c, X, 86, w, 4, cells, ink, true);
        Truth t = F16Facts.parties(y, employer, employee);
        F16Facts.period(t, y);
        t.text("tax_regime", F16Facts.regime(y));
        c.text(X, top + 18, "A. Month-wise details of salary paid (amounts in Rupees)", ink.bold());
        float cw = w / 8;
        List<Column> cols = new ArrayList<>();
        cols.add(Column.left("Month", cw * 1.2f));
        for (String p : PayYear.PARTS) {
            cols.add(Column.right(p, cw * 1.13f));
        }
        cols.add(Column.right("Gross Salary", cw * 1.15f));
        Table mt = new Table(c, X, cols, ink, Table.Rules.HORIZONTAL, 1.5f);
        float yy = mt.header(top + 24);
        boolean shortMonth = rng.chance(0.5);
        BigDecimal[] totals = new BigDecimal[PayYear.PARTS.size()];
        java.util.Arrays.fill(totals, Rupees.ZERO);
        for (MonthPay m : y.months()) {
            List<String> row = new ArrayList<>();
            row.add(shortMonth ? DateStyle.abbr(m.month().atDay(1)) + "-" + String.valueOf(m.month().getYear())
                    .substring(2) : DateStyle.monthName(m.month().getMonthValue()) + " " + m.month().getYear());
            for (int i = 0; i < m.parts().size(); i++) {
                row.add(m.parts().get(i).signum() == 0 ? "-" : money.of(m.parts().get(i)));
                totals[i] = totals[i].add(m.parts().get(i));
            }
            row.add(money.of(m.total()));
            yy = mt.row(yy, row.toArray(String[]::new));
        }
        List<String> total = new ArrayList<>();
        total.add("Total");
        for (BigDecimal b : totals) {
            total.add(money.of(b));
        }
        total.add(money.of(y.s171()));
        mt.rule(yy);
        mt.row(yy, ink.bold(), total.toArray(String[]::new));
        c.newPage();
        computation(c, y, t, ink, money, when, rng);
        c.onEveryPage((cv, n, count) -> {
            cv.text(X, cv.height() - 22, employer + " | " + employee + " | PAN " + y.employee().pan(), ink.plus(-1.5f));
            cv.right(cv.width() - X, cv.height() - 22, "Page " + n + "/" + count, ink.plus(-1.5f));
        });
        return List.of(Rendered.pdf(Save.pdf(c, rng.pickOf("greytHR", "SAP HCM", "Zoho Payroll", "sumHR"),
                y.issued(), rng), t.build()));
    }

    private void computation(Canvas c, PayYear y, Truth t, Ink ink, Money money, When when, Rng rng) {
        float w = c.width() - 2 * X;
        c.text(X, 40, "B. Computation of Income and Tax", ink.bold().plus(1));
        Table tb = new Table(c, X, List.of(Column.left("Particulars", w * 0.56f), Column.right("Amount (Rs.)", w * 0.2f),
                Column.right("Amount (Rs.)", w * 0.2f)), ink, Table.Rules.NONE, 1.5f);
        float yy = tb.header(46);
        c.hline(X, X + tb.totalWidth(), yy);
        for (Step s : steps(y, rng)) {
            if (s.rule()) {
                c.dashedLine(X + w * 0.78f, X + tb.totalWidth(), yy + 1);
            }
            yy = tb.row(yy, s.outer() != null && s.inner() == null ? ink.bold() : ink, s.label(),
                    s.inner() == null ? "" : money.of(s.inner()), s.outer() == null ? "" : money.of(s.outer()));
            F16Facts.put(t, s.field(), s.inner() != null ? s.inner() : s.outer());
            if (s.field() != null && s.field().equals("gross_total_income")) {
                yy = chapterVia(c, y, t, ink, money, yy + 6);
            }
        }
        c.text(X, yy + 26, "Certified that the above particulars are true and correct as per the records of the company.",
                ink);
        c.text(X, yy + 40, "Place: " + y.address().city() + "    Date: " + when.of(y.issued()), ink);
        c.right(c.width() - X, yy + 40, "For " + y.deductor(), ink.bold());
        c.right(c.width() - X, yy + 66, y.signatory() + ", " + y.signatoryRole(), ink);
    }

    private float chapterVia(Canvas c, PayYear y, Truth t, Ink ink, Money money, float yy) {
        float w = c.width() - 2 * X;
        c.text(X, yy + ink.size(), "Less: Deductions under Chapter VI-A", ink.bold());
        Table vt = new Table(c, X + 20, List.of(Column.left("Section", w * 0.1f), Column.left("Nature", w * 0.28f),
                Column.right("Gross", w * 0.12f), Column.right("Deductible", w * 0.12f)), ink, Table.Rules.GRID, 1.5f);
        yy = vt.header(yy + ink.size() + 4);
        if (y.via().isEmpty()) {
            yy = vt.row(yy, "-", "Nil", "Nil", "Nil");
        }
        Map<String, String> nature = Map.of("80C", "LIC / PF / PPF / ELSS / Tuition fees", "80CCD(1B)",
                "Additional contribution to NPS", "80D", "Medical insurance premium", "80CCD(2)",
                "Employer's contribution to NPS", "80TTA", "Interest on savings account", "80G",
                "Donations (50% qualifying)", "80TTB", "Interest on deposits (senior citizen)");
        for (Via v : y.via()) {
            yy = vt.row(yy, v.section(), nature.getOrDefault(v.section(), ""), money.of(v.gross()),
                    money.of(v.deductible()));
            F16Facts.put(t, F16Facts.viaField(v.section()), v.deductible());
        }
        yy = vt.row(yy, ink.bold(), "", "Total Deductions under Chapter VI-A", "",
                y.via().isEmpty() ? "Nil" : money.of(y.viaTotal()));
        t.amount("total_chapter_via_deductions", y.viaTotal());
        return yy + 4;
    }

    private static List<Step> steps(PayYear y, Rng rng) {
        List<Step> s = new ArrayList<>();
        s.add(new Step("Salary u/s 17(1) (total of month-wise statement above)", y.s171(), null, "salary_17_1", false));
        s.add(new Step("Add: Value of perquisites u/s 17(2)", y.s172(), null, "perquisites_17_2", false));
        s.add(new Step("Add: Profits in lieu of salary u/s 17(3)", y.s173(), null, "profits_in_lieu_17_3", false));
        s.add(new Step("Gross Salary", null, y.gross(), "gross_salary", true));
        if (!y.newRegime()) {
            s.add(new Step("Less: House Rent Allowance exempt u/s 10(13A)", y.hra(), null, "hra_exemption", false));
            if (y.lta().signum() > 0) {
                s.add(new Step("Less: Leave Travel Concession u/s 10(5)", y.lta(), null, null, false));
            }
            s.add(new Step("Total exemptions u/s 10", null, y.exemptions(), "exemptions_section_10", true));
            s.add(new Step("Balance (Gross Salary less exemptions)", null, y.afterExemptions(), null, false));
        }
        s.add(new Step("Less: Standard Deduction u/s 16(ia)", y.standard(), null, "standard_deduction", false));
        if (!y.newRegime()) {
            s.add(new Step("Less: Professional Tax u/s 16(iii)", y.pt(), null, "professional_tax", false));
        }
        s.add(new Step("Income chargeable under the head \"Salaries\"", null, y.salaries(),
                "income_under_head_salaries", true));
        if (y.house().signum() != 0) {
            s.add(new Step("Add: Income / (Loss) from house property", y.house(), null, null, false));
        }
        if (y.otherSources().signum() != 0) {
            s.add(new Step("Add: Income from other sources (as declared)", y.otherSources(), null, null, false));
        }
        s.add(new Step("Gross Total Income", null, y.grossTotal(), "gross_total_income", true));
        s.add(new Step(y.rounded() ? "Total Income (rounded off u/s 288A)" : "Total Income", null, y.taxable(),
                "total_taxable_income", true));
        s.add(new Step("Tax on Total Income", null, y.tax(), "tax_on_total_income", false));
        s.add(new Step("Less: Rebate u/s 87A", null, y.rebate(), "rebate_87a", false));
        s.add(new Step("Add: Health & Education Cess @ 4%", null, y.cess(), "health_education_cess", false));
        s.add(new Step(rng.pickOf("Net Tax Payable", "Tax Payable for the year"), null, y.taxPayable(),
                "net_tax_payable", true));
        return s;
    }
}
