package io.taxstream.corpus.holdout.payslip;

import io.taxstream.corpus.Layout;
import io.taxstream.corpus.Rendered;
import io.taxstream.corpus.holdout.kit.Amounts;
import io.taxstream.corpus.holdout.kit.Day;
import io.taxstream.corpus.holdout.kit.Pdfs;
import io.taxstream.corpus.holdout.payslip.MonthPay.Pay;
import io.taxstream.corpus.kit.Rupees;
import io.taxstream.corpus.kit.SlipTruth;
import io.taxstream.corpus.pdf.Canvas;
import io.taxstream.corpus.pdf.Family;
import io.taxstream.corpus.pdf.Ink;
import io.taxstream.corpus.pdf.KeyValueGrid;
import io.taxstream.corpus.pdf.Table.Column;
import io.taxstream.corpus.pdf.Table;
import io.taxstream.corpus.util.AmountStyle;
import io.taxstream.corpus.util.DateStyle;
import io.taxstream.corpus.util.Rng;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A slip with an earnings grid of Standard | Current | Arrears | Total: the month's rates, what
 * was earned after loss of pay, arrears of an increment, and their sum (what is paid). Days
 * read "Working Days 30 / Days Worked 28.5"; the employee code is a "Staff No".
 */
public final class ArrearsColumnsPayslip implements Layout {

    private static final float X = 40;

    @Override
    public String docType() {
        return "PAYSLIP";
    }

    @Override
    public String name() {
        return "h-payslip-arrears-columns";
    }

    @Override
    public List<Rendered> render(Rng rng) {
        MonthPay d = MonthPays.random(rng, true, false, true);
        int vocab = 2;
        Ink ink = Ink.of(rng.pickOf(Family.TIMES, Family.HELVETICA), 9f);
        AmountStyle money = Amounts.style(rng);
        Day day = rng.pickOf(Day.DOTTED, Day.DASHED, Day.SPACED);
        Canvas c = Canvas.a4();
        c.newPage();
        float w = c.width() - 2 * X;
        String monthName = DateStyle.monthName(d.month().getMonthValue());
        c.text(X, 50, d.employer().name(), ink.bold().plus(4));
        c.text(X, 63, d.employer().address().line1() + ", " + d.employer().address().city(), ink.plus(-1));
        c.box(c.width() - X - 150, 34, 150, 36);
        c.center(c.width() - X - 75, 48, "PAY SLIP", ink.bold().plus(2));
        c.center(c.width() - X - 75, 62, rng.pickOf("Month : " + monthName + " " + d.month().getYear(),
                "For " + monthName.toUpperCase(Locale.ROOT) + " " + d.month().getYear()), ink);
        String name = d.employee().upper();
        SlipTruth t = new SlipTruth(d, d.employer().name(), name);
        List<String[]> facts = new ArrayList<>();
        facts.add(new String[] {"Staff No", d.employeeId()});
        facts.add(new String[] {"Name", name});
        facts.add(new String[] {"Grade", d.grade()});
        facts.add(new String[] {"Department", d.department()});
        facts.add(new String[] {"PAN No", d.employee().pan()});
        facts.add(new String[] {"Date of Joining", day.format(d.joined())});
        if (d.uan() != null) {
            facts.add(new String[] {"UAN No", d.uan()});
            t.text("uan", d.uan());
        }
        facts.add(new String[] {"PF No", d.pfNumber()});
        facts.add(new String[] {"Bank A/c", d.bank().name() + " " + d.account()});
        t.text("employee_id", d.employeeId()).text("employee_pan", d.employee().pan());
        float y = KeyValueGrid.draw(c, X, 82, w, 2, facts, ink, " : ", true);
        c.hline(X, c.width() - X, y + 2);
        y += 16;
        c.text(X, y, "Working Days " + d.monthDays() + "   /   Days Worked " + d.paidDaysText() + "   /   LOP "
                + d.lop().stripTrailingZeros().toPlainString(), ink.bold());
        t.text("days_paid", d.paidDaysText());
        y += 10;
        Table earn = new Table(c, X, List.of(Column.left("Earnings", w * 0.32f), Column.right("Standard", w * 0.17f),
                Column.right("Current", w * 0.17f), Column.right("Arrears", w * 0.17f), Column.right("Total", w * 0.17f)),
                ink, Table.Rules.GRID);
        y = earn.header(y);
        BigDecimal current = Rupees.ZERO;
        BigDecimal arrears = Rupees.ZERO;
        for (Pay p : d.earnings()) {
            String label = PayNames.of(p.key(), vocab);
            y = earn.row(y, label, p.rate().signum() == 0 ? "" : money.format(p.rate()), money.format(p.current()),
                    p.arrears().signum() == 0 ? "" : money.format(p.arrears()), money.format(p.amount()));
            current = current.add(p.current());
            arrears = arrears.add(p.arrears());
            t.component(p, label, true);
        }
        y = earn.row(y, ink.bold(), "Gross Earnings", money.format(d.rateTotal()), money.format(current),
                money.format(arrears), money.format(d.gross()));
        y += 10;
        Table ded = new Table(c, X, List.of(Column.left("Deductions", w * 0.32f), Column.right("Amount", w * 0.17f)),
                ink, Table.Rules.GRID);
        y = ded.header(y);
        for (Pay p : d.deductions()) {
            String label = PayNames.of(p.key(), vocab);
            y = ded.row(y, label, money.format(p.amount()));
            t.component(p, label, false);
        }
        y = ded.row(y, ink.bold(), "Total Deductions", money.format(d.totalDeductions()));
        t.totals(d, true);
        y += 16;
        c.text(X, y, "Net Pay (Gross Earnings - Total Deductions) : " + money.format(d.net()), ink.bold().plus(1));
        c.text(X, y + 14, "Paid by transfer to " + d.bank().name() + " on " + day.format(d.month().atEndOfMonth()),
                ink);
        if (arrears.signum() > 0) {
            c.text(X, y + 28, "Arrears relate to revision of pay effective from " + day.format(d.month().minusMonths(
                    rng.between(1, 3)).atDay(1)) + ".", ink.plus(-1));
        }
        c.center(c.width() / 2, c.height() - 36, "Computer generated statement - signature not required", ink.plus(-1.5f));
        return List.of(Rendered.pdf(Pdfs.save(c, "ADP Payroll Services", d.month().atEndOfMonth(), rng), t.build()));
    }
}
