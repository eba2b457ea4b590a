package io.taxstream.corpus.holdout.proof;

import io.taxstream.corpus.Layout;
import io.taxstream.corpus.Rendered;
import io.taxstream.corpus.holdout.kit.Amounts;
import io.taxstream.corpus.holdout.kit.Cast;
import io.taxstream.corpus.holdout.kit.Day;
import io.taxstream.corpus.holdout.kit.Pdfs;
import io.taxstream.corpus.kit.FinancialYear;
import io.taxstream.corpus.kit.ProofTruth;
import io.taxstream.corpus.kit.Rupees;
import io.taxstream.corpus.kit.Who;
import io.taxstream.corpus.pdf.Canvas;
import io.taxstream.corpus.pdf.Family;
import io.taxstream.corpus.pdf.Ink;
import io.taxstream.corpus.pdf.KeyValueGrid;
import io.taxstream.corpus.pdf.Table.Column;
import io.taxstream.corpus.pdf.Table;
import io.taxstream.corpus.util.AmountStyle;
import io.taxstream.corpus.util.Rng;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A central recordkeeping agency's NPS transaction statement for an individual subscriber:
 * Tier I and Tier II contributions in separate tables with NAV and units, and a summary of the
 * year's Tier I contribution (the proof's amount; Tier II is not eligible). No section is named.
 */
public final class NpsTierOneStatement implements Layout {

    private static final float X = 40;
    private static final List<String> CRAS = List.of("Protean eGov Technologies Limited",
            "KFin Technologies Limited", "Computer Age Management Services Limited");

    @Override
    public String docType() {
        return "INVESTMENT_PROOF";
    }

    @Override
    public String name() {
        return "h-proof-nps-tier1";
    }

    @Override
    public List<Rendered> render(Rng rng) {
        String cra = rng.pick(CRAS);
        Who p = Cast.person(rng);
        int fy = rng.between(2021, 2024);
        Ink ink = Ink.of(Family.HELVETICA, 8f);
        AmountStyle money = Amounts.bankStyle(rng).withPrefix(rng.pickOf("", "₹ "));
        AmountStyle plain = Amounts.bankStyle(rng);
        Day day = rng.pickOf(Day.MON_SHORT_YEAR, Day.SLASHED, Day.SPACED);
        String pran = "1" + rng.digits(11);
        String holder = p.upper();
        Canvas c = Canvas.a4();
        c.newPage();
        float w = c.width() - 2 * X;
        c.text(X, 44, "National Pension System (NPS)", ink.bold().size(13));
        c.text(X, 58, "Central Recordkeeping Agency: " + cra, ink);
        c.right(c.width() - X, 44, "Transaction Statement", ink.bold().size(12));
        c.right(c.width() - X, 58, "For the period " + day.format(LocalDate.of(fy, 4, 1)) + " to "
                + day.format(LocalDate.of(fy + 1, 3, 31)), ink);
        c.line(X, 66, c.width() - X, 66, 1f);
        float y = KeyValueGrid.draw(c, X, 70, w, 2, List.of(new String[] {"PRAN", pran},
                new String[] {"Subscriber Name", holder}, new String[] {"Registration Date",
                    day.format(LocalDate.of(fy - rng.between(1, 8), rng.between(1, 12), rng.between(1, 28)))},
                new String[] {"Sector", "All Citizen Model"}, new String[] {"Mobile", "XXXXXX" + p.mobile().substring(6)},
                new String[] {"Tier II Status", "Active"}), ink, " : ", true);
        BigDecimal tier1 = Rupees.ZERO;
        y += 8;
        c.text(X, y, "Tier I - Contribution / Redemption Details", ink.bold().plus(1));
        Table t1 = table(c, w, ink);
        y = t1.header(y + 5);
        int n1 = rng.between(1, 6);
        List<LocalDate> dates = dates(rng, fy, n1);
        for (LocalDate d : dates) {
            BigDecimal amt = rng.rupees(1_000, 50_000, 500);
            tier1 = tier1.add(amt);
            y = row(t1, y, d, amt, rng, day, money, plain);
        }
        y = t1.row(y, ink.bold(), "", "Total Tier I contribution", "", money.format(tier1), "", "");
        y += 12;
        c.text(X, y, "Tier II - Contribution / Redemption Details", ink.bold().plus(1));
        Table t2 = table(c, w, ink);
        y = t2.header(y + 5);
        BigDecimal tier2 = Rupees.ZERO;
        for (LocalDate d : dates(rng, fy, rng.between(1, 3))) {
            BigDecimal amt = rng.rupees(1_000, 40_000, 1_000);
            tier2 = tier2.add(amt);
            y = row(t2, y, d, amt, rng, day, money, plain);
        }
        y = t2.row(y, ink.bold(), "", "Total Tier II contribution", "", money.format(tier2), "", "");
        y += 16;
        c.text(X, y, "Summary of contributions for Financial Year " + FinancialYear.span(fy), ink.bold().plus(1));
        Table s = new Table(c, X, List.of(Column.left("", w * 0.6f), Column.right("", w * 0.25f)), ink,
                Table.Rules.GRID);
        y = s.row(y + 5, "Tier I - Contribution by subscriber", money.format(tier1));
        y = s.row(y, "Tier II - Contribution by subscriber (not eligible for tax benefit)", money.format(tier2));
        c.text(X, y + 20, "Note: Units are allotted at the NAV of the date on which funds are realised by the Trustee "
                + "Bank. This is a system generated statement.", ink.plus(-1));
        ProofTruth t = new ProofTruth("NPS", null, cra, holder, tier1).reference(pran).year(fy);
        return List.of(Rendered.pdf(Pdfs.save(c, "CRA Statement Service", LocalDate.of(fy + 1, 4, 10), rng),
                t.build()));
    }

    private static Table table(Canvas c, float w, Ink ink) {
        return new Table(c, X, List.of(Column.left("Date", w * 0.13f), Column.left("Particulars", w * 0.32f),
                Column.left("Uploaded By", w * 0.15f), Column.right("Amount", w * 0.14f), Column.right("NAV", w * 0.11f),
                Column.right("Units", w * 0.15f)), ink, Table.Rules.HORIZONTAL);
    }

    private static List<LocalDate> dates(Rng rng, int fy, int n) {
        List<LocalDate> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(LocalDate.of(fy, 4, 1).plusDays(rng.between(0, 364)));
        }
        out.sort(null);
        return out;
    }

    private static float row(Table t, float y, LocalDate d, BigDecimal amt, Rng rng, Day day, AmountStyle money,
            AmountStyle plain) {
        BigDecimal nav = BigDecimal.valueOf(rng.between(1_500, 6_500), 2);
        BigDecimal units = amt.divide(nav, 4, RoundingMode.HALF_UP);
        return t.row(y, day.format(d), rng.pickOf("By Voluntary Contributions", "By Contribution (eNPS)",
                "By Contribution - D-Remit"), rng.pickOf("eNPS", "POP-SP", "D-Remit"), money.format(amt),
                plain.format(nav), units.toPlainString());
    }
}
