package io.taxstream.corpus.form16;

import io.taxstream.corpus.form16.Form16Data.Entry;
import io.taxstream.corpus.form16.Form16Data.Salary;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Part B's statutory rows (Rule 31 annexure) with their amounts, in the order TRACES prints them. */
final class PartBRows {

    /**
     * One printed row.
     *
     * @param no     row number, e.g. {@code 1} or {@code (a)}
     * @param label  particulars
     * @param inner  amount in the inner (sub-row or gross) column, or null
     * @param outer  amount in the outer (total or deductible) column, or null
     * @param strong whether the row is a heading or total
     */
    record Row(String no, String label, BigDecimal inner, BigDecimal outer, boolean strong) {
    }

    private PartBRows() {
    }

    static List<Row> of(Salary s) {
        List<Row> r = new ArrayList<>();
        r.add(new Row("1", "Gross Salary", null, null, true));
        r.add(new Row("(a)", "Salary as per provisions contained in section 17(1)", s.s171(), null, false));
        r.add(new Row("(b)", "Value of perquisites under section 17(2) (as per Form No. 12BA, wherever applicable)",
                s.s172(), null, false));
        r.add(new Row("(c)", "Profits in lieu of salary under section 17(3) (as per Form No. 12BA, wherever "
                + "applicable)", s.s173(), null, false));
        r.add(new Row("(d)", "Total", null, s.gross(), true));
        r.add(new Row("(e)", "Reported total amount of salary received from other employer(s)", zero(), null, false));
        r.add(new Row("2", "Less: Allowances to the extent exempt under section 10", null, null, true));
        r.add(new Row("(a)", "Travel concession or assistance under section 10(5)", s.exemption("LTA"), null, false));
        r.add(new Row("(b)", "Death-cum-retirement gratuity under section 10(10)", zero(), null, false));
        r.add(new Row("(c)", "Commuted value of pension under section 10(10A)", zero(), null, false));
        r.add(new Row("(d)", "Cash equivalent of leave salary encashment under section 10(10AA)", zero(), null, false));
        r.add(new Row("(e)", "House rent allowance under section 10(13A)", s.exemption("HRA"), null, false));
        r.add(new Row("(f)", "Amount of any other exemption under section 10", s.exemption("OTHER"), null, false));
        r.add(new Row("(g)", "Total amount of exemption claimed under section 10 [2(a)+2(b)+2(c)+2(d)+2(e)+2(f)]",
                null, s.exemptionTotal(), true));
        r.add(new Row("3", "Total amount of salary received from current employer [1(d)-2(g)]", null,
                s.fromCurrentEmployer(), true));
        r.add(new Row("4", "Less: Deductions under section 16", null, null, true));
        r.add(new Row("(a)", "Standard deduction under section 16(ia)", s.standard(), null, false));
        r.add(new Row("(b)", "Entertainment allowance under section 16(ii)", s.entertainment(), null, false));
        r.add(new Row("(c)", "Tax on employment under section 16(iii)", s.professionalTax(), null, false));
        r.add(new Row("5", "Total amount of deductions under section 16 [4(a)+4(b)+4(c)]", null, s.deductions16(), true));
        r.add(new Row("6", "Income chargeable under the head \"Salaries\" [(3+1(e)-5]", null, s.incomeFromSalaries(),
                true));
        r.add(new Row("7", "Add: Any other income reported by the employee under as per section 192(2B)", null, null,
                true));
        r.add(new Row("(a)", "Income (or admissible loss) from house property reported by employee offered for TDS",
                other(s, "HOUSE"), null, false));
        r.add(new Row("(b)", "Income under the head Other Sources offered for TDS", other(s, "OTHER"), null, false));
        r.add(new Row("8", "Total amount of other income reported by the employee [7(a)+7(b)]", null,
                s.otherIncomeTotal(), true));
        r.add(new Row("9", "Gross total income (6+8)", null, s.grossTotalIncome(), true));
        chapterVia(r, s);
        r.add(new Row("12", "Total taxable income (9-11)", null, s.taxableIncome(), true));
        r.add(new Row("13", "Tax on total income", null, s.tax(), false));
        r.add(new Row("14", "Rebate under section 87A, if applicable", null, s.rebate(), false));
        r.add(new Row("15", "Surcharge, wherever applicable", null, s.surcharge(), false));
        r.add(new Row("16", "Health and education cess", null, s.cess(), false));
        r.add(new Row("17", "Tax payable (13+15+16-14)", null, s.taxPayable(), true));
        r.add(new Row("18", "Less: Relief under section 89 (attach details)", null, s.relief89(), false));
        r.add(new Row("19", "Net tax payable (17-18)", null, s.netTaxPayable(), true));
        return r;
    }

    private static void chapterVia(List<Row> r, Salary s) {
        r.add(new Row("10", "Deductions under Chapter VI-A", null, null, true));
        via(r, s, "(a)", "Deduction in respect of life insurance premia, contributions to provident fund etc. under "
                + "section 80C", "80C");
        via(r, s, "(b)", "Deduction in respect of contribution to certain pension funds under section 80CCC", "80CCC");
        via(r, s, "(c)", "Deduction in respect of contribution by taxpayer to pension scheme under section 80CCD(1)",
                "80CCD1");
        Entry c = s.via("80C");
        Entry ccc = s.via("80CCC");
        Entry ccd = s.via("80CCD1");
        r.add(new Row("(d)", "Total deduction under section 80C, 80CCC and 80CCD(1)",
                c.gross().add(ccc.gross()).add(ccd.gross()), c.deductible().add(ccc.deductible()).add(ccd.deductible()),
                false));
        via(r, s, "(e)", "Deductions in respect of amount paid/deposited to notified pension scheme under section "
                + "80CCD(1B)", "80CCD1B");
        via(r, s, "(f)", "Deduction in respect of contribution by Employer to pension scheme under section 80CCD(2)",
                "80CCD2");
        via(r, s, "(g)", "Deduction in respect of health insurance premia under section 80D", "80D");
        via(r, s, "(h)", "Deduction in respect of interest on loan taken for higher education under section 80E", "80E");
        via(r, s, "(i)", "Total Deduction in respect of donations to certain funds, charitable institutions, etc. "
                + "under section 80G", "80G");
        via(r, s, "(j)", "Deduction in respect of interest on deposits in savings account under section 80TTA", "80TTA");
        r.add(new Row("11", "Aggregate of deductible amount under Chapter VI-A [10(d)+10(e)+10(f)+10(g)+10(h)+10(i)"
                + "+10(j)]", null, s.viaTotal(), true));
    }

    private static void via(List<Row> r, Salary s, String no, String label, String key) {
        Entry e = s.via(key);
        r.add(new Row(no, label, e.gross(), e.deductible(), false));
    }

    private static BigDecimal other(Salary s, String key) {
        return s.otherIncome().stream().filter(e -> e.key().equals(key)).map(Entry::gross).findFirst().orElse(zero());
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }

    /** The 115BAC question as the year's form words it, with the answer. */
    static String regimeQuestion(Form16Data d) {
        boolean newRegime = d.salary().newRegime();
        if (d.fyStart() >= 2023) {
            return "Whether opting out of taxation u/s 115BAC(1A)? " + (newRegime ? "No" : "Yes");
        }
        return "Whether opting for taxation u/s 115BAC? " + (newRegime ? "Yes" : "No");
    }
}
