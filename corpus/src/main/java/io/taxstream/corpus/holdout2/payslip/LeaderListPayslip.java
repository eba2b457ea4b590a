package io.taxstream.corpus.holdout2.payslip;

import io.taxstream.corpus.Layout;
import io.taxstream.corpus.Rendered;
import io.taxstream.corpus.data.Ids;
import io.taxstream.corpus.holdout2.kit.Draw;
import io.taxstream.corpus.holdout2.kit.Money;
import io.taxstream.corpus.holdout2.kit.Save;
import io.taxstream.corpus.holdout2.payslip.Slip.Comp;
import io.taxstream.corpus.kit.SlipTruth;
import io.taxstream.corpus.pdf.Canvas;
import io.taxstream.corpus.pdf.Family;
import io.taxstream.corpus.pdf.Ink;
import io.taxstream.corpus.util.DateStyle;
import io.taxstream.corpus.util.Rng;
import io.taxstream.corpus.util.Words;
import java.util.List;
import java.util.Locale;

/**
 * A small company's pay advice typed like a memo: centred letterhead, employee facts as
 * pipe-separated lines, earnings and then deductions as one narrow column of dot-leader lines
 * ({@code Basic Salary ........ ₹ 25,000.00}) with bold totals, and the net pay in a box with the
 * amount in words.
 */
public final class LeaderListPayslip implements Layout {

    @Override
    public String docType() {
        return "PAYSLIP";
    }

    @Override
    public String name() {
        return "h2-slip-dot-leaders";
    }

    static String label(Rng rng, String key) {
        return switch (key) {
            case "BASIC" -> rng.pickOf("Basic Salary", "Basic Pay", "Basic");
            case "HRA" -> rng.pickOf("House Rent Allowance", "HRA");
            case "CONV" -> rng.pickOf("Conveyance Allowance", "Transport Allowance");
            case "MEDICAL" -> "Medical Allowance";
            case "SPECIAL" -> rng.pickOf("Special Allowance", "Spl. Allowance", "Flexi / Special Allowance");
            case "BONUS" -> rng.pickOf("Performance Bonus", "Sales Incentive");
            case "PF" -> rng.pickOf("Provident Fund (Employee)", "EPF Contribution", "PF");
            case "ESI" -> rng.pickOf("ESIC (Employee)", "ESI Contribution");
            case "PT" -> rng.pickOf("Professional Tax", "Prof. Tax");
            case "TDS" -> rng.pickOf("Income Tax (TDS)", "Tax Deducted at Source");
            case "LWF" -> "Labour Welfare Fund";
            default -> key;
        };
    }

    @Override
    public List<Rendered> render(Rng rng) {
        Slip s = Slips.random(rng, Slips.Kind.OFFICE);
        Ink ink = Ink.of(rng.pickOf(Family.TIMES, Family.HELVETICA), 10f);
        String prefix = rng.pickOf("₹ ", "Rs. ", "", "Rs.");
        Money money = Money.indian(prefix, rng.chance(0.8));
        Canvas c = Canvas.a4();
        c.newPage();
        float cx = c.width() / 2;
        c.center(cx, 52, s.firm().name(), ink.bold().size(15));
        c.center(cx, 66, s.firm().address().oneLine(), ink.plus(-1.5f));
        c.line(60, 74, c.width() - 60, 74, 0.8f);
        String monthName = DateStyle.monthName(s.month().getMonthValue());
        String title = switch (rng.between(0, 2)) {
            case 0 -> "Pay Advice for the month of " + monthName + " " + s.month().getYear();
            case 1 -> "Salary Slip - " + monthName.substring(0, 3) + " " + s.month().getYear();
            default -> "PAYSLIP : " + monthName.toUpperCase(Locale.ROOT) + ", " + s.month().getYear();
        };
        c.center(cx, 96, title, ink.bold().plus(1));
        String employee = rng.chance(0.5) ? s.employee().upper() : s.employee().natural();
        float x = 70;
        float y = 124;
        String[] lines = {
            "Employee: " + employee + "   |   Code: " + s.employeeId(),
            "Designation: " + s.designation() + "   |   Department: " + s.department(),
            "PAN: " + s.employee().pan() + "   |   UAN: " + s.uan(),
            "Bank: " + s.bankName() + " A/c " + Ids.mask(s.account()) + "   |   Days Paid: " + s.paidDaysText()
                + " of " + s.monthDays()};
        for (String l : lines) {
            c.text(x, y, l, ink.plus(-0.5f));
            y += 15;
        }
        SlipTruth t = new SlipTruth(s, s.firm().name(), employee).text("employee_id", s.employeeId())
                .text("employee_pan", s.employee().pan()).text("uan", s.uan()).text("days_paid", s.paidDaysText());
        float right = c.width() - 110;
        y += 16;
        c.text(x, y, "EARNINGS", ink.bold());
        c.hline(x, x + c.textWidth("EARNINGS", ink.bold()), y + 2);
        y += 18;
        for (Comp e : s.earnings()) {
            String name = label(rng, e.key());
            Draw.leader(c, x + 14, right, y, name, money.of(e.amount()), ink, ink);
            t.component(e, name, true);
            y += 15;
        }
        c.hline(right - 90, right, y - 9);
        Draw.leader(c, x + 14, right, y + 2, "Gross Earnings", money.of(s.gross()), ink.bold(), ink.bold());
        y += 30;
        c.text(x, y, "DEDUCTIONS", ink.bold());
        c.hline(x, x + c.textWidth("DEDUCTIONS", ink.bold()), y + 2);
        y += 18;
        for (Comp d : s.deductions()) {
            String name = label(rng, d.key());
            Draw.leader(c, x + 14, right, y, name, money.of(d.amount()), ink, ink);
            t.component(d, name, false);
            y += 15;
        }
        c.hline(right - 90, right, y - 9);
        Draw.leader(c, x + 14, right, y + 2, "Total Deductions", money.of(s.totalDeductions()), ink.bold(), ink.bold());
        t.totals(s, true);
        y += 28;
        c.box(x, y, right - x + 20, 44);
        c.text(x + 10, y + 18, rng.pickOf("NET PAY", "NET SALARY CREDITED", "Net Take Home"), ink.bold().plus(2));
        c.right(right, y + 18, money.of(s.net()), ink.bold().plus(2));
        c.text(x + 10, y + 34, "(" + Words.rupees(s.net()) + ")", ink.plus(-1.5f));
        c.center(cx, c.height() - 60, "This is a system generated pay advice and does not require a signature.",
                ink.plus(-2));
        return List.of(Rendered.pdf(Save.pdf(c, rng.pickOf("Tally.ERP 9", "Microsoft Word", "LibreOffice Writer"),
                s.month().atEndOfMonth(), rng), t.build()));
    }
}
