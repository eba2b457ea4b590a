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

/**
 * A lender's home loan interest certificate showing both interest (section 24(b)) and principal
 * (section 80C). Rule for the truth: proof_kind HOME_LOAN_INTEREST, section 24(b), amount = interest.
 */
public final class HomeLoanCertificate implements Layout {

    private static final List<String> LENDERS = List.of("State Bank of India", "HDFC Bank Ltd",
            "LIC Housing Finance Limited", "ICICI Bank Limited", "Bajaj Housing Finance Limited",
            "PNB Housing Finance Limited", "Axis Bank Ltd");

    @Override
    public String docType() {
        return "INVESTMENT_PROOF";
    }

    @Override
    public String name() {
        return "proof-home-loan-interest";
    }

    @Override
    public List<Rendered> render(Rng rng) {
        ProofKit k = new ProofKit(rng, 9f, 10f);
        Person p = Person.random(rng);
        Person co = rng.chance(0.4) ? Person.random(rng) : null;
        String lender = rng.pick(LENDERS);
        String loan = rng.pickOf("HL", "", "LN") + rng.number(rng.pickOf(10, 12));
        BigDecimal interest = rng.rupees(60_000, 420_000, 1);
        BigDecimal principal = rng.rupees(25_000, 300_000, 1);
        Letter l = k.letter;
        l.letterhead(lender, List.of("Retail Assets Centre, " + p.place().city()));
        l.rightLine("Date: " + k.date(LocalDate.of(k.fyStart + 1, rng.between(4, 6), rng.between(1, 28))));
        l.title(rng.pickOf("INTEREST CERTIFICATE", "PROVISIONAL INTEREST CERTIFICATE", "HOME LOAN INTEREST CERTIFICATE")
                + " FOR F.Y. " + k.fy());
        String names = p.upperName() + (co == null ? "" : " & " + co.upperName());
        l.pairs(List.of(new String[] {"Borrower(s)", names}, new String[] {"Loan Account No.", loan},
                new String[] {"Property Address", p.address().oneLine()},
                new String[] {"Sanctioned Amount", k.amt(rng.rupees(1_500_000, 9_000_000, 100_000))},
                new String[] {"Period", k.date(LocalDate.of(k.fyStart, 4, 1)) + " to " + k.date(LocalDate.of(k.fyStart + 1, 3, 31))}), 1);
        float w = l.width();
        Table t = l.table(List.of(Column.left("Particulars", w * 0.65f), Column.right("Amount (Rs.)", w * 0.35f)),
                k.st.rules());
        float y = t.header(l.y() + 8);
        y = t.row(y, "Principal repaid during the year (eligible u/s 80C)", k.amt(principal));
        y = t.row(y, "Interest paid during the year (eligible u/s 24(b))", k.amt(interest));
        y = t.row(y, k.st.bold(), "Total amount repaid (EMI)", k.amt(principal.add(interest)));
        l.moveTo(y);
        l.paragraph("The loan has been granted for the " + rng.pickOf("purchase", "construction") + " of a residential "
                + "house property. This certificate is issued at the request of the borrower(s) for income tax purposes.");
        l.signature("For " + lender, "Authorised Signatory");
        ProofTruth truth = new ProofTruth("HOME_LOAN_INTEREST", "24(b)", lender, names, interest).reference(loan)
                .year(k.fyStart);
        return List.of(Rendered.pdf(k.save("Loan Servicing System", LocalDate.of(k.fyStart + 1, 4, 15)), truth.build()));
    }
}
