package io.taxstream.corpus.holdout.interest;

import io.taxstream.corpus.Layout;
import io.taxstream.corpus.Rendered;
import io.taxstream.corpus.data.Bank;
import io.taxstream.corpus.holdout.interest.DepositYear.Deposit;
import io.taxstream.corpus.holdout.kit.Amounts;
import io.taxstream.corpus.holdout.kit.Cast;
import io.taxstream.corpus.holdout.kit.Day;
import io.taxstream.corpus.holdout.kit.Pdfs;
import io.taxstream.corpus.pdf.Canvas;
import io.taxstream.corpus.pdf.Chrome;
import io.taxstream.corpus.pdf.Family;
import io.taxstream.corpus.pdf.Flow;
import io.taxstream.corpus.pdf.Ink;
import io.taxstream.corpus.pdf.Table;
import io.taxstream.corpus.pdf.Table.Column;
import io.taxstream.corpus.util.AmountStyle;
import io.taxstream.corpus.util.DateStyle;
import io.taxstream.corpus.util.Rng;
import io.taxstream.corpus.util.Truth;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A co-operative or public-sector bank's certificate that lists, for each account, the interest
 * and TDS of every quarter with a total for the account, then a grand total; with Form 15G/15H
 * on record the TDS column is all zero and a note says why.
 */
public final class QuarterlyCertificate implements Layout {

    private static final float X = 50;

    @Override
    public String docType() {
        return "INTEREST_CERTIFICATE";
    }

    @Override
    public String name() {
        return "h-interest-quarterly";
    }

    @Override
    public List<Rendered> render(Rng rng) {
        Bank bank = rng.pickOf(Cast.BANKS.get(8), Cast.BANKS.get(17), Cast.BANKS.get(9), Cast.BANKS.get(10),
                Cast.BANKS.get(12), Cast.PSU_BANKS.get(7), Cast.PSU_BANKS.get(9));
        boolean form15 = rng.chance(0.3);
        DepositYear d = DepositYears.random(rng, bank, List.of("FD", "RD", "SB", "FD"), rng.between(1, 4), form15);
        Ink ink = Ink.of(rng.pickOf(Family.TIMES, Family.HELVETICA), 9f);
        AmountStyle money = Amounts.style(rng);
        Day day = Day.any(rng);
        Canvas c = Canvas.a4();
        c.newPage();
        float w = c.width() - 2 * X;
        float mid = c.width() / 2;
        c.center(mid, 46, bank.name().toUpperCase(Locale.ROOT), ink.bold().size(15));
        c.center(mid, 60, "(Scheduled Bank)  " + d.branch().name() + " Branch, " + d.branch().address().city(),
                ink.plus(-0.5f));
        c.line(X, 68, c.width() - X, 68, 0.8f);
        c.center(mid, 86, "CERTIFICATE OF INTEREST PAID AND TAX DEDUCTED AT SOURCE", ink.bold().plus(1.5f));
        c.center(mid, 99, "F.Y. " + d.financialYear() + "  (" + DateStyle.monthName(4) + " " + d.fyStart() + " to "
                + DateStyle.monthName(3) + " " + (d.fyStart() + 1) + ")", ink);
        String name = d.depositor().upper();
        Table who = new Table(c, X, List.of(Column.left("", 130), Column.left("", w - 130)), ink, Table.Rules.NONE, 1);
        float y = 110;
        y = who.row(y, "Name of the Depositor", ": " + name);
        y = who.row(y, "Address", ": " + d.depositor().address().oneLine());
        y = who.row(y, "PAN", ": " + d.depositor().pan());
        y = who.row(y, "Customer No.", ": " + d.customerId());
        Flow f = new Flow(c, 40, 50);
        f.moveTo(y + 10);
        for (Deposit x : d.deposits()) {
            f.ensure(110);
            c.text(X, f.y() + 10, "A/c No. " + x.account() + "  -  " + x.type() + "  (" + describe(x, day) + ")",
                    ink.bold());
            f.down(14);
            Table t = new Table(c, X + 10, List.of(Column.left("Quarter", 60), Column.left("Period", 150),
                    Column.right("Interest (Rs.)", 120), Column.right("TDS (Rs.)", 100)), ink, Table.Rules.HORIZONTAL);
            f.moveTo(t.header(f.y()));
            for (int q = 0; q < 4; q++) {
                f.moveTo(t.row(f.y(), "Q" + (q + 1), period(d.fyStart(), q), money.format(x.quarters().get(q)),
                        money.format(x.quarterTds().get(q))));
            }
            f.moveTo(t.row(f.y(), ink.bold(), "", "Total for the account", money.format(x.interest()),
                    money.format(x.tds())));
            f.down(8);
        }
        f.ensure(80);
        c.line(X, f.y(), c.width() - X, f.y(), 1f);
        f.down(4);
        Table g = new Table(c, X + 10, List.of(Column.left("", 210), Column.right("", 120), Column.right("", 100)),
                ink.bold(), Table.Rules.NONE);
        f.moveTo(g.row(f.y(), "GRAND TOTAL (all accounts)", money.format(d.totalInterest()),
                money.format(d.totalTds())));
        Truth truth = InterestTruths.of(d, bank.name().toUpperCase(Locale.ROOT), name, true, true);
        f.down(6);
        if (form15) {
            f.moveTo(Chrome.paragraph(c, X, f.y() + 10, w, "Form 15G/15H has been submitted by the depositor for "
                    + "the financial year; hence no tax has been deducted at source.", ink.bold()));
        }
        f.moveTo(Chrome.paragraph(c, X, f.y() + 10, w, "Savings bank interest is shown for information; it is "
                + "not subject to TDS. This certificate is issued at the request of the depositor on "
                + day.format(d.issued()) + ".", ink));
        c.right(c.width() - X, f.y() + 40, "Manager", ink.bold());
        return List.of(Rendered.pdf(Pdfs.save(c, "Core Banking Reports", d.issued(), rng), truth.build()));
    }

    private static String describe(Deposit x, Day day) {
        if (x.maturity() == null) {
            return "Savings, rate " + x.rate().toPlainString() + "% p.a.";
        }
        return "opened " + day.format(x.opened()) + ", matures " + day.format(x.maturity()) + ", "
                + x.rate().toPlainString() + "% p.a.";
    }

    private static String period(int fy, int q) {
        LocalDate s = LocalDate.of(fy, 4, 1).plusMonths(3L * q);
        LocalDate e = s.plusMonths(2);
        return DateStyle.abbr(s) + " - " + DateStyle.abbr(e) + " " + e.getYear();
    }
}
