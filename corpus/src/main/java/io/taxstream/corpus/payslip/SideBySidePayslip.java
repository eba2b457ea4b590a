package io.taxstream.corpus.payslip;

import io.taxstream.corpus.Layout;
import io.taxstream.corpus.Rendered;
import io.taxstream.corpus.payslip.PayslipData.Component;
import io.taxstream.corpus.pdf.Canvas;
import io.taxstream.corpus.pdf.DocStyle;
import io.taxstream.corpus.pdf.KeyValueGrid;
import io.taxstream.corpus.pdf.Table;
import io.taxstream.corpus.pdf.Table.Column;
import io.taxstream.corpus.util.Rng;
import java.util.List;

/** The common Indian slip: header facts in two or three columns, then Earnings | Deductions side by side. */
public final class SideBySidePayslip implements Layout {

    @Override
    public String docType() {
        return "PAYSLIP";
    }

    @Override
    public String name() {
        return "payslip-side-by-side";
    }

    @Override
    public List<Rendered> render(Rng rng) {
        PayslipData d = PayslipFactory.random(rng);
        DocStyle st = DocStyle.random(rng, 8.5f, 10f);
        PayslipView v = new PayslipView(d, rng, st.amounts(), st.dates());
        Canvas c = Canvas.a4();
        c.newPage();
        float w = c.width() - 2 * SlipParts.X;
        float y = SlipParts.letterhead(c, v, PayMonth.title(d.month(), rng, st.dates()), st.ink(), 36);
        float top = y;
        y = KeyValueGrid.draw(c, SlipParts.X + 4, y, w - 8, rng.between(2, 3), v.header, st.ink(), ": ", rng.chance(0.5));
        c.box(SlipParts.X, top, w, y - top + 2);
        y += 10;
        Table t = new Table(c, SlipParts.X, List.of(Column.left("Earnings", w * 0.3f), Column.right("Amount", w * 0.2f),
                Column.left("Deductions", w * 0.3f), Column.right("Amount", w * 0.2f)), st.ink(), st.rules());
        y = t.header(y);
        int rows = Math.max(d.earnings().size(), d.deductions().size());
        for (int i = 0; i < rows; i++) {
            y = t.row(y, cells(v, d.earnings(), i, d.deductions()));
        }
        t.rule(y);
        y = t.row(y, st.bold(), rng.pickOf("Gross Earnings", "Total Earnings", "Gross Salary"), v.amt(d.gross()),
                "Total Deductions", v.amt(d.totalDeductions()));
        y = SlipParts.netPay(c, v, rng, st.ink(), y + 6, rng.chance(0.5));
        SlipParts.footer(c, rng, st.ink());
        byte[] pdf = SlipParts.save(c, v, rng, rng.pickOf("greytHR", "Keka HR", "SAP SuccessFactors"));
        return List.of(Rendered.pdf(pdf, v.truth()));
    }

    private static String[] cells(PayslipView v, List<Component> earnings, int i, List<Component> deductions) {
        String[] row = {"", "", "", ""};
        if (i < earnings.size()) {
            row[0] = v.label(earnings.get(i));
            row[1] = v.amt(earnings.get(i).amount());
        }
        if (i < deductions.size()) {
            row[2] = v.label(deductions.get(i));
            row[3] = v.amt(deductions.get(i).amount());
        }
        return row;
    }
}
