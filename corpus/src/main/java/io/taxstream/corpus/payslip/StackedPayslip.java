package io.taxstream.corpus.payslip;

import io.taxstream.corpus.Layout;
import io.taxstream.corpus.Rendered;
import io.taxstream.corpus.payslip.PayslipData.Component;
import io.taxstream.corpus.pdf.Canvas;
import io.taxstream.corpus.pdf.DocStyle;
import io.taxstream.corpus.pdf.Family;
import io.taxstream.corpus.pdf.Ink;
import io.taxstream.corpus.pdf.KeyValueGrid;
import io.taxstream.corpus.pdf.Table;
import io.taxstream.corpus.pdf.Table.Column;
import io.taxstream.corpus.util.AmountStyle;
import io.taxstream.corpus.util.DateStyle;
import io.taxstream.corpus.util.Rng;
import java.math.BigDecimal;
import java.util.List;

/**
 * A slip that lists earnings, then deductions, each in its own table with its own total, under a
 * three- or four-column header; net pay is stated in figures and words.
 */
public final class StackedPayslip implements Layout {

    @Override
    public String docType() {
        return "PAYSLIP";
    }

    @Override
    public String name() {
        return "payslip-stacked";
    }

    @Override
    public List<Rendered> render(Rng rng) {
        PayslipData d = PayslipFactory.random(rng);
        DocStyle st = new DocStyle(Ink.of(Family.TIMES, 9.5f + rng.between(0, 2) / 2f), AmountStyle.random(rng),
                DateStyle.random(rng), rng.chance(0.5) ? Table.Rules.HORIZONTAL : Table.Rules.GRID);
        PayslipView v = new PayslipView(d, rng, st.amounts(), st.dates());
        Canvas c = Canvas.a4();
        c.newPage();
        float w = c.width() - 2 * SlipParts.X;
        float y = SlipParts.letterhead(c, v, PayMonth.title(d.month(), rng, st.dates()), st.ink(), 30);
        c.hline(SlipParts.X, c.width() - SlipParts.X, y);
        y = KeyValueGrid.draw(c, SlipParts.X, y + 4, w, rng.between(3, 4), v.header, st.ink().plus(-1), "", true);
        c.hline(SlipParts.X, c.width() - SlipParts.X, y);
        y = section(c, v, st, y + 14, "EARNINGS", d.earnings(), rng.pickOf("Gross Earnings", "Total Earnings (A)"),
                d.gross());
        y = section(c, v, st, y + 12, "DEDUCTIONS", d.deductions(), rng.pickOf("Total Deductions", "Total Deductions (B)"),
                d.totalDeductions());
        y = SlipParts.netPay(c, v, rng, st.ink(), y + 8, true);
        SlipParts.footer(c, rng, st.ink());
        byte[] pdf = SlipParts.save(c, v, rng, rng.pickOf("Zoho Payroll", "Microsoft Excel", "Tally.ERP 9"));
        return List.of(Rendered.pdf(pdf, v.truth()));
    }

    private static float section(Canvas c, PayslipView v, DocStyle st, float y, String title, List<Component> rows,
            String totalLabel, BigDecimal total) {
        float w = c.width() - 2 * SlipParts.X;
        Table t = new Table(c, SlipParts.X, List.of(Column.left(title, w * 0.7f), Column.right("Amount (Rs.)", w * 0.3f)),
                st.ink(), st.rules());
        y = t.header(y);
        for (Component comp : rows) {
            y = t.row(y, v.label(comp), v.amt(comp.amount()));
        }
        return t.row(y, st.bold(), totalLabel, v.amt(total));
    }
}
