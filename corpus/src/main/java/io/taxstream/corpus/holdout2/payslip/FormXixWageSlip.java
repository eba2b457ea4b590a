package io.taxstream.corpus.holdout2.payslip;

import io.taxstream.corpus.Layout;
import io.taxstream.corpus.Rendered;
import io.taxstream.corpus.holdout2.kit.Cast2;
import io.taxstream.corpus.holdout2.kit.Money;
import io.taxstream.corpus.holdout2.kit.Save;
import io.taxstream.corpus.holdout2.kit.When;
import io.taxstream.corpus.holdout2.payslip.Slip.Comp;
import io.taxstream.corpus.kit.SlipTruth;
import io.taxstream.corpus.pdf.Canvas;
import io.taxstream.corpus.pdf.Chrome;
import io.taxstream.corpus.pdf.Family;
import io.taxstream.corpus.pdf.Ink;
import io.taxstream.corpus.pdf.Table.Column;
import io.taxstream.corpus.pdf.Table;
import io.taxstream.corpus.util.DateStyle;
import io.taxstream.corpus.util.Rng;
import java.util.List;
import java.util.Locale;

/**
 * A labour contractor's statutory wage slip (Form XIX under the Contract Labour Rules) on a half
 * sheet: the contractor and the principal establishment, the workman's token number, the numbered
 * statutory items (days worked, daily rate, overtime, gross, deductions, net), then one
 * break-up table with separate Earned and Deducted columns. The contractor, who pays, is the employer.
 */
public final class FormXixWageSlip implements Layout {

    private static final List<String> CONTRACTORS = List.of("Sahyog Facility Services", "Shree Balaji Manpower Agency",
            "Trinetra Security & Allied Services", "Om Sai Labour Contractors", "Gurukripa Enterprises",
            "Maa Tara Housekeeping Services", "Nandi Industrial Services", "Pragati Manpower Solutions");

    @Override
    public String docType() {
        return "PAYSLIP";
    }

    @Override
    public String name() {
        return "h2-slip-form-xix";
    }

    private static String label(String key) {
        return switch (key) {
            case "BASIC" -> "Basic Wages";
            case "VDA" -> "V.D.A.";
            case "HRA" -> "H.R.A.";
            case "OT" -> "Overtime Wages";
            case "ATTN" -> "Attendance Bonus";
            case "PF" -> "P.F. @ 12%";
            case "ESI" -> "E.S.I. @ 0.75%";
            case "PT" -> "Profession Tax";
            case "LWF" -> "L.W.F.";
            case "ADVANCE" -> "Advance Recovery";
            case "CANTEEN" -> "Canteen";
            default -> key;
        };
    }

