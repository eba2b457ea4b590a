package io.taxstream.corpus.proof;

import io.taxstream.corpus.Layout;
import io.taxstream.corpus.Rendered;
import io.taxstream.corpus.data.Person;
import io.taxstream.corpus.kit.ProofTruth;
import io.taxstream.corpus.pdf.Letter;
import io.taxstream.corpus.pdf.Table.Column;
import io.taxstream.corpus.pdf.Table;
import io.taxstream.corpus.util.Rng;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** An NPS (CRA) contribution statement for Tier I, claimed under 80CCD(1B); the amount is the year's total. */
public final class NpsStatement implements Layout {

    @Override
    public String docType() {
        return "INVESTMENT_PROOF";
    }

    @Override
    public String name() {
        return "proof-nps-contribution";
    }

    @Override
    public List<Rendered> render(Rng rng) {
        ProofKit k = new ProofKit(rng, 8.5f, 9.5f);
        Person p = Person.random(rng);
        String issuer = rng.pickOf("Protean eGov Technologies Limited", "KFin Technologies Limited (CRA)",
                "CAMS CRA");
        String pran = "1" + rng.digits(11);
        Letter l = k.letter;
        l.letterhead("National Pension System (NPS)", List.of("Central Recordkeeping Agency: " + issuer));
        l.title("Contribution Statement - Tier I - FY " + k.fy());
        l.pairs(List.of(new String[] {"PRAN", pran}, new String[] {"Subscriber Name", p.upperName()},
                new String[] {"PAN", p.pan()}, new String[] {"Sector", "All Citizen Model"}), 2);
        float w = l.width();
        Table t = l.table(List.of(Column.left("Date", w * 0.2f), Column.left("Particulars", w * 0.5f),
                Column.right("Amount (Rs.)", w * 0.3f)), k.st.rules());
        float y = t.header(l.y() + 8);
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        int n = rng.between(1, 5);
        for (int i = 0; i < n; i++) {
            BigDecimal amt = rng.rupees(1_000, 50_000 / n, 500);
            total = total.add(amt);
            y = t.row(y, k.date(LocalDate.of(k.fyStart, 5, 10).plusMonths(i * 2L)), "By Voluntary Contribution - "
                    + rng.pickOf("eNPS", "POP-SP", "D-Remit"), k.amt(amt));
        }
        y = t.row(y, k.st.bold(), "", "Total Tier I contribution", k.amt(total));
        l.moveTo(y);
        l.paragraph("Own contribution to Tier I is eligible for deduction under section 80CCD(1) within the 80CCE "
                + "limit, and up to Rs. 50,000 additionally under section 80CCD(1B).");
        ProofTruth truth = new ProofTruth("NPS", "80CCD(1B)", issuer, p.upperName(), total).pan(p.pan())
                .reference(pran).year(k.fyStart);
        return List.of(Rendered.pdf(k.save("CRA Statement Engine", LocalDate.of(k.fyStart + 1, 4, 12)), truth.build()));
    }
}
