package io.taxstream.corpus.holdout2.payslip;

import io.taxstream.corpus.Layout;
import io.taxstream.corpus.Rendered;
import io.taxstream.corpus.holdout2.kit.Money;
import io.taxstream.corpus.holdout2.kit.Save;
import io.taxstream.corpus.holdout2.kit.When;
import io.taxstream.corpus.holdout2.payslip.Slip.Comp;
import io.taxstream.corpus.kit.SlipTruth;
import io.taxstream.corpus.pdf.Canvas;
import io.taxstream.corpus.pdf.Family;
import io.taxstream.corpus.pdf.Ink;
import io.taxstream.corpus.pdf.Table.Column;
import io.taxstream.corpus.pdf.Table;
import io.taxstream.corpus.util.DateStyle;
import io.taxstream.corpus.util.Rng;
import io.taxstream.corpus.util.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A school's or college's salary slip printed from a spreadsheet in landscape: staff facts in a
 * ruled grid, an attendance band, then an EARNINGS band and a DEDUCTIONS band in which each
 * component is a column (abbreviated name above, amount below) ending in GROSS / TOTAL DED., and a
 * NET SALARY band with the amount in words.
 */
public final class HorizontalBandPayslip implements Layout {

    private static final List<String> INSTITUTIONS = List.of("Sardar Patel Vidya Mandir Trust",
            "Holy Cross Convent Higher Secondary School", "Saraswati Shishu Mandir Society",
            "Marathwada Institute of Technology Society", "Little Flower English Medium School",
            "Vivekananda Degree College", "Kendriya Shiksha Samiti", "Don Bosco Technical Institute",
            "Adarsh Vidyalaya Education Trust");

    @Override
    public String docType() {
        return "PAYSLIP";
    }

    @Override
    public String name() {
        return "h2-slip-horizontal-bands";
    }

    private static String label(String key) {
        return switch (key) {
            case "BASIC" -> "BASIC";
            case "DA" -> "D.A.";
            case "HRA" -> "H.R.A.";
            case "CCA" -> "C.C.A.";
            case "TA" -> "T.A.";
            case "SPECIAL" -> "SPL. ALLOW.";
            case "PF" -> "E.P.F.";
            case "ESI" -> "E.S.I.";
            case "PT" -> "P. TAX";
            case "TDS" -> "I. TAX";
            case "LIC" -> "L.I.C.";
            case "LOAN" -> "SOC. LOAN";
            case "LWF" -> "L.W.F.";
            default -> key;
        };
    }

    @Override
    public List<Rendered> render(Rng rng) {
        Slip s = Slips.random(rng, Slips.Kind.INSTITUTION);
        String employer = rng.pick(INSTITUTIONS);
        Ink ink = Ink.of(rng.pickOf(Family.HELVETICA, Family.TIMES), 9f);
        Money money = Money.indian("", rng.chance(0.5));
        When when = rng.pickOf(When.DOTTED, When.D_M_YYYY, When.DD_MMM_UPPER);
        Canvas c = Save.landscape();
        c.newPage();
        float x = 36;
        float w = c.width() - 2 * x;
        c.center(c.width() / 2, 40, employer.toUpperCase(Locale.ROOT), ink.bold().size(14));
        c.center(c.width() / 2, 54, s.firm().address().locality() + ", " + s.firm().address().city() + " - "
                + s.firm().address().pin(), ink);
        String month = rng.chance(0.5) ? DateStyle.monthName(s.month().getMonthValue()).toUpperCase(Locale.ROOT) + " "
                + s.month().getYear() : String.format(Locale.ROOT, "%02d/%d", s.month().getMonthValue(),
                s.month().getYear());
        c.center(c.width() / 2, 72, "SALARY SLIP FOR THE MONTH OF : " + month, ink.bold().plus(1));
        String name = s.employee().upper();
        Table info = new Table(c, x, List.of(Column.left("", w * 0.13f), Column.left("", w * 0.37f),
                Column.left("", w * 0.13f), Column.left("", w * 0.37f)), ink, Table.Rules.GRID, 2);
        float y = 82;
        String[][] rows = {{"Staff No.", s.employeeId(), "Name", name},
            {"Designation", s.designation(), "Department", s.department()},
            {"Date of Joining", when.of(s.joined()), "PAN", s.employee().pan()},
            {"EPF No.", s.pfNumber(), "Bank A/c No.", s.account() + " (" + s.bankName() + ")"}};
        for (String[] r : rows) {
            y = info.row(y, r);
        }
        SlipTruth t = new SlipTruth(s, employer.toUpperCase(Locale.ROOT), name).text("employee_id", s.employeeId())
                .text("employee_pan", s.employee().pan()).text("days_paid", s.paidDaysText());
        y += 10;
        int leave = rng.between(0, 2);
        y = band(c, x, y, w, ink, "ATTENDANCE", List.of("Month Days", "Days Present", "Leave", "L.W.P.", "Paid Days"),
                List.of(String.valueOf(s.monthDays()), s.paidDays().subtract(java.math.BigDecimal.valueOf(leave))
                        .stripTrailingZeros().toPlainString(), String.valueOf(leave),
                        s.lop().stripTrailingZeros().toPlainString(), s.paidDaysText()));
        y += 10;
        List<String> heads = new ArrayList<>();
        List<String> vals = new ArrayList<>();
        for (Comp e : s.earnings()) {
            heads.add(label(e.key()));
            vals.add(money.of(e.amount()));
            t.component(e, label(e.key()), true);
        }
        heads.add("GROSS");
        vals.add(money.of(s.gross()));
        y = band(c, x, y, w, ink, "EARNINGS", heads, vals);
        y += 10;
        heads.clear();
        vals.clear();
        for (Comp d : s.deductions()) {
            heads.add(label(d.key()));
            vals.add(money.of(d.amount()));
            t.component(d, label(d.key()), false);
        }
        heads.add("TOTAL DED.");
        vals.add(money.of(s.totalDeductions()));
        y = band(c, x, y, w, ink, "DEDUCTIONS", heads, vals);
        t.totals(s, true);
        y += 10;
        c.shade(x, y, w, 24, 0.9f);
        c.box(x, y, w, 24);
        c.text(x + 8, y + 16, "NET SALARY", ink.bold().plus(1));
        c.text(x + 110, y + 16, money.of(s.net()), ink.bold().plus(1));
        c.text(x + 230, y + 16, "In words: " + Words.rupees(s.net()), ink);
        c.text(x, y + 70, "Accountant", ink);
        c.center(c.width() / 2, y + 70, "Principal / Secretary", ink);
        c.right(x + w, y + 70, "Signature of Employee", ink);
        return List.of(Rendered.pdf(Save.pdf(c, "Microsoft Excel", s.month().atEndOfMonth(), rng), t.build()));
    }

    /** A titled band: a title cell at the left, then one column per head with its value below. */
    private static float band(Canvas c, float x, float y, float w, Ink ink, String title, List<String> heads,
            List<String> vals) {
        float titleW = 80;
        int n = heads.size();
        float cw = (w - titleW) / Math.max(n, 5);
        List<Column> cols = new ArrayList<>();
        for (String h : heads) {
            cols.add(Column.center(h, cw));
        }
        c.shade(x, y, titleW, 30, 0.85f);
        c.box(x, y, titleW, 30);
        c.text(x + 5, y + 19, title, ink.bold());
        Table t = new Table(c, x + titleW, cols, ink, Table.Rules.GRID, 2);
        float mid = t.header(y);
        t.row(mid, vals.toArray(String[]::new));
        return y + 30;
    }
}
