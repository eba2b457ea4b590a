package io.taxstream.corpus.holdout2.unknown;

import io.taxstream.corpus.holdout2.kit.Cast2;
import io.taxstream.corpus.holdout2.kit.Money;
import io.taxstream.corpus.holdout2.kit.When;
import io.taxstream.corpus.kit.FinancialYear;
import io.taxstream.corpus.kit.Rupees;
import io.taxstream.corpus.kit.Who;
import io.taxstream.corpus.pdf.Canvas;
import io.taxstream.corpus.pdf.Family;
import io.taxstream.corpus.pdf.Ink;
import io.taxstream.corpus.pdf.Table.Column;
import io.taxstream.corpus.pdf.Table;
import io.taxstream.corpus.util.Rng;
import io.taxstream.corpus.util.Words;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Form 16A: TDS on income other than salary (professional fees u/s 194J, rent u/s 194I, interest u/s
 * 194A), in the TRACES certificate look with quarters, receipt numbers and challans. UNKNOWN for
 * the platform, though it resembles Form 16 Part A and an interest certificate.
 */
public final class Form16ACertificate extends NearMiss {

    @Override
    public String name() {
        return "h2-nm-form-16a";
    }

    @Override
    String producer(Rng rng) {
        return "TRACES";
    }

    @Override
    void draw(Canvas c, Rng rng, LocalDate date) {
        c.newPage();
        Cast2.Firm deductor = Cast2.firm(rng);
        Who deductee = Cast2.folk(rng);
        int fy = FinancialYear.of(date) - 1;
        String[] nature = rng.pickOf(new String[] {"194J", "Fees for professional or technical services"},
                new String[] {"194I(b)", "Rent - land, building or furniture"},
                new String[] {"194A", "Interest other than interest on securities"},
                new String[] {"194H", "Commission or brokerage"});
        double rate = nature[0].equals("194H") ? 0.05 : 0.10;
        Ink ink = Ink.of(Family.HELVETICA, 7.5f);
        Money money = Money.indian("", true);
        When when = When.SLASHED;
        float x = 34;
        float w = c.width() - 2 * x;
        c.center(c.width() / 2, 40, "FORM NO. 16A", ink.bold().size(12));
        c.center(c.width() / 2, 52, "[See rule 31(1)(b)]", ink);
        c.center(c.width() / 2, 63, "Certificate under section 203 of the Income-tax Act, 1961 for tax deducted at "
                + "source", ink.bold());
        Table top = new Table(c, x, List.of(Column.left("Certificate No. " + rng.letters(7), w / 2),
                Column.left("Last updated on " + when.of(date.minusDays(5)), w / 2)), ink, Table.Rules.GRID, 2);
        float y = top.header(72);
        Table parties = new Table(c, x, List.of(Column.left("Name and address of the deductor", w / 2),
                Column.left("Name and address of the deductee", w / 2)), ink, Table.Rules.GRID, 2);
        y = parties.header(y);
        y = parties.row(y, deductor.name() + "\n" + deductor.address().oneLine(), deductee.upper() + "\n"
                + deductee.address().line1() + ", " + deductee.address().city());
        Table ids = new Table(c, x, List.of(Column.center("PAN of the deductor", w / 3),
                Column.center("TAN of the deductor", w / 3), Column.center("PAN of the deductee", w / 3)), ink,
                Table.Rules.GRID, 2);
        y = ids.header(y);
        y = ids.row(y, deductor.pan(), deductor.tan(), deductee.pan());
        Table ay = new Table(c, x, List.of(Column.left("CIT (TDS)", w / 2), Column.center("Assessment Year", w / 6),
                Column.center("Period From", w / 6), Column.center("Period To", w / 6)), ink, Table.Rules.GRID, 2);
        y = ay.header(y);
        y = ay.row(y, "The Commissioner of Income Tax (TDS), " + deductor.town().city(), FinancialYear.span(fy + 1),
                when.of(FinancialYear.first(fy)), when.of(FinancialYear.last(fy)));
        c.text(x, y + 14, "Summary of payment", ink.bold());
        Table pay = new Table(c, x, List.of(Column.center("Sl. No.", w * 0.08f), Column.right("Amount paid/credited",
                w * 0.2f), Column.center("Nature of payment**", w * 0.37f), Column.center("Deductee Reference No.",
                w * 0.15f), Column.center("Date of payment/credit", w * 0.2f)), ink, Table.Rules.GRID, 2);
        y = pay.header(y + 18);
        List<BigDecimal> tds = new ArrayList<>();
        BigDecimal paid = Rupees.ZERO;
        int n = rng.between(2, 6);
        for (int i = 0; i < n; i++) {
            BigDecimal a = rng.rupees(15_000, 300_000, 1);
            paid = paid.add(a);
            tds.add(Rupees.whole(a.doubleValue() * rate));
            y = pay.row(y, String.valueOf(i + 1), money.of(a), nature[0] + " - " + nature[1], "",
                    when.of(FinancialYear.first(fy).plusDays(rng.between(0, 360))));
        }
        y = pay.row(y, ink.bold(), "", money.of(paid), "Total (Rs.)", "", "");
        c.text(x, y + 14, "Summary of tax deducted at source in respect of deductee", ink.bold());
        Table q = new Table(c, x, List.of(Column.center("Quarter", w * 0.15f), Column.center("Receipt Numbers of "
                + "original quarterly statements of TDS", w * 0.41f), Column.right("Amount of tax deducted\nin respect of "
                + "deductee", w * 0.22f), Column.right("Amount of tax deposited/\nremitted", w * 0.22f)), ink,
                Table.Rules.GRID, 2);
        y = q.header(y + 18);
        BigDecimal total = Rupees.sum(tds);
        int quarters = rng.between(1, 4);
        BigDecimal left = total;
        for (int i = 1; i <= quarters; i++) {
            BigDecimal part = i == quarters ? left : Rupees.whole(left.doubleValue() / (quarters - i + 1));
            left = left.subtract(part);
            y = q.row(y, "Q" + i, rng.letters(8), money.of(part), money.of(part));
        }
        y = q.row(y, ink.bold(), "Total (Rs.)", "", money.of(total), money.of(total));
        y += 16;
        y = io.taxstream.corpus.pdf.Chrome.paragraph(c, x, y, w, "Verification: I, " + Cast2.folk(rng).natural()
                + ", in the capacity of Director, do hereby certify that a sum of Rs. " + money.of(total) + " ["
                + Words.rupees(total) + "] has been deducted and deposited to the credit of the Central Government.",
                ink);
        c.text(x, y + 10, "** Nature of payment as per section of the Income-tax Act, 1961. This is not a certificate "
                + "of tax deducted on salary.", ink.plus(-1));
    }
}
