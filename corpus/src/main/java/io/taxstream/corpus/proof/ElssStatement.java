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
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/** An ELSS (tax saver) fund's statement of purchases in the year; the amount is the total invested. */
public final class ElssStatement implements Layout {

    private static final List<String> FUNDS = List.of("Mirae Asset ELSS Tax Saver Fund - Direct Plan Growth",
            "Axis ELSS Tax Saver Fund - Regular Growth", "Quant ELSS Tax Saver Fund - Growth",
            "Canara Robeco ELSS Tax Saver - Direct Growth", "SBI Long Term Equity Fund - Regular Plan Growth");

    @Override
    public String docType() {
        return "INVESTMENT_PROOF";
    }

    @Override
    public String name() {
        return "proof-elss-statement";
    }

    @Override
    public List<Rendered> render(Rng rng) {
        ProofKit k = new ProofKit(rng, 8.5f, 9.5f);
        Person p = Person.random(rng);
        String fund = rng.pick(FUNDS);
        String amc = fund.split(" ")[0] + " " + fund.split(" ")[1] + " Mutual Fund";
        String folio = rng.number(8) + "/" + rng.digits(2);
        int sips = rng.between(1, 12);
        BigDecimal sip = rng.rupees(500, 12_500, 500);
        Letter l = k.letter;
        l.letterhead(amc, List.of("Account Statement for ELSS investments - Financial Year " + k.fy()));
        l.pairs(List.of(new String[] {"Investor", p.upperName()}, new String[] {"Folio No.", folio},
                new String[] {"PAN", p.pan()}, new String[] {"Scheme", fund}), 1);
        float w = l.width();
        Table t = l.table(List.of(Column.left("Date", w * 0.18f), Column.left("Transaction", w * 0.3f),
                Column.right("Amount", w * 0.18f), Column.right("NAV", w * 0.14f), Column.right("Units", w * 0.2f)),
                k.st.rules());
        float y = t.header(l.y() + 8);
        for (int i = 0; i < sips; i++) {
            LocalDate d = LocalDate.of(k.fyStart, 4, rng.between(1, 28)).plusMonths(i);
            BigDecimal nav = BigDecimal.valueOf(rng.between(2_000, 15_000), 2);
            y = t.row(y, k.date(d), sips > 1 ? "SIP Purchase" : "Purchase", k.amt(sip), nav.toPlainString(),
                    sip.divide(nav, 3, RoundingMode.HALF_UP).toPlainString());
        }
        BigDecimal total = sip.multiply(BigDecimal.valueOf(sips));
        y = t.row(y, k.st.bold(), "", "Total invested", k.amt(total), "", "");
        l.moveTo(y);
        l.paragraph("Investments in ELSS are subject to a lock-in of 3 years and are eligible for deduction under "
                + "Section 80C of the Income-tax Act, 1961.");
        ProofTruth truth = new ProofTruth("ELSS", "80C", amc, p.upperName(), total).pan(p.pan()).reference(folio)
                .year(k.fyStart);
        return List.of(Rendered.pdf(k.save("CAMS Online", LocalDate.of(k.fyStart + 1, 4, 5)), truth.build()));
    }
}
