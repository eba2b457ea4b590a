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

/**
 * An enterprise payroll slip with Current Month and Year-to-Date columns for every component
 * (truth takes the monthly figures only) and a four-column header.
 */
public final class YtdPayslip implements Layout {

    @Override
    public String docType() {
        return "PAYSLIP";
    }

    @Override
    public String name() {
        return "payslip-ytd";
    }

    @Override
    public List<Rendered> render(Rng rng) {
        PayslipData d = PayslipFactory.random(rng);
        DocStyle st = DocStyle.random(rng, 7.5f, 8.5f);
        PayslipView v = new PayslipView(d, rng, st.amounts(), st.dates());
        Canvas c = Canvas.a4();
        c.newPage();
        float w = c.width() - 2 * SlipParts.X;
        c.shade(SlipParts.X, 30, w, 44, 0.88f);
        float y = SlipParts.letterhead(c, v, PayMonth.title(d.month(), rng, st.dates()), st.ink(), 28);
        y = KeyValueGrid.draw(c, SlipParts.X, y + 6, w, 4, v.header, st.ink(), ": ", false) + 8;
        String current = rng.pickOf("Current Month", "Monthly", "Current");
        String ytd = rng.pickOf("YTD", "Year to Date", "Cumulative");
        Table t = new Table(c, SlipParts.X, List.of(Column.left("Earnings", w * 0.2f), Column.right(current, w * 0.15f),
                Column.right(ytd, w * 0.15f), Column.left("Deductions", w * 0.2f), Column.right(current, w * 0.15f),
                Column.right(ytd, w * 0.15f)), st.ink(), st.rules());
        y = t.header(y);
        int rows = Math.max(d.earnings().size(), d.deductions().size());
        for (int i = 0; i < rows; i++) {
            y = t.row(y, cells(v, i));
        }
        t.rule(y);
        y = t.row(y, st.bold(), "Total Earnings", v.amt(d.gross()), v.amt(d.grossYtd()), "Total Deductions",
                v.amt(d.totalDeductions()), v.amt(d.deductionsYtd()));
        y = SlipParts.netPay(c, v, rng, st.ink(), y + 6, rng.chance(0.3));
        SlipParts.footer(c, rng, st.ink());
        byte[] pdf = SlipParts.save(c, v, rng, rng.pickOf("Oracle HRMS", "SAP HCM", "Darwinbox"));
        return List.of(Rendered.pdf(pdf, v.truth()));
    }

    private static String[] cells(PayslipView v, int i) {
        String[] row = {"", "", "", "", "", ""};
        fill(v, v.d.earnings(), i, row, 0);
        fill(v, v.d.deductions(), i, row, 3);
        return row;
    }

    private static void fill(PayslipView v, List<Component> cs, int i, String[] row, int at) {
        if (i < cs.size()) {
            row[at] = v.label(cs.get(i));
            row[at + 1] = v.amt(cs.get(i).amount());
            row[at + 2] = v.amt(cs.get(i).ytd());
        }
    }
}
