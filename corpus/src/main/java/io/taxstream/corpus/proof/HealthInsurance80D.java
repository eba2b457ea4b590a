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

/** A health insurer's certificate for section 80D: proposer, members, policy period, premium incl. GST. */
public final class HealthInsurance80D implements Layout {

    private static final List<String> INSURERS = List.of("Star Health and Allied Insurance Co. Ltd.",
            "Niva Bupa Health Insurance Company Limited", "Care Health Insurance Limited", "HDFC ERGO General Insurance Company Ltd.",
            "ICICI Lombard General Insurance Company Limited", "Aditya Birla Health Insurance Co. Limited");

    @Override
    public String docType() {
        return "INVESTMENT_PROOF";
    }

    @Override
    public String name() {
        return "proof-health-insurance-80d";
    }

    @Override
    public List<Rendered> render(Rng rng) {
        ProofKit k = new ProofKit(rng, 9f, 10f);
        Person p = Person.random(rng);
        String insurer = rng.pick(INSURERS);
        String policy = rng.number(2) + "/" + rng.digits(4) + "/" + rng.digits(6) + "/" + rng.digits(2);
        BigDecimal premium = rng.rupees(9_000, 45_000, 1);
        BigDecimal gst = premium.multiply(new BigDecimal("0.18")).setScale(2, RoundingMode.HALF_UP);
        BigDecimal total = premium.add(gst);
        LocalDate paid = k.inYear();
        Letter l = k.letter;
        l.letterhead(insurer, List.of("Regd. & Corporate Office: " + p.place().city(), "Toll free: 1800-" + rng.digits(3)
                + "-" + rng.digits(4)));
        l.title("CERTIFICATE FOR DEDUCTION UNDER SECTION 80D");
        l.paragraph("This is to certify that we have received a premium of Rs. " + k.amt(total) + " from "
                + p.salutation() + " " + p.upperName() + " (PAN " + p.pan() + ") on " + k.date(paid)
                + " by " + rng.pickOf("Net Banking", "Credit Card", "UPI", "Cheque") + " towards the health insurance "
                + "policy detailed below.");
        l.pairs(List.of(new String[] {"Policy No.", policy}, new String[] {"Plan", rng.pickOf("Family Health Optima",
                "Optima Secure", "Care Supreme", "Health Companion")}, new String[] {"Policy Period", k.date(paid) + " to "
                + k.date(paid.plusYears(1).minusDays(1))}, new String[] {"Members Covered", rng.pickOf("Self, Spouse",
                "Self, Spouse, 2 Children", "Self", "Father, Mother")}), 1);
        float w = l.width();
        Table t = l.table(List.of(Column.left("Premium Details", w * 0.6f), Column.right("Amount", w * 0.4f)),
                k.st.rules());
        float y = t.header(l.y() + 8);
        y = t.row(y, "Basic Premium", k.amt(premium));
        y = t.row(y, "GST @ 18%", k.amt(gst));
        y = t.row(y, k.st.bold(), "Total Premium Paid", k.amt(total));
        l.moveTo(y);
        l.paragraph("The premium has been paid other than by cash and is eligible for deduction under section 80D "
                + "of the Income-tax Act, 1961, as applicable.");
        l.signature("For " + insurer, "Authorised Signatory");
        ProofTruth truth = new ProofTruth("HEALTH_INSURANCE_PREMIUM", "80D", insurer, p.upperName(), total)
                .pan(p.pan()).reference(policy).paid(paid);
        return List.of(Rendered.pdf(k.save("Insurer Document Service", paid), truth.build()));
    }
}
