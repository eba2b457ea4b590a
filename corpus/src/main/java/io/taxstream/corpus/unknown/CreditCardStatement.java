package io.taxstream.corpus.unknown;

import io.taxstream.corpus.data.Bank;
import io.taxstream.corpus.data.Person;
import io.taxstream.corpus.pdf.DocStyle;
import io.taxstream.corpus.pdf.Letter;
import io.taxstream.corpus.pdf.Table;
import io.taxstream.corpus.pdf.Table.Column;
import io.taxstream.corpus.util.Rng;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A credit card statement: a transaction table like a bank's, but card dues rather than an account. */
public final class CreditCardStatement extends NearMiss {

    @Override
    public String name() {
        return "unknown-credit-card-statement";
    }

    @Override
    String producer() {
        return "Card Statement Engine";
    }

    @Override
    void draw(Letter l, DocStyle st, Rng rng, LocalDate date) {
        Person p = Person.random(rng);
        Bank bank = Bank.random(rng);
        l.letterhead(bank.name(), List.of("Credit Card Statement"));
        BigDecimal total = BigDecimal.ZERO;
        float w = l.width();
        l.pairs(List.of(new String[] {"Name", p.upperName()}, new String[] {"Card No.", "4" + rng.digits(3) + " XXXX XXXX "
                + rng.digits(4)}, new String[] {"Statement Date", st.dates().format(date)},
                new String[] {"Payment Due Date", st.dates().format(date.plusDays(18))},
                new String[] {"Credit Limit", st.amounts().format(rng.rupees(50_000, 800_000, 10_000))}), 2);
        Table t = l.table(List.of(Column.left("Date", w * 0.15f), Column.left("Transaction Details", w * 0.6f),
                Column.right("Amount (Rs.)", w * 0.25f)), st.rules());
        float y = t.header(l.y() + 8);
        for (int i = 0; i < rng.between(5, 20); i++) {
            BigDecimal a = rng.paise(99, 25_000);
            total = total.add(a);
            y = t.row(y, st.dates().format(date.minusDays(rng.between(1, 30))), rng.pickOf("AMAZON IN", "SWIGGY",
                    "MAKEMYTRIP", "RELIANCE TRENDS", "HP PETROL PUMP", "NETFLIX.COM") + " " + rng.pickOf("BANGALORE",
                    "MUMBAI", "GURGAON"), st.amounts().format(a) + " Dr");
        }
        y = t.row(y, st.bold(), "", "Total Amount Due", st.amounts().format(total));
        l.moveTo(y);
        l.line("Minimum Amount Due: " + st.amounts().format(total.multiply(new BigDecimal("0.05")).setScale(2,
                java.math.RoundingMode.HALF_UP)));
    }
}
