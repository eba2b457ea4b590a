package io.taxstream.corpus.holdout.payslip;

import io.taxstream.corpus.Layout;
import io.taxstream.corpus.Rendered;
import io.taxstream.corpus.holdout.kit.Amounts;
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
import java.util.List;
import java.util.Locale;

/**
 * A public-sector style slip in capitals inside a page border: basic pay with dearness and city
 * allowances, and the pay table with DEDUCTIONS in the left pair of columns and EARNINGS in the
 * right pair, the opposite of the usual order.
 */
public final class DeductionsFirstPayslip implements Layout {

    private static final float X = 44;

    @Override
    public String docType() {
        return "PAYSLIP";
    }

    @Override
    public String name() {
        return "h-payslip-deductions-first";
    }

    @Override
    public List<Rendered> render(Rng rng) {
        MonthPay d = MonthPays.random(rng, false, true, false);
        int vocab = 1;
        Ink ink = Ink.of(rng.pickOf(Family.HELVETICA, Family.COURIER), 8.5f);
        AmountStyle money = Amounts.style(rng);
        Canvas c = Canvas.a4();
        c.newPage();
        float w = c.width() - 2 * X;
        c.box(X - 10, 28, w + 20, 520);
        String employer = d.employer().name().toUpperCase(Locale.ROOT);
        c.center(c.width() / 2, 48, employer, ink.bold().plus(4));
        c.center(c.width() / 2, 61, d.employer().address().oneLine().toUpperCase(Locale.ROOT), ink.plus(-1));
        String m = DateStyle.monthName(d.month().getMonthValue()).toUpperCase(Locale.ROOT);
        String title = rng.pickOf("PAY SLIP FOR THE MONTH OF " + m + "-" + d.month().getYear(),
                String.format(Locale.ROOT, "PAY SLIP FOR THE MONTH OF %02d/%d", d.month().getMonthValue(),
                        d.month().getYear()), "PAYSLIP : " + m.substring(0, 3) + "-" + d.month().getYear());
        c.center(c.width() / 2, 80, title, ink.bold().plus(1));
        String name = rng.pickOf(d.employee().upper(), d.employee().initials());
        SlipTruth t = new SlipTruth(d, employer, name);
        Table info = new Table(c, X, List.of(Column.left("", w * 0.18f), Column.left("", w * 0.32f),
                Column.left("", w * 0.18f), Column.left("", w * 0.32f)), ink, Table.Rules.GRID);
        float y = 92;
        y = info.row(y, "EMP. CODE", d.employeeId(), "NAME", name);
        y = info.row(y, "DESIGNATION", d.designation().toUpperCase(Locale.ROOT), "DEPARTMENT",
                d.department().toUpperCase(Locale.ROOT));
        y = info.row(y, "P.F. A/C NO.", d.pfNumber(), "PAN", d.employee().pan());
        y = info.row(y, "DAYS PAYABLE", d.paidDaysText(), "BANK A/C NO.", d.account());
        t.text("employee_id", d.employeeId()).text("employee_pan", d.employee().pan()).text("days_paid",
                d.paidDaysText());
        y += 12;
        Table pay = new Table(c, X, List.of(Column.left("DEDUCTIONS", w * 0.32f), Column.right("RS.", w * 0.18f),
                Column.left("EARNINGS", w * 0.32f), Column.right("RS.", w * 0.18f)), ink, Table.Rules.GRID);
        y = pay.header(y);
        int rows = Math.max(d.earnings().size(), d.deductions().size());
        for (int i = 0; i < rows; i++) {
            String[] cells = {"", "", "", ""};
            if (i < d.deductions().size()) {
                Pay p = d.deductions().get(i);
                cells[0] = PayNames.of(p.key(), vocab);
                cells[1] = money.format(p.amount());
            }
            if (i < d.earnings().size()) {
                Pay p = d.earnings().get(i);
                cells[2] = PayNames.of(p.key(), vocab);
                cells[3] = money.format(p.amount());
            }
            y = pay.row(y, cells);
        }
        for (Pay p : d.earnings()) {
            t.component(p, PayNames.of(p.key(), vocab), true);
        }
        for (Pay p : d.deductions()) {
            t.component(p, PayNames.of(p.key(), vocab), false);
        }
        y = pay.row(y, ink.bold(), "TOTAL DEDUCTIONS", money.format(d.totalDeductions()), "GROSS EARNINGS",
                money.format(d.gross()));
        t.totals(d, true);
        y += 16;
        c.text(X, y, "NET SALARY : " + money.format(d.net()), ink.bold().plus(2));
        c.text(X, y + 14, "(" + Words.rupees(d.net()).toUpperCase(Locale.ROOT) + ")", ink);
        c.text(X, y + 40, "NOTE: PLEASE VERIFY YOUR PAN AND BANK DETAILS WITH THE ESTABLISHMENT SECTION.", ink.plus(-1));
        c.right(c.width() - X, y + 60, "DRAWING & DISBURSING OFFICER", ink.bold());
        return List.of(Rendered.pdf(Pdfs.save(c, "e-Establishment Pay Module", d.month().atEndOfMonth(), rng),
                t.build()));
    }
}
