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
import java.util.List;

/**
 * A school's fee certificate: fee heads for the year (tuition, transport, annual charges) and a
 * certified tuition fee, which alone is the amount eligible under 80C and the truth's amount.
 */
public final class TuitionFeeCertificate implements Layout {

    private static final List<String> SCHOOLS = List.of("Delhi Public School", "Kendriya Vidyalaya No. 2",
            "St. Xavier's High School", "Ryan International School", "DAV Public School", "National Public School",
            "Bishop Cotton Girls' School", "Podar International School", "Chinmaya Vidyalaya");

    @Override
    public String docType() {
        return "INVESTMENT_PROOF";
    }

    @Override
    public String name() {
        return "proof-tuition-fee";
    }

    @Override
    public List<Rendered> render(Rng rng) {
        ProofKit k = new ProofKit(rng, 9.5f, 10.5f);
        Person parent = Person.random(rng);
        String school = rng.pick(SCHOOLS) + ", " + rng.pick(parent.place().localities());
        String child = rng.pickOf("Aarav", "Vivaan", "Diya", "Saanvi", "Ishaan", "Anika", "Reyansh", "Myra") + " "
                + parent.last();
        BigDecimal tuition = rng.rupees(18_000, 180_000, 100);
        BigDecimal transport = rng.rupees(0, 36_000, 500);
        BigDecimal annual = rng.rupees(2_000, 15_000, 500);
        Letter l = k.letter;
        l.letterhead(school, List.of("Affiliated to CBSE, Affiliation No. " + rng.number(7), parent.place().city()));
        l.title("FEE CERTIFICATE (FOR INCOME TAX PURPOSE)");
        String receipt = "FC/" + k.fyStart + "/" + rng.number(4);
        l.line("Certificate No.: " + receipt);
        l.paragraph("This is to certify that " + child.toUpperCase(java.util.Locale.ROOT) + ", " + (rng.chance(0.5)
                ? "son" : "daughter") + " of " + parent.salutation() + " " + parent.upperName() + ", is a bonafide "
                + "student of Class " + rng.pickOf("II", "IV", "VI", "VIII", "IX", "XI") + " in this school during the "
                + "academic session " + k.fy() + " and the following fees have been paid:");
        float w = l.width();
        Table t = l.table(List.of(Column.left("Fee Head", w * 0.65f), Column.right("Amount Paid", w * 0.35f)),
                k.st.rules());
        float y = t.header(l.y() + 8);
        y = t.row(y, "Tuition Fee", k.amt(tuition));
        y = t.row(y, "Annual Charges", k.amt(annual));
        y = t.row(y, "Transport Fee", k.amt(transport));
        y = t.row(y, k.st.bold(), "Total", k.amt(tuition.add(annual).add(transport)));
        l.moveTo(y);
        l.paragraph("Tuition fee paid for the financial year " + k.fy() + " eligible for deduction under Section 80C: "
                + k.amt(tuition) + ".");
        l.signature("Principal", school);
        ProofTruth truth = new ProofTruth("TUITION_FEES", "80C", school, parent.upperName(), tuition).reference(receipt)
                .year(k.fyStart);
        return List.of(Rendered.pdf(k.save("School ERP", java.time.LocalDate.of(k.fyStart + 1, 1, 10)), truth.build()));
    }
}
