package io.taxstream.corpus.proof;

import io.taxstream.corpus.Layout;
import io.taxstream.corpus.Rendered;
import io.taxstream.corpus.data.Person;
import io.taxstream.corpus.kit.ProofTruth;
import io.taxstream.corpus.pdf.Letter;
import io.taxstream.corpus.util.AmountStyle;
import io.taxstream.corpus.util.Rng;
import io.taxstream.corpus.util.Words;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A landlord's consolidated rent receipt for the year (HRA, section 10(13A)), with a revenue stamp note. */
public final class RentReceipt implements Layout {

    @Override
    public String docType() {
        return "INVESTMENT_PROOF";
    }

    @Override
    public String name() {
        return "proof-rent-receipt";
    }

    @Override
    public List<Rendered> render(Rng rng) {
        ProofKit k = new ProofKit(rng, 10.5f, 12f);
        Person tenant = Person.random(rng);
        Person landlord = Person.random(rng);
        BigDecimal monthly = rng.rupees(8_000, 75_000, 500);
        int months = rng.pickOf(12, 12, 6, 3);
        BigDecimal total = monthly.multiply(BigDecimal.valueOf(months));
        LocalDate from = LocalDate.of(k.fyStart, 4, 1);
        LocalDate to = from.plusMonths(months).minusDays(1);
        AmountStyle rupees = new AmountStyle(AmountStyle.Grouping.INDIAN, false, "", "", false);
        Letter l = k.letter;
        l.gap(30);
        l.title("RENT RECEIPT");
        l.rightLine("Date: " + k.date(to));
        l.paragraph("Received with thanks from " + tenant.salutation() + " " + tenant.fullName() + " a sum of Rs. "
                + k.amt(total) + "/- (" + Words.rupees(total) + ") towards rent @ Rs. " + rupees.format(monthly) + " per month "
                + "for the period " + k.date(from) + " to " + k.date(to) + " for the residential premises at "
                + tenant.address().oneLine() + ".");
        boolean section = rng.chance(0.5);
        if (section) {
            l.line("(Issued for claiming HRA exemption under section 10(13A) of the Income-tax Act, 1961)");
        }
        l.line("Mode of payment: " + rng.pickOf("Bank transfer", "UPI", "Cheque", "Cash"));
        boolean pan = total.compareTo(BigDecimal.valueOf(100_000)) > 0 || rng.chance(0.3);
        l.gap(30);
        l.rightLine("[ Revenue Stamp ]");
        l.signature("(Signature of Landlord)", "Name: " + landlord.fullName(), pan ? "PAN: " + landlord.pan() : "",
                "Address: " + landlord.address().city());
        ProofTruth truth = new ProofTruth("RENT_RECEIPT", section ? "10(13A)" : null, landlord.fullName(), tenant.fullName(), total);
        return List.of(Rendered.pdf(k.save("Microsoft Word", to), truth.build()));
    }
}
