package io.taxstream.corpus.holdout.payslip;

import io.taxstream.corpus.Layout;
import io.taxstream.corpus.Rendered;
import io.taxstream.corpus.data.Ids;
import io.taxstream.corpus.holdout.kit.Amounts;
import io.taxstream.corpus.holdout.kit.Day;
import io.taxstream.corpus.holdout.kit.Pdfs;
import io.taxstream.corpus.holdout.payslip.MonthPay.Pay;
import io.taxstream.corpus.kit.Rupees;
import io.taxstream.corpus.kit.SlipTruth;
import io.taxstream.corpus.pdf.Canvas;
import io.taxstream.corpus.pdf.Family;
import io.taxstream.corpus.pdf.Ink;
import io.taxstream.corpus.pdf.Table.Column;
import io.taxstream.corpus.pdf.Table;
import io.taxstream.corpus.util.AmountStyle;
import io.taxstream.corpus.util.Rng;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * An ERP "Remuneration Statement": the period as a date range, wage-type codes beside their texts
 * in Payments and Deductions tables, an "Employer Contributions (for information only)" table
 * that is neither pay nor deduction, and the net as a bank transfer line.
 */
public final class ContributionsPayslip implements Layout {

    private static final float X = 38;

    @Override
    public String docType() {
        return "PAYSLIP";
    }

    @Override
    public String name() {
        return "h-payslip-employer-contributions";
    }

    @Override
    public List<Rendered> render(Rng rng) {
        MonthPay d = MonthPays.random(rng, rng.chance(0.2), rng.chance(0.2), false);
        int vocab = 2;
        Ink ink = Ink.of(Family.HELVETICA, 8.5f);
        AmountStyle money = Amounts.bankStyle(rng);
        Day day = rng.pickOf(Day.DOTTED, Day.SLASHED);
        Canvas c = Canvas.a4();
        c.newPage();
        float w = c.width() - 2 * X;
        c.text(X, 46, d.employer().name(), ink.bold().plus(3));
        c.text(X, 58, d.employer().address().city() + " " + d.employer().address().pin(), ink);
        c.right(c.width() - X, 46, "Remuneration Statement", ink.bold().plus(3));
        c.right(c.width() - X, 58, "Period: " + day.format(d.month().atDay(1)) + " - "
                + day.format(d.month().atEndOfMonth()), ink);
        c.line(X, 66, c.width() - X, 66, 0.8f);
        String name = rng.pickOf(d.employee().natural(), d.employee().surnameFirst());
        SlipTruth t = new SlipTruth(d, d.employer().name(), name);
        String pernr = String.format(Locale.ROOT, "%08d", Long.parseLong(d.employeeId().replaceAll("\\D", "")));
        Table info = new Table(c, X, List.of(Column.left("", w * 0.16f), Column.left("", w * 0.34f),
                Column.left("", w * 0.16f), Column.left("", w * 0.34f)), ink, Table.Rules.NONE, 1);
        float y = 70;
        y = info.row(y, "Personnel No.", pernr, "Name", name);
        y = info.row(y, "Position", d.designation(), "Org. Unit", d.department());
        y = info.row(y, "PAN", d.employee().pan(), "Pay Scale", d.grade());
        y = info.row(y, "Paid Days", d.paidDays().setScale(2).toPlainString(), "Payroll Days", d.monthDays() + ".00");
        t.text("employee_id", pernr).text("employee_pan", d.employee().pan()).text("days_paid", d.paidDaysText());
        if (d.uan() != null) {
            y = info.row(y, "UAN", d.uan(), "", "");
            t.text("uan", d.uan());
        }
        y += 10;
        y = section(c, y, w, ink, "Payments", d.earnings(), vocab, money, "Total Payments", d.gross(), t, true);
        y += 10;
        y = section(c, y, w, ink, "Deductions", d.deductions(), vocab, money, "Total Deductions",
                d.totalDeductions(), t, false);
        t.totals(d, true);
        y += 10;
        BigDecimal er = Rupees.sum(d.employerSide().stream().map(Pay::amount).toList());
        y = section(c, y, w, ink, "Employer Contributions (for information only)", d.employerSide(), vocab, money,
                "Total Employer Contributions", er, null, false);
        y += 14;
        c.shade(X, y, w, 20, 0.9f);
        c.text(X + 6, y + 13, "Bank transfer", ink.bold());
        c.text(X + 100, y + 13, d.bank().name() + "  " + Ids.mask(d.account()), ink);
        c.right(c.width() - X - 6, y + 13, "Net Pay  " + money.format(d.net()), ink.bold());
        c.text(X, y + 38, "Employer contributions are not deducted from your pay and are shown for information.",
                ink.plus(-1));
        return List.of(Rendered.pdf(Pdfs.save(c, "SAP NetWeaver", d.month().atEndOfMonth(), rng), t.build()));
    }

    private static float section(Canvas c, float y, float w, Ink ink, String title, List<Pay> pays, int vocab,
            AmountStyle money, String totalLabel, BigDecimal total, SlipTruth t, boolean earning) {
        c.text(X, y + 10, title, ink.bold().plus(1));
        y += 14;
        Table tb = new Table(c, X, List.of(Column.left("Wage Type", w * 0.14f), Column.left("Text", w * 0.56f),
                Column.right("Amount", w * 0.3f)), ink, Table.Rules.HORIZONTAL);
        y = tb.header(y);
        for (Pay p : pays) {
            String label = PayNames.of(p.key(), vocab);
            y = tb.row(y, code(p.key()), label, money.format(p.amount()));
            if (t != null) {
                t.component(p, label, earning);
            }
        }
        tb.rule(y);
        return tb.row(y, ink.bold(), "", totalLabel, money.format(total));
    }

    private static String code(String key) {
        return switch (key) {
            case "BASIC" -> "1000";
            case "DA" -> "1010";
            case "HRA" -> "1100";
            case "CCA" -> "1110";
            case "CONVEYANCE" -> "1200";
            case "MEDICAL" -> "1210";
            case "CHILD_EDU" -> "1220";
            case "LTA" -> "1230";
            case "SPECIAL" -> "1300";
            case "OTHER" -> "1310";
            case "OVERTIME" -> "2000";
            case "INCENTIVE" -> "2100";
            case "PF" -> "/3F1";
            case "VPF" -> "/3F2";
            case "ESI" -> "/3E1";
            case "PT" -> "/3P1";
            case "TDS" -> "/460";
            case "PF_ER" -> "/3F3";
            case "ESI_ER" -> "/3E3";
            case "GRATUITY" -> "9GR1";
            default -> "5" + Math.abs(key.hashCode() % 900 + 100);
        };
    }
}
