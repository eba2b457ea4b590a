package io.taxstream.corpus.proof;

import io.taxstream.corpus.Layout;
import io.taxstream.corpus.Rendered;
import io.taxstream.corpus.data.Person;
import io.taxstream.corpus.kit.ProofTruth;
import io.taxstream.corpus.pdf.Letter;
import io.taxstream.corpus.pdf.Table.Column;
import io.taxstream.corpus.pdf.Table;
import io.taxstream.corpus.util.Rng;
import io.taxstream.corpus.util.Words;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/** An LIC renewal premium receipt: policy, plan/term, premium, GST and the total paid (the amount). */
public final class LicPremiumReceipt implements Layout {

    private static final List<String> PLANS = List.of("Jeevan Anand 915/21", "New Endowment Plan 914/20",
            "Jeevan Labh 936/16", "Jeevan Umang 945/25", "New Jeevan Anand 915/25", "Bima Jyoti 860/15");

    @Override
    public String docType() {
        return "INVESTMENT_PROOF";
    }

    @Override
    public String name() {
        return "proof-lic-premium-receipt";
    }

    @Override
    public List<Rendered> render(Rng rng) {
        ProofKit k = new ProofKit(rng, 9f, 10.5f);
        Person p = Person.random(rng);
        String policy = rng.number(9);
        BigDecimal premium = rng.rupees(6_000, 120_000, 1);
        BigDecimal gst = premium.multiply(new BigDecimal("0.0225")).setScale(2, RoundingMode.HALF_UP);
        BigDecimal total = premium.add(gst);
        LocalDate paid = k.inYear();
        String issuer = "Life Insurance Corporation of India";
        Letter l = k.letter;
        l.letterhead(issuer.toUpperCase(java.util.Locale.ROOT), List.of("Branch Office: " + rng.number(3) + rng.letters(1)
                + ", " + p.place().city(), "(Established by the Life Insurance Corporation Act, 1956)"));
        l.title("RENEWAL PREMIUM RECEIPT");
        String receipt = rng.number(3) + "/" + rng.digits(8);
        l.pairs(List.of(new String[] {"Receipt No.", receipt}, new String[] {"Date", k.date(paid)},
                new String[] {"Policy No.", policy}, new String[] {"Name", p.upperName()},
                new String[] {"Plan/Term", rng.pick(PLANS) + "/" + rng.between(12, 25)},
                new String[] {"Mode", rng.pickOf("YLY", "HLY", "QLY")},
                new String[] {"Due Date", k.date(paid.minusDays(rng.between(0, 20)))}), 2);
        float w = l.width();
        Table t = l.table(List.of(Column.left("Particulars", w * 0.6f), Column.right("Amount (Rs.)", w * 0.4f)),
                Table.Rules.GRID);
        float y = t.header(l.y() + 8);
        y = t.row(y, "Premium", k.amt(premium));
        y = t.row(y, "GST (CGST + SGST)", k.amt(gst));
        y = t.row(y, k.st.bold(), "Total Amount Received", k.amt(total));
        l.moveTo(y);
        l.paragraph("Received with thanks " + Words.rupees(total) + " towards renewal premium of the above policy. "
                + "The premium paid is eligible for deduction under Section 80C of the Income-tax Act, 1961.");
        l.signature("Branch Manager / Authorised Official");
        l.footnote("This receipt is subject to realisation of the cheque/electronic payment. Mode of payment: "
                + rng.pickOf("NACH", "UPI", "Net Banking", "Cheque"));
        ProofTruth truth = new ProofTruth("LIFE_INSURANCE_PREMIUM", "80C", issuer, p.upperName(), total)
                .reference(policy).paid(paid);
        return List.of(Rendered.pdf(k.save("LIC e-Services", paid), truth.build()));
    }
}
