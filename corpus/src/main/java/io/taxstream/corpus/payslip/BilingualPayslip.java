package io.taxstream.corpus.payslip;

import io.taxstream.corpus.Layout;
import io.taxstream.corpus.Rendered;
import io.taxstream.corpus.payslip.PayslipData.Component;
import io.taxstream.corpus.pdf.Canvas;
import io.taxstream.corpus.pdf.Family;
import io.taxstream.corpus.pdf.Ink;
import io.taxstream.corpus.pdf.Table;
import io.taxstream.corpus.pdf.Table.Column;
import io.taxstream.corpus.util.AmountStyle;
import io.taxstream.corpus.util.DateStyle;
import io.taxstream.corpus.util.Rng;
import io.taxstream.corpus.util.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A public-sector style slip with Hindi and English labels ({@code मूल वेतन / Basic Pay}). The
 * truth names components by their English part, which is what an extractor can match reliably.
 */
public final class BilingualPayslip implements Layout {

    private static final Map<String, String> HEADER_HINDI = Map.ofEntries(Map.entry("Employee Name", "कर्मचारी का नाम"),
            Map.entry("Name", "नाम"), Map.entry("Employee", "कर्मचारी"), Map.entry("Emp Code", "कर्मचारी कोड"),
            Map.entry("Employee ID", "कर्मचारी आईडी"), Map.entry("Employee No.", "कर्मचारी संख्या"),
            Map.entry("Emp. No.", "कर्मचारी सं."), Map.entry("Designation", "पदनाम"), Map.entry("Department", "विभाग"),
            Map.entry("Date of Joining", "कार्यग्रहण तिथि"), Map.entry("DOJ", "कार्यग्रहण तिथि"), Map.entry("PAN", "पैन"),
            Map.entry("UAN", "यूएएन"), Map.entry("PF No.", "भविष्य निधि सं."), Map.entry("PF A/c No.", "भविष्य निधि खाता"),
            Map.entry("Bank", "बैंक"), Map.entry("Bank A/c No.", "बैंक खाता सं."), Map.entry("Account No.", "खाता सं."),
            Map.entry("A/c No.", "खाता सं."), Map.entry("Days Paid", "भुगतान दिवस"), Map.entry("Paid Days", "भुगतान दिवस"),
            Map.entry("Payable Days", "देय दिवस"), Map.entry("LOP Days", "वेतन रहित दिवस"), Map.entry("LOP", "वेतन रहित"),
            Map.entry("Loss of Pay Days", "वेतन रहित दिवस"), Map.entry("Location", "स्थान"));

    @Override
    public String docType() {
        return "PAYSLIP";
    }

    @Override
    public String name() {
        return "payslip-bilingual";
    }

    @Override
    public List<Rendered> render(Rng rng) {
        PayslipData d = PayslipFactory.random(rng);
        Ink ink = Ink.of(rng.pickOf(Family.HELVETICA, Family.TIMES), 8.5f);
        PayslipView v = new PayslipView(d, rng, AmountStyle.random(rng), DateStyle.DASHED);
        Canvas c = Canvas.a4();
        c.newPage();
        float x = SlipParts.X;
        float w = c.width() - 2 * x;
        c.center(c.width() / 2, 50, d.employer().name(), ink.bold().size(14));
        c.center(c.width() / 2, 64, d.employer().address().oneLine(), ink.plus(-1));
        c.center(c.width() / 2, 82, "वेतन पर्ची / PAY SLIP", ink.bold().size(12));
        String month = rng.chance(0.5) ? String.format(java.util.Locale.ROOT, "%02d/%d", d.month().getMonthValue(),
                d.month().getYear()) : DateStyle.monthName(d.month().getMonthValue()) + " " + d.month().getYear();
        c.center(c.width() / 2, 96, "माह / Month: " + month, ink.bold());
        Table head = new Table(c, x, List.of(Column.left("", w * 0.24f), Column.left("", w * 0.26f),
                Column.left("", w * 0.24f), Column.left("", w * 0.26f)), ink, Table.Rules.GRID);
        float y = 106;
        List<String[]> pairs = new ArrayList<>(v.header);
        for (int i = 0; i < pairs.size(); i += 2) {
            String[] a = pairs.get(i);
            String[] b = i + 1 < pairs.size() ? pairs.get(i + 1) : new String[] {"", ""};
            y = head.row(y, bi(a[0]), a[1], b[0].isEmpty() ? "" : bi(b[0]), b[1]);
        }
        Table t = new Table(c, x, List.of(Column.left("आय / Earnings", w * 0.32f), Column.right("राशि / Amount", w * 0.18f),
                Column.left("कटौतियाँ / Deductions", w * 0.32f), Column.right("राशि / Amount", w * 0.18f)), ink,
                Table.Rules.GRID);
        y = t.header(y + 12);
        int rows = Math.max(d.earnings().size(), d.deductions().size());
        for (int i = 0; i < rows; i++) {
            y = t.row(y, cell(v, d.earnings(), i, true), cell(v, d.earnings(), i, false), cell(v, d.deductions(), i, true),
                    cell(v, d.deductions(), i, false));
        }
        y = t.row(y, ink.bold(), "कुल आय / Gross Earnings", v.amt(d.gross()), "कुल कटौती / Total Deductions",
                v.amt(d.totalDeductions()));
        c.text(x, y + 18, "शुद्ध वेतन / Net Pay: " + v.amt(d.net()), ink.bold().plus(1.5f));
        c.text(x, y + 32, "शब्दों में / In words: " + Words.rupees(d.net()), ink);
        c.right(c.width() - x, y + 80, "आहरण एवं संवितरण अधिकारी / Drawing & Disbursing Officer", ink);
        byte[] pdf = SlipParts.save(c, v, rng, "NIC e-Payroll");
        return List.of(Rendered.pdf(pdf, v.truth()));
    }

    private static String bi(String english) {
        String hindi = HEADER_HINDI.get(english);
        return hindi == null ? english : hindi + " / " + english;
    }

    private static String cell(PayslipView v, List<Component> cs, int i, boolean label) {
        if (i >= cs.size()) {
            return "";
        }
        Component comp = cs.get(i);
        return label ? PayLabels.hindi(comp.key()) + " / " + v.label(comp) : v.amt(comp.amount());
    }
}
