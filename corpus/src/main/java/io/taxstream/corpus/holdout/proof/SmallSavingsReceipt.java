package io.taxstream.corpus.holdout.proof;

import io.taxstream.corpus.Layout;
import io.taxstream.corpus.Rendered;
import io.taxstream.corpus.holdout.kit.Amounts;
import io.taxstream.corpus.holdout.kit.Cast;
import io.taxstream.corpus.holdout.kit.Day;
import io.taxstream.corpus.holdout.kit.Pdfs;
import io.taxstream.corpus.kit.ProofTruth;
import io.taxstream.corpus.kit.Who;
import io.taxstream.corpus.pdf.Canvas;
import io.taxstream.corpus.pdf.Family;
import io.taxstream.corpus.pdf.Ink;
import io.taxstream.corpus.pdf.Table.Column;
import io.taxstream.corpus.pdf.Table;
import io.taxstream.corpus.util.AmountStyle;
import io.taxstream.corpus.util.Rng;
import io.taxstream.corpus.util.Words;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A counter receipt for a deposit into a PPF or a Sukanya Samriddhi account, issued by a post
 * office or an authorised bank: a ruled receipt with the account, depositor, amount in figures
 * and words and the transaction id. PPF is proof kind PPF; Sukanya Samriddhi has no kind of its
 * own and is OTHER; both name section 80C. The depositor (guardian for Sukanya Samriddhi) is the
 * holder: the one who paid and claims the deduction.
 */
public final class SmallSavingsReceipt implements Layout {

    private static final float X = 60;

    @Override
    public String docType() {
        return "INVESTMENT_PROOF";
    }

    @Override
    public String name() {
        return "h-proof-ppf-ssy-receipt";
    }

    @Override
    public List<Rendered> render(Rng rng) {
        boolean ssy = rng.chance(0.45);
        boolean postOffice = rng.chance(0.5);
        Who p = Cast.person(rng);
        String issuer = postOffice ? "Department of Posts, India" : rng.pickOf("State Bank of India", "Bank of Baroda",
                "Punjab National Bank", "ICICI Bank", "Axis Bank Limited", "Indian Overseas Bank");
        String office = postOffice ? p.place().city() + " " + rng.pickOf("H.O.", "S.O.", "Head Post Office")
                : p.address().locality() + " Branch";
        LocalDate paid = LocalDate.of(rng.between(2021, 2025), rng.between(1, 12), rng.between(1, 28));
        BigDecimal amount = rng.rupees(500, 150_000, 500);
        Ink ink = Ink.of(rng.pickOf(Family.HELVETICA, Family.COURIER), 9f);
        AmountStyle money = Amounts.style(rng);
        Day day = rng.pickOf(Day.SLASHED, Day.DASHED, Day.DOTTED);
        String account = postOffice ? rng.number(10) : rng.number(11);
        String holder = p.upper();
        String girl = rng.pickOf("Aarohi", "Ishani", "Mrunal", "Saanvi", "Kritika", "Tanishka", "Divija", "Nivedita");
        String child = (p.family().isEmpty() ? p.initial() + " " + girl : girl + " " + p.family())
                .toUpperCase(Locale.ROOT);
        Canvas c = Canvas.a4();
        c.newPage();
        float w = c.width() - 2 * X;
        c.box(X - 12, 30, w + 24, 360);
        c.center(c.width() / 2, 52, issuer.toUpperCase(Locale.ROOT), ink.bold().size(13));
        c.center(c.width() / 2, 66, office + (postOffice ? "" : "  (Authorised Bank - Small Savings Schemes)"), ink);
        c.center(c.width() / 2, 88, ssy ? "SUKANYA SAMRIDDHI ACCOUNT - DEPOSIT RECEIPT"
                : "PUBLIC PROVIDENT FUND (PPF) - DEPOSIT RECEIPT", ink.bold().plus(1.5f));
        c.hline(X, c.width() - X, 96);
        Table t = new Table(c, X, List.of(Column.left("", w * 0.46f), Column.left("", w * 0.54f)), ink, Table.Rules.GRID,
                5);
        float y = 106;
        String txn = rng.letters(1) + rng.digits(9);
        y = t.row(y, "Transaction ID", txn);
        y = t.row(y, "Date of Deposit", day.format(paid));
        y = t.row(y, "Account Number", account);
        if (ssy) {
            y = t.row(y, "Name of the Girl Child (Account Holder)", child);
            y = t.row(y, "Name of Guardian / Depositor", holder);
        } else {
            y = t.row(y, "Name of the Depositor", holder);
        }
        y = t.row(y, "PAN of Depositor", p.pan());
        y = t.row(y, "Amount Deposited (Rs.)", money.format(amount));
        y = t.row(y, "Amount in Words", Words.rupees(amount));
        y = t.row(y, "Mode of Deposit", rng.pickOf("Cash", "Cheque No. " + rng.digits(6), "Online Transfer",
                "Transfer from SB A/c"));
        y += 12;
        c.text(X, y + 8, "Deposits in this account qualify for deduction under Section 80C of the Income Tax Act, 1961.",
                ink.plus(-1));
        c.text(X, y + 40, "Counter Clerk", ink);
        c.right(c.width() - X, y + 40, postOffice ? "Postmaster" : "Authorised Officer", ink.bold());
        ProofTruth f = new ProofTruth(ssy ? "OTHER" : "PPF", "80C", issuer.toUpperCase(Locale.ROOT), holder, amount)
                .pan(p.pan()).reference(account).paid(paid);
        return List.of(Rendered.pdf(Pdfs.save(c, postOffice ? "India Post CBS" : "Branch Teller", paid, rng), f.build()));
    }
}
