package io.taxstream.corpus.proof;

import io.taxstream.corpus.Layout;
import io.taxstream.corpus.Rendered;
import io.taxstream.corpus.data.Bank;
import io.taxstream.corpus.data.Person;
import io.taxstream.corpus.kit.ProofTruth;
import io.taxstream.corpus.pdf.Letter;
import io.taxstream.corpus.pdf.Table.Column;
import io.taxstream.corpus.pdf.Table;
import io.taxstream.corpus.util.Rng;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/** A PPF passbook page: deposits in the year, interest on 31 March, running balance; amount = deposits. */
public final class PpfStatement implements Layout {

    @Override
    public String docType() {
        return "INVESTMENT_PROOF";
    }

    @Override
    public String name() {
        return "proof-ppf-passbook";
    }

    @Override
    public List<Rendered> render(Rng rng) {
        ProofKit k = new ProofKit(rng, 9f, 10f);
        Person p = Person.random(rng);
        Bank bank = rng.chance(0.3) ? new Bank("India Post", "IPOS", 10) : Bank.random(rng);
        String account = rng.number(bank.accountDigits());
        BigDecimal balance = rng.rupees(20_000, 1_500_000, 1);
        Letter l = k.letter;
        l.letterhead(bank.name(), List.of("Public Provident Fund Account - Statement of Account"));
        l.pairs(List.of(new String[] {"Account Holder", p.fullName()}, new String[] {"PPF A/c No.", account},
                new String[] {"Financial Year", k.fy()}, new String[] {"Period", k.date(LocalDate.of(k.fyStart, 4, 1)) + " to " + k.date(LocalDate.of(k.fyStart + 1, 3, 31))}), 1);
        float w = l.width();
        Table t = l.table(List.of(Column.left("Date", w * 0.2f), Column.left("Particulars", w * 0.35f),
                Column.right("Deposit", w * 0.2f), Column.right("Balance", w * 0.25f)), k.st.rules());
        float y = t.header(l.y() + 8);
        y = t.row(y, k.date(LocalDate.of(k.fyStart, 4, 1)), "Opening Balance", "", k.amt(balance));
        BigDecimal deposits = BigDecimal.ZERO.setScale(2);
        int n = rng.between(1, 6);
        for (int i = 0; i < n; i++) {
            BigDecimal dep = rng.rupees(500, 150_000 / n, 500);
            deposits = deposits.add(dep);
            balance = balance.add(dep);
            y = t.row(y, k.date(LocalDate.of(k.fyStart, 4, 5).plusMonths(i * 2L)), "By Deposit", k.amt(dep), k.amt(balance));
        }
        BigDecimal interest = balance.multiply(new BigDecimal("0.071")).setScale(0, RoundingMode.HALF_UP).setScale(2);
        balance = balance.add(interest);
        y = t.row(y, k.date(LocalDate.of(k.fyStart + 1, 3, 31)), "Interest @ 7.1%", "", k.amt(balance));
        y = t.row(y, k.st.bold(), "", "Total deposits in the year", k.amt(deposits), "");
        l.moveTo(y);
        l.paragraph("Deposits in PPF are eligible for deduction under Section 80C; interest is exempt under Section 10(11).");
        ProofTruth truth = new ProofTruth("PPF", "80C", bank.name(), p.fullName(), deposits).reference(account)
                .year(k.fyStart);
        return List.of(Rendered.pdf(k.save("CBS Passbook", LocalDate.of(k.fyStart + 1, 4, 2)), truth.build()));
    }
}