    @Override
    public List<Rendered> render(Rng rng) {
        Slip s = Slips.random(rng, Slips.Kind.WAGE);
        String contractor = rng.pick(CONTRACTORS);
        Cast2.Firm principal = s.firm();
        Ink ink = Ink.of(rng.pickOf(Family.HELVETICA, Family.TIMES, Family.COURIER), 8f);
        boolean decimals = rng.chance(0.5);
        Money money = Money.indian("", decimals);
        Money rs = Money.indian("Rs. ", decimals).suffix(decimals ? "" : "/-");
        When when = rng.pickOf(When.SLASHED, When.D_M_YY, When.DOTTED);
        Canvas c = Save.a5();
        c.newPage();
        float x = 26;
        float w = c.width() - 2 * x;
        c.center(c.width() / 2, 30, "FORM XIX", ink.bold().size(11));
        c.center(c.width() / 2, 41, "[See Rule 78(1)(b)]", ink);
        c.center(c.width() / 2, 53, "WAGE SLIP", ink.bold().size(10));
        float y = 62;
        String[][] head = {
            {"Name and address of the Contractor", "M/s. " + contractor + ", " + s.firm().town().city()},
            {"Name and address of establishment in/under which contract is carried on",
                principal.name() + ", " + principal.address().locality() + ", " + principal.address().city()},
            {"Nature and location of work", s.department() + ", " + principal.address().locality()},
            {"Name of the Workman", s.employee().upper()},
            {"Father's / Husband's Name", Cast2.maleGiven(rng).toUpperCase(Locale.ROOT) + " "
                + s.employee().family().toUpperCase(Locale.ROOT)},
            {"Token / Gate Pass No.", s.employeeId()},
            {"UAN / ESIC IP No.", s.uan() + (s.esiNumber() == null ? "" : " / " + s.esiNumber())},
            {"For the month ending", when.of(s.month().atEndOfMonth()) + " (" + DateStyle.abbr(s.month().atDay(1))
                .toUpperCase(Locale.ROOT) + "-" + s.month().getYear() + ")"}};
        for (String[] h : head) {
            List<String> val = Chrome.wrap(c, ": " + h[1], w * 0.52f, ink.bold());
            List<String> lab = Chrome.wrap(c, h[0], w * 0.45f, ink);
            for (int i = 0; i < Math.max(val.size(), lab.size()); i++) {
                y += 10;
                if (i < lab.size()) {
                    c.text(x, y, lab.get(i), ink);
                }
                if (i < val.size()) {
                    c.text(x + w * 0.47f, y, (i == 0 ? "" : "  ") + val.get(i), ink.bold());
                }
            }
            y += 2;
        }
        SlipTruth t = new SlipTruth(s, contractor, s.employee().upper()).text("employee_id", s.employeeId())
                .text("uan", s.uan()).text("days_paid", s.paidDaysText());
        y += 8;
        c.hline(x, x + w, y);
        Comp ot = s.earnings().stream().filter(e -> e.key().equals("OT")).findFirst().orElse(null);
        String[][] items = {
            {"1.", "No. of days worked", s.paidDaysText()},
            {"2.", "No. of units worked in case of piece-rate workers", "N.A."},
            {"3.", "Rate of daily wages / piece rate", rs.of(s.dailyRate()) + " per day"},
            {"4.", "Amount of overtime wages", ot == null ? "Nil" : rs.of(ot.amount()) + " (" + ot.rate()
                .stripTrailingZeros().toPlainString() + " hrs)"},
            {"5.", "Gross wages payable", rs.of(s.gross())},
            {"6.", "Deductions, if any", rs.of(s.totalDeductions())},
            {"7.", "Net amount of wages paid", rs.of(s.net())}};
        for (String[] it : items) {
            y += 12;
            Ink in = it[0].equals("7.") ? ink.bold() : ink;
            c.text(x, y, it[0], in);
            c.text(x + 14, y, it[1], in);
            c.right(x + w, y, it[2], in);
        }
        t.totals(s, true);
        y += 10;
        c.hline(x, x + w, y);
        c.text(x, y + 12, "Break-up of wages", ink.bold());
        Table tb = new Table(c, x, List.of(Column.left("Head", w * 0.5f), Column.right("Earned", w * 0.25f),
                Column.right("Deducted", w * 0.25f)), ink, Table.Rules.GRID, 1.5f);
        y = tb.header(y + 16);
        for (Comp e : s.earnings()) {
            y = tb.row(y, label(e.key()), money.of(e.amount()), "");
            t.component(e, label(e.key()), true);
        }
        for (Comp d : s.deductions()) {
            y = tb.row(y, label(d.key()), "", money.of(d.amount()));
            t.component(d, label(d.key()), false);
        }
        y = tb.row(y, ink.bold(), "Total", money.of(s.gross()), money.of(s.totalDeductions()));
        c.text(x, y + 30, "Paid on: " + when.of(s.month().plusMonths(1).atDay(rng.between(5, 9))), ink);
        c.right(x + w, y + 30, "Initials of the Contractor or his representative", ink.plus(-1));
        return List.of(Rendered.pdf(Save.pdf(c, rng.pickOf("Microsoft Excel", "WPS Spreadsheets"),
                s.month().atEndOfMonth(), rng), t.build()));
    }
}
