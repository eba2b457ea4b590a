package io.taxstream.corpus.payslip;

import io.taxstream.corpus.Layouts;
import io.taxstream.corpus.Rendered;
import io.taxstream.corpus.pdf.Canvas;
import io.taxstream.corpus.pdf.MonoSheet;
import io.taxstream.corpus.util.AmountStyle;
import io.taxstream.corpus.util.DateStyle;
import io.taxstream.corpus.util.Rng;
import io.taxstream.corpus.util.Words;
import java.util.List;
import java.util.Locale;

/**
 * A dot-matrix slip from an old in-house payroll: upper-case Courier, fixed columns, dashed rules,
 * net pay in words. Printed as a PDF or, in its plain-text variant, as the .txt the system spools.
 */
public final class DotMatrixPayslip implements Layouts.MaybePlainText {

    private static final int[] COLS = {25, -12, 3, 25, -12};
    private final boolean plainText;

    public DotMatrixPayslip(boolean plainText) {
        this.plainText = plainText;
    }

    @Override
    public boolean plainText() {
        return plainText;
    }

    @Override
    public String docType() {
        return "PAYSLIP";
    }

    @Override
    public String name() {
        return plainText ? "payslip-dot-matrix-text" : "payslip-dot-matrix";
    }

    @Override
    public List<Rendered> render(Rng rng) {
        PayslipData d = PayslipFactory.random(rng);
        AmountStyle amounts = rng.chance(0.5) ? AmountStyle.PLAIN : AmountStyle.INDIAN;
        PayslipView v = new PayslipView(d, rng, amounts, rng.pickOf(DateStyle.SLASHED, DateStyle.DOTTED));
        v.upperCaseLabels();
        MonoSheet s = sheet(v, rng);
        if (plainText) {
            return List.of(Rendered.text(s.text(), v.truth()));
        }
        Canvas c = Canvas.a4();
        s.draw(c, 9f, 70);
        return List.of(Rendered.pdf(SlipParts.save(c, v, rng, "PDFCreator 1.7.3"), v.truth()));
    }

    private static MonoSheet sheet(PayslipView v, Rng rng) {
        PayslipData d = v.d;
        MonoSheet s = new MonoSheet(80);
        s.rule('=').center(d.employer().name().toUpperCase(Locale.ROOT)).center(d.employer().address().city()
                .toUpperCase(Locale.ROOT) + " - " + d.employer().address().pin());
        s.center(PayMonth.title(d.month(), rng, v.dates).toUpperCase(Locale.ROOT)).rule('-');
        int i = 0;
        while (i < v.header.size()) {
            String[] a = v.header.get(i);
            String[] b = i + 1 < v.header.size() ? v.header.get(i + 1) : null;
            if (b != null && a[1].length() <= 22 && b[1].length() <= 22) {
                s.cols(new int[] {16, 25, 16, 23}, a[0], ": " + a[1], b[0], ": " + b[1]);
                i += 2;
            } else {
                s.cols(new int[] {16, 64}, a[0], ": " + a[1]);
                i++;
            }
        }
        s.rule('-').cols(COLS, "EARNINGS", "AMOUNT", "", "DEDUCTIONS", "AMOUNT").rule('-');
        int rows = Math.max(d.earnings().size(), d.deductions().size());
        for (int r = 0; r < rows; r++) {
            String[] cells = {"", "", "", "", ""};
            if (r < d.earnings().size()) {
                cells[0] = v.label(d.earnings().get(r));
                cells[1] = v.amt(d.earnings().get(r).amount());
            }
            if (r < d.deductions().size()) {
                cells[3] = v.label(d.deductions().get(r));
                cells[4] = v.amt(d.deductions().get(r).amount());
            }
            s.cols(COLS, cells);
        }
        s.rule('-').cols(COLS, "GROSS EARNINGS", v.amt(d.gross()), "", "TOTAL DEDUCTIONS", v.amt(d.totalDeductions()));
        s.rule('-').cols(new int[] {62, -11}, "NET PAY", v.amt(d.net()));
        s.line(Words.rupees(d.net()).toUpperCase(Locale.ROOT)).rule('=');
        s.line("THIS IS A COMPUTER GENERATED SLIP. NO SIGNATURE REQUIRED.");
        return s;
    }
}
