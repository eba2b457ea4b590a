package io.taxstream.processors.types;

import io.taxstream.processors.contract.FieldKind;
import io.taxstream.processors.rules.AmountListReader.AmountList;
import io.taxstream.processors.rules.AmountListReader.Entry;
import io.taxstream.processors.rules.Cell;
import io.taxstream.processors.rules.Parsed;
import io.taxstream.processors.rules.ValueParser;
import io.taxstream.processors.rules.ValueParsers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which amount column of a payslip's earnings and deductions is this month's pay. A slip may print
 * rate, current, arrears, total and year-to-date columns; the right pair is the one whose totals
 * satisfy gross earnings − total deductions = net pay. Without that, column headings decide
 * (a wanted heading, else the first column not under year-to-date or arrears), else the first.
 *
 * @param earnings       right edge of the earnings column
 * @param deductions     right edge of the deductions column
 * @param byArithmetic   whether the net pay confirmed the choice
 */
record PayslipColumns(float earnings, float deductions, boolean byArithmetic) {

    private static final ValueParser AMOUNT = ValueParsers.of(FieldKind.AMOUNT);
    private static final BigDecimal TOLERANCE = BigDecimal.ONE;
    /** How far an amount's right edge may stand from its column's. */
    private static final float SLACK = 25;

    static PayslipColumns choose(AmountList earnings, AmountList deductions, BigDecimal net) {
        List<Float> e = edges(earnings);
        List<Float> d = edges(deductions);
        if (net != null && !earnings.total().isEmpty()) {
            List<Cell> dTotals = deductions.total().isEmpty() && deductions.entries().isEmpty() ? List.of() : deductions.total();
            for (Cell et : ordered(earnings)) {
                BigDecimal gross = value(et);
                if (gross == null) {
                    continue;
                }
                if (dTotals.isEmpty() && deductions.entries().isEmpty() && close(gross, net)) {
                    return new PayslipColumns(et.right(), Float.NaN, true);
                }
                for (Cell dt : dTotals) {
                    BigDecimal ded = value(dt);
                    if (ded != null && close(gross.subtract(ded), net)) {
                        return new PayslipColumns(et.right(), dt.right(), true);
                    }
                }
            }
        }
        return new PayslipColumns(byHeadings(earnings, e), byHeadings(deductions, d), false);
    }

    /** The amount of a row that stands in the chosen column, or null. */
    static Cell at(List<Cell> amounts, float column) {
        if (amounts.isEmpty()) {
            return null;
        }
        if (Float.isNaN(column)) {
            return amounts.get(0);
        }
        Cell best = null;
        for (Cell a : amounts) {
            if (Math.abs(a.right() - column) <= SLACK && (best == null || Math.abs(a.right() - column) < Math.abs(best.right() - column))) {
                best = a;
            }
        }
        return best;
    }

    /** The total row's cells, the preferred heading's column first. */
    private static List<Cell> ordered(AmountList list) {
        List<Cell> out = new ArrayList<>(list.total());
        if (list.preferred() != null) {
            out.sort((a, b) -> Float.compare(Math.abs(a.right() - list.preferred()), Math.abs(b.right() - list.preferred())));
        }
        return out;
    }

    private static float byHeadings(AmountList list, List<Float> edges) {
        if (edges.isEmpty()) {
            return Float.NaN;
        }
        if (list.preferred() != null && !list.avoided().isEmpty()) {
            return nearest(edges, list.preferred());
        }
        for (float edge : edges) {
            boolean avoided = list.avoided().stream().anyMatch(a -> Math.abs(a - edge) <= SLACK);
            if (!avoided) {
                return edge;
            }
        }
        return edges.get(0);
    }

    private static float nearest(List<Float> edges, float x) {
        float best = edges.get(0);
        for (float e : edges) {
            if (Math.abs(e - x) < Math.abs(best - x)) {
                best = e;
            }
        }
        return best;
    }

    /** The right edges of the list's amount columns, left to right: from its total row, else its widest row. */
    private static List<Float> edges(AmountList list) {
        List<Cell> widest = list.total();
        for (Entry e : list.entries()) {
            if (e.amounts().size() > widest.size()) {
                widest = e.amounts();
            }
        }
        return widest.stream().map(Cell::right).toList();
    }

    private static BigDecimal value(Cell cell) {
        Optional<Parsed> p = AMOUNT.first(cell.text());
        return p.map(v -> new BigDecimal(v.value())).orElse(null);
    }

    private static boolean close(BigDecimal a, BigDecimal b) {
        return a.subtract(b).abs().compareTo(TOLERANCE) <= 0;
    }
}
