package io.taxstream.corpus.holdout2.proof;

import io.taxstream.corpus.Layout;
import io.taxstream.corpus.Rendered;
import io.taxstream.corpus.data.Bank;
import io.taxstream.corpus.data.Ids;
import io.taxstream.corpus.holdout2.kit.Cast2;
import io.taxstream.corpus.holdout2.kit.Money;
import io.taxstream.corpus.holdout2.kit.Save;
import io.taxstream.corpus.holdout2.kit.When;
import io.taxstream.corpus.kit.FinancialYear;
import io.taxstream.corpus.kit.ProofTruth;
import io.taxstream.corpus.kit.Rupees;
import io.taxstream.corpus.kit.Who;
import io.taxstream.corpus.pdf.Canvas;
import io.taxstream.corpus.pdf.Family;
import io.taxstream.corpus.pdf.Ink;
import io.taxstream.corpus.util.Rng;
import io.taxstream.corpus.util.Words;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * An internet-banking e-receipt for a deposit into a PPF account: a framed two-column list of the
 * transaction (type, reference, debit account masked, PPF account, holder, amount in figures and
 * words, date and time, status, remarks). The proof's reference is the PPF account number.
 */
public final class PpfOnlineReceipt implements Layout {

    @Override
    public String docType() {
        return "INVESTMENT_PROOF";
    }

    @Override
    public String name() {
        return "h2-proof-ppf-ereceipt";
    }

    @Override
    public List<Rendered> render(Rng rng) {
        String[] psu = rng.pick(Cast2.PSU_BILINGUAL);
        Bank bank = rng.chance(0.6) ? new Bank(psu[0], psu[2], 15) : rng.pick(Cast2.BANKS.subList(9, 15));
        Who holder = Cast2.folk(rng);
        LocalDate date = LocalDate.of(rng.between(2021, 2025), rng.between(1, 12), rng.between(1, 28));
        int fy = FinancialYear.of(date);
        BigDecimal amount = rng.chance(0.3) ? Rupees.rupees(150_000) : Rupees.rupees(rng.between(5, 1_490) * 100L);
        Ink ink = Ink.of(rng.pickOf(Family.HELVETICA, Family.TIMES), 9f);
        Money money = Money.indian(rng.pickOf("INR ", "₹ ", "Rs. "), true);
        When when = rng.pickOf(When.DD_MMM_YYYY, When.SLASHED, When.ISO);
        Canvas c = Canvas.a4();
        c.newPage();
        float x = 60;
        float w = c.width() - 2 * x;
        c.text(x, 56, bank.name(), ink.bold().size(15));
        c.text(x, 70, "Internet Banking", ink);
        c.center(c.width() / 2, 104, rng.pickOf("e-Receipt", "Transaction Acknowledgement", "Payment Receipt"),
                ink.bold().size(13));
        c.center(c.width() / 2, 118, "Your transaction has been processed successfully.", ink);
        String ppf = rng.number(11);
        String name = rng.chance(0.5) ? holder.upper() : holder.natural();
        boolean remarks = rng.chance(0.6);
        List<String[]> kv = new ArrayList<>(List.of(new String[] {"Transaction Type", "PPF Deposit (Self)"},
                new String[] {"Transaction Reference No.", rng.pickOf("IR", "IB", "TR") + rng.number(9)},
                new String[] {"Debit Account", Ids.mask(rng.number(bank.accountDigits()))},
                new String[] {"PPF Account Number", ppf}, new String[] {"PPF Account Holder", name},
                new String[] {"Amount", money.of(amount)}, new String[] {"Amount in words", Words.rupees(amount)},
                new String[] {"Date & Time", when.of(date) + " " + LocalTime.of(rng.between(8, 22), rng.between(0, 59),
                    rng.between(0, 59))},
                new String[] {"Status", "Success"}));
        if (remarks) {
            kv.add(new String[] {"Remarks", "PPF contribution for FY " + FinancialYear.span(fy)});
        }
        float y = 140;
        c.box(x, y, w, kv.size() * 20 + 10);
        for (String[] r : kv) {
            y += 20;
            c.text(x + 12, y, r[0], ink);
            c.text(x + w * 0.4f, y, r[1], ink.bold());
            c.hline(x, x + w, y + 6);
        }
        boolean note = rng.chance(0.5);
        if (note) {
            c.text(x, y + 34, "Deposits in PPF qualify for deduction u/s 80C, subject to the overall limit of "
                    + "Rs. 1,50,000 in a financial year.", ink.plus(-1));
        }
        c.text(x, y + 50, "Please retain this receipt for your records. This is a computer generated receipt.",
                ink.plus(-1));
        ProofTruth t = new ProofTruth("PPF", note ? "80C" : null, bank.name(), name, amount).reference(ppf).paid(date);
        if (remarks) {
            t.year(fy);
        }
        return List.of(Rendered.pdf(Save.pdf(c, bank.name() + " Internet Banking", date, rng), t.build()));
    }
}
