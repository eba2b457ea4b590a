package io.taxstream.corpus.payslip;

import io.taxstream.corpus.util.DateStyle;
import io.taxstream.corpus.util.Rng;
import java.time.YearMonth;
import java.util.Locale;

/** The ways a slip states its month. */
final class PayMonth {

    private PayMonth() {
    }

    static String title(YearMonth m, Rng rng, DateStyle dates) {
        String name = DateStyle.monthName(m.getMonthValue());
        String abbr = name.substring(0, 3);
        return switch (rng.between(0, 5)) {
            case 0 -> "Payslip for the month of " + name + " " + m.getYear();
            case 1 -> "Pay Period: " + dates.format(m.atDay(1)) + " to " + dates.format(m.atEndOfMonth());
            case 2 -> "Salary Slip - " + abbr + " " + m.getYear();
            case 3 -> "PAY SLIP FOR " + abbr.toUpperCase(Locale.ROOT) + "-" + String.valueOf(m.getYear()).substring(2);
            case 4 -> "Salary for the period " + String.format(Locale.ROOT, "%02d/%d", m.getMonthValue(), m.getYear());
            default -> "Pay Slip for " + name + ", " + m.getYear();
        };
    }
}
