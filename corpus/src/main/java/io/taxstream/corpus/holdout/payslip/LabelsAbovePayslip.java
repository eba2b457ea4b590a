package io.taxstream.corpus.holdout.payslip;

import io.taxstream.corpus.Layout;
import io.taxstream.corpus.Rendered;
import io.taxstream.corpus.data.Ids;
import io.taxstream.corpus.holdout.kit.Amounts;
import io.taxstream.corpus.holdout.kit.Cells;
import io.taxstream.corpus.holdout.kit.Day;
import io.taxstream.corpus.holdout.kit.Pdfs;
import io.taxstream.corpus.holdout.payslip.MonthPay.Pay;
import io.taxstream.corpus.kit.SlipTruth;
import io.taxstream.corpus.pdf.Canvas;
import io.taxstream.corpus.pdf.Family;
import io.taxstream.corpus.pdf.Ink;
import io.taxstream.corpus.pdf.Table.Column;
import io.taxstream.corpus.pdf.Table;
import io.taxstream.corpus.util.AmountStyle;
import io.taxstream.corpus.util.DateStyle;
import io.taxstream.corpus.util.Rng;
import io.taxstream.corpus.util.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A cloud-HR slip: facts in boxed cells with the label above the value, earnings and deductions
 * in one table told apart by a Type column, and the net in a shaded "Net Salary Payable" box.
 * The month reads "Salary for Apr'24"; the employee code is an "Associate ID".
 */
public final class LabelsAbovePayslip implements Layout {

    private static final float X = 36;

    @Override
    public String docType() {
        return "PAYSLIP";
    }

    @Override
    public String name() {
        return "h-payslip-labels-above";
    }

    @Override
    public List<Rendered> render(Rng rng) {
        MonthPay d = MonthPays.random(rng, false, false, false);
        int vocab = 0;
        Ink ink = Ink.of(Family.HELVETICA, 9f);
        AmountStyle money = Amounts.style(rng);
        Day day = rng.pickOf(Day.SPACED, Day.MON_SHORT_YEAR, Day.SLASHED);
        Canvas c = Canvas.a4();
        c.newPage();
        float w = c.width() - 2 * X;
        String mon = DateStyle.monthName(d.month().getMonthValue()).substring(0, 3);
        String yy = String.valueOf(d.month().getYear()).substring(2);
        String monthLine = rng.pickOf("Salary for " + mon + "'" + yy, mon + "'" + yy + " Payslip",
                "Pay Period: " + mon + " " + d.month().getYear());
        c.text(X, 48, d.employer().name(), ink.bold().plus(5));
        c.text(X, 61, d.employer().address().oneLine(), ink.plus(-1.5f));
        c.right(c.width() - X, 46, "PAYSLIP", ink.bold().plus(4));
        c.right(c.width() - X, 60, monthLine, ink.bold().plus(1));
        c.line(X, 70, c.width() - X, 70, 2f);
        String name = rng.pickOf(d.employee().natural(), d.employee().upper());
        c.text(X, 90, name, ink.bold().plus(4));
        c.text(X, 103, d.designation() + "  |  " + d.department(), ink);
        SlipTruth t = new SlipTruth(d, d.employer().name(), name);
        List<String[]> cells = new ArrayList<>();
        cells.add(new String[] {"Associate ID", d.employeeId()});
        cells.add(new String[] {"Date of Joining", day.format(d.joined())});
        cells.add(new String[] {"PAN", d.employee().pan()});
        cells.add(new String[] {"UAN", d.uan() == null ? "Not Available" : d.uan()});
        cells.add(new String[] {"Bank", d.bank().name()});
        cells.add(new String[] {"Bank A/c No.", Ids.mask(d.account())});
        cells.add(new String[] {"Paid Days", d.paidDaysText()});
        cells.add(new String[] {"LOP Days", d.lop().stripTrailingZeros().toPlainString()});
        t.text("employee_id", d.employeeId()).text("employee_pan", d.employee().pan()).text("days_paid",
                d.paidDaysText());
        if (d.uan() != null) {
            t.text("uan", d.uan());
        }
        float y = Cells.draw(c, X, 112, w, 4, cells, ink, true) + 14;
        Table table = new Table(c, X, List.of(Column.left("Particulars", w * 0.5f), Column.center("Type", w * 0.2f),
                Column.right("Amount (INR)", w * 0.3f)), ink, Table.Rules.HORIZONTAL, 4);
        c.shade(X, y, w, table.height("x") + 1, 0.9f);
        y = table.header(y);
        for (Pay p : d.earnings()) {
            String label = PayNames.of(p.key(), vocab);
            y = table.row(y, label, "Earning", money.format(p.amount()));
            t.component(p, label, true);
        }
        for (Pay p : d.deductions()) {
            String label = PayNames.of(p.key(), vocab);
            y = table.row(y, label, "Deduction", money.format(p.amount()));
            t.component(p, label, false);
        }
        table.rule(y);
        y = table.row(y, ink.bold(), "Gross Earnings", "", money.format(d.gross()));
        y = table.row(y, ink.bold(), "Total Deductions", "", money.format(d.totalDeductions()));
        t.totals(d, true);
        y += 14;
        c.shade(X, y, w, 46, 0.85f);
        c.box(X, y, w, 46);
        c.text(X + 12, y + 19, "Net Salary Payable", ink.bold().plus(3));
        c.right(c.width() - X - 12, y + 21, money.withPrefix(rng.pickOf("₹ ", "INR ", "Rs. ")).format(d.net()),
                ink.bold().plus(6));
        c.text(X + 12, y + 36, Words.rupees(d.net()), ink.plus(-1));
        c.center(c.width() / 2, c.height() - 34, "This payslip is system generated and is valid without signature. "
                + "For queries write to payroll." + d.employer().name().split(" ")[0].toLowerCase(Locale.ROOT)
                + "@helpdesk.in", ink.plus(-2));
        return List.of(Rendered.pdf(Pdfs.save(c, rng.pickOf("Keka", "Zoho People"), d.month().atEndOfMonth(), rng),
                t.build()));
    }
}
