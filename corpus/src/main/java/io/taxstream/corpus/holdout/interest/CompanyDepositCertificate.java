package io.taxstream.corpus.holdout.interest;

import io.taxstream.corpus.Layout;
import io.taxstream.corpus.Rendered;
import io.taxstream.corpus.data.Bank;
import io.taxstream.corpus.holdout.interest.DepositYear.Deposit;
import io.taxstream.corpus.holdout.kit.Amounts;
import io.taxstream.corpus.holdout.kit.Cast;
import io.taxstream.corpus.holdout.kit.Day;
import io.taxstream.corpus.holdout.kit.Pdfs;
import io.taxstream.corpus.holdout.kit.Years;
import io.taxstream.corpus.pdf.Canvas;
import io.taxstream.corpus.pdf.Chrome;
import io.taxstream.corpus.pdf.Family;
import io.taxstream.corpus.pdf.Ink;
import io.taxstream.corpus.pdf.Table;
import io.taxstream.corpus.pdf.Table.Column;
import io.taxstream.corpus.util.AmountStyle;
import io.taxstream.corpus.util.Rng;
import io.taxstream.corpus.util.Truth;
import java.util.List;
import java.util.Locale;

/**
 * A deposit-taking finance company's interest certificate for its fixed deposits: first and joint
 * holders, FDR numbers with scheme, dates and rate, and Interest, TDS u/s 194A and Net Interest
 * columns (the net column is not the interest). The company stands where a bank would.
 */
public final class CompanyDepositCertificate implements Layout {

    private static final float X = 40;
    private static final List<String> COMPANIES = List.of("Bajaj Finance Limited", "Shriram Finance Limited",
            "Mahindra & Mahindra Financial Services Limited", "Sundaram Finance Limited",
            "LIC Housing Finance Limited", "PNB Housing Finance Limited", "ICICI Home Finance Company Limited");

    @Override
    public String docType() {
        return "INTEREST_CERTIFICATE";
    }

    @Override
    public String name() {
        return "h-interest-company-deposit";
    }

    @Override
    public List<Rendered> render(Rng rng) {
        String company = rng.pick(COMPANIES);
        Bank issuer = new Bank(company, "XXXX", 12);
        DepositYear d = DepositYears.random(rng, issuer, List.of("FD"), rng.between(1, 4), rng.chance(0.2));
        Ink ink = Ink.of(rng.pickOf(Family.HELVETICA, Family.TIMES), 8.5f);
        AmountStyle money = Amounts.style(rng);
        Day day = Day.compact(rng);
        Canvas c = Canvas.a4();
        c.newPage();
        float w = c.width() - 2 * X;
        c.text(X, 46, company, ink.bold().size(14));
        c.text(X, 59, "Deposits Division  |  CIN: L" + rng.digits(5) + "MH" + rng.digits(4) + "PLC" + rng.digits(6)
                + "  |  Registered Office: " + Cast.place(rng).city(), ink.plus(-1.5f));
        c.line(X, 66, c.width() - X, 66, 1f);
        c.center(c.width() / 2, 86, "INTEREST CERTIFICATE - FIXED DEPOSITS", ink.bold().size(11));
        c.center(c.width() / 2, 99, "Financial Year " + Years.printed(rng, d.fyStart()), ink);
        String first = d.depositor().upper();
        String joint = Cast.person(rng).upper();
        Table who = new Table(c, X, List.of(Column.left("", 120), Column.left("", w - 120)), ink, Table.Rules.NONE, 1);
        float y = 108;
        y = who.row(y, "First Holder", ": " + first);
        if (rng.chance(0.5)) {
            y = who.row(y, "Joint Holder", ": " + joint);
        }
        y = who.row(y, "PAN (First Holder)", ": " + d.depositor().pan());
        y = who.row(y, "Customer ID", ": " + d.customerId());
        y = who.row(y, "Address", ": " + d.depositor().address().oneLine());
        y = who.row(y, "Form 15G / 15H", ": " + (d.form15() ? "Received for the year" : "Not received"));
        y += 10;
        Table t = new Table(c, X, List.of(Column.left("FDR No.", w * 0.15f), Column.center("Type", w * 0.05f),
                Column.left("Scheme", w * 0.13f), Column.center("Deposit\nDate", w * 0.1f),
                Column.center("Maturity\nDate", w * 0.1f), Column.right("ROI %", w * 0.06f),
                Column.right("Interest (Rs.)", w * 0.15f), Column.right("TDS u/s 194A\n(Rs.)", w * 0.12f),
                Column.right("Net Interest\n(Rs.)", w * 0.14f)), ink, Table.Rules.GRID);
        y = t.header(y);
        for (Deposit x : d.deposits()) {
            y = t.row(y, x.account(), x.type(), rng.pickOf("Cumulative", "Non-Cum. Qtly",
                    "Non-Cum. Mthly"), day.format(x.opened()), day.format(x.maturity()),
                    x.rate().toPlainString(), money.format(x.interest()), money.format(x.tds()),
                    money.format(x.interest().subtract(x.tds())));
        }
        y = t.row(y, ink.bold(), "Total", "", "", "", "", "", money.format(d.totalInterest()), money.format(d.totalTds()),
                money.format(d.totalInterest().subtract(d.totalTds())));
        Truth truth = InterestTruths.of(d, company, first, true, true);
        y = Chrome.paragraph(c, X, y + 16, w, "Interest on cumulative deposits is credited to the deposit and is "
                + "shown for the year on accrual basis; tax is deducted on it under section 194A. TDS has been "
                + "deposited with the Government and reported in the quarterly statements in the first holder's PAN.",
                ink);
        c.text(X, y + 20, "Issued on " + day.format(d.issued()) + ". This is a computer generated certificate.",
                ink);
        c.right(c.width() - X, y + 46, "For " + company.toUpperCase(Locale.ROOT), ink.bold());
        return List.of(Rendered.pdf(Pdfs.save(c, "Deposits Servicing", d.issued(), rng), truth.build()));
    }
}
