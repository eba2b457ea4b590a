package io.taxstream.corpus.holdout2.unknown;

import io.taxstream.corpus.data.Bank;
import io.taxstream.corpus.holdout2.kit.Cast2;
import io.taxstream.corpus.holdout2.kit.Money;
import io.taxstream.corpus.holdout2.kit.When;
import io.taxstream.corpus.kit.Rupees;
import io.taxstream.corpus.kit.Who;
import io.taxstream.corpus.pdf.Canvas;
import io.taxstream.corpus.pdf.Family;
import io.taxstream.corpus.pdf.Ink;
import io.taxstream.corpus.util.Rng;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A bank's acknowledgement of a cheque book request: account, IFSC, leaves, charges, dispatch. Not a statement. */
public final class ChequeBookRequest extends NearMiss {

    @Override
    public String name() {
        return "h2-nm-cheque-book-request";
    }

    @Override
    String producer(Rng rng) {
        return "Finacle Service Request";
    }

    @Override
    void draw(Canvas c, Rng rng, LocalDate date) {
        c.newPage();
        Bank bank = rng.pick(Cast2.BANKS);
        Who holder = Cast2.folk(rng);
        Bank.Branch branch = Cast2.branch(rng, bank, holder.place());
        Ink ink = Ink.of(rng.pickOf(Family.HELVETICA, Family.TIMES), 9.5f);
        When when = When.any(rng);
        Money money = Money.indian("₹ ", true);
        float x = 60;
        c.text(x, 60, bank.name(), ink.bold().size(16));
        c.text(x, 76, "Service Request Acknowledgement", ink.size(11));
        c.line(x, 84, c.width() - x, 84, 1f);
        int leaves = rng.pickOf(25, 50, 100);
        BigDecimal charge = Rupees.rupees(leaves == 25 ? 0 : leaves == 50 ? 75 : 200);
        BigDecimal gst = charge.multiply(new BigDecimal("0.18")).setScale(2);
        String[][] kv = {{"Service Request No.", "SR" + rng.number(10)}, {"Request Date", when.of(date)},
            {"Request Type", "Cheque Book Issue (Multi-city, CTS-2010)"},
            {"Account Number", rng.number(bank.accountDigits())}, {"Account Holder", holder.upper()},
            {"IFSC / Branch", branch.ifsc() + " / " + branch.name() + ", " + branch.address().city()},
            {"Number of Leaves", String.valueOf(leaves)},
            {"Charges", money.of(charge) + " + GST " + money.of(gst) + " = " + money.of(charge.add(gst))},
            {"Delivery Address", holder.address().oneLine()},
            {"Status", "Dispatched by Speed Post, AWB " + rng.letters(2) + rng.number(9) + "IN on "
                + when.of(date.plusDays(rng.between(1, 4)))}};
        float y = 110;
        for (String[] r : kv) {
            c.text(x, y, r[0], ink);
            c.text(x + 140, y, ": " + r[1], ink.bold());
            y += 18;
        }
        c.text(x, y + 20, "Charges, if any, will be debited to your account. Cheque book will be delivered within 7 "
                + "working days.", ink.plus(-1));
        c.text(x, y + 34, "For any query call 1800 " + rng.digits(3) + " " + rng.digits(4) + ".", ink.plus(-1));
    }
}
