package io.taxstream.corpus.payslip;

import io.taxstream.corpus.Layout;
import io.taxstream.corpus.Rendered;
import io.taxstream.corpus.payslip.PayslipData.Component;
import io.taxstream.corpus.pdf.Canvas;
import io.taxstream.corpus.pdf.Family;
import io.taxstream.corpus.pdf.Ink;
import io.taxstream.corpus.pdf.KeyValueGrid;
import io.taxstream.corpus.pdf.Table;
import io.taxstream.corpus.pdf.Table.Column;
import io.taxstream.corpus.util.AmountStyle;
import io.taxstream.corpus.util.DateStyle;
import io.taxstream.corpus.util.Rng;
import io.taxstream.corpus.util.Words;
import java.math.BigDecimal;
import java.util.List;

/**
 * A cloud payroll's slip: a shaded band with the month, a net pay card near the top, then two
 * separate boxes for earnings and deductions laid side by side, and the net payable in words with
 * the rupee sign.
 */
public final class CardPayslip implements Layout {

    @Override
    public String docType() {
        return "PAYSLIP";
    }

    @Override
    public String name() {
        return "payslip-card";
    }

    @Override
    public List<Rendered> render(Rng rng) {
        PayslipData d = PayslipFactory.random(rng);
        Ink ink = Ink.of(Family.HELVETICA, 8.5f);
        AmountStyle amounts = AmountStyle.INDIAN.withPrefix("₹");
        PayslipView v = new PayslipView(d, rng, amounts, DateStyle.MONTH_ABBR_SPACED);
        Canvas c = Canvas.a4();
        c.newPage();
        float x = 36;
        float w = c.width() - 2 * x;
        c.shade(x, 30, w, 46, 0.92f);
        c.text(x + 10, 50, d.employer().name(), ink.bold().size(13));
        c.text(x + 10, 64, d.employer().address().oneLine(), ink.plus(-1));
        c.right(x + w - 10, 50, "Payslip For the Month", ink.plus(-0.5f));
        c.right(x + w - 10, 64, DateStyle.monthName(d.month().getMonthValue()) + " " + d.month().getYear(),
                ink.bold().plus(2));
        float y = KeyValueGrid.draw(c, x, 90, w * 0.6f, 1, v.header, ink, ": ", false);
        c.box(x + w * 0.64f, 92, w * 0.36f, 58);
        c.text(x + w * 0.64f + 10, 112, "Employee Net Pay", ink.plus(-0.5f));
        c.text(x + w * 0.64f + 10, 132, amounts.format(d.net()), ink.bold().size(15));
        c.text(x + w * 0.64f + 10, 145, "Paid Days : " + d.daysPaidText() + " | LOP Days : "
                + d.lopDays().stripTrailingZeros().toPlainString(), ink.plus(-1));
        y = Math.max(y, 156) + 12;
        float half = (w - 12) / 2;
        float left = box(c, x, y, half, "EARNINGS", v, d.earnings(), "Gross Earnings", d.gross(), ink);
        float right = box(c, x + half + 12, y, half, "DEDUCTIONS", v, d.deductions(), "Total Deductions",
                d.totalDeductions(), ink);
        y = Math.max(left, right) + 16;
        c.shade(x, y, w, 34, 0.94f);
        c.text(x + 10, y + 14, "TOTAL NET PAYABLE", ink.bold());
        c.text(x + 10, y + 27, "Gross Earnings - Total Deductions", ink.plus(-1));
        c.right(x + w - 10, y + 20, amounts.format(d.net()), ink.bold().plus(3));
        c.center(c.width() / 2, y + 52, "Amount In Words : Indian " + Words.rupees(d.net()).replace("Rupees", "Rupee"), ink);
        c.center(c.width() / 2, c.height() - 36, "-- This is a system-generated document. --", ink.plus(-1));
        return List.of(Rendered.pdf(SlipParts.save(c, v, rng, "Zoho Payroll"), v.truth()));
    }

    private static float box(Canvas c, float x, float y, float w, String title, PayslipView v, List<Component> rows,
            String totalLabel, BigDecimal total, Ink ink) {
        Table t = new Table(c, x, List.of(Column.left(title, w * 0.6f), Column.right("AMOUNT", w * 0.4f)), ink,
                Table.Rules.HORIZONTAL);
        float yy = t.header(y);
        for (Component comp : rows) {
            yy = t.row(yy, v.label(comp), v.amt(comp.amount()));
        }
        t.rule(yy);
        return t.row(yy, ink.bold(), totalLabel, v.amt(total));
    }
}
