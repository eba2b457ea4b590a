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

/** A private life insurer's premium paid certificate for a financial year, listing each instalment. */
public final class PrivateInsurerCertificate implements Layout {

    private static final List<String> INSURERS = List.of("HDFC Life Insurance Company Limited",
            "ICICI Prudential Life Insurance Company Limited", "SBI Life Insurance Company Limited",
            "Max Life Insurance Company Limited", "Tata AIA Life Insurance Company Limited",
            "Bajaj Allianz Life Insurance Company Limited");

    @Override
    public String docType() {
        return "INVESTMENT_PROOF";
    }

    @Override
    public String name() {
        return "proof-private-life-insurer";
    }

    @Override
    public List<Rendered> render(Rng rng) {
        ProofKit k = new ProofKit(rng, 8.5f, 10f);
        Person p = Person.random(rng);
        String insurer = rng.pick(INSURERS);
        String policy = rng.pickOf("", "C", "OL") + rng.number(8);
        int instalments = rng.pickOf(1, 2, 4, 12);
        BigDecimal each = rng.rupees(2_000, 40_000, 1);
        Letter l = k.letter;
        l.letterhead(insurer, List.of("IRDAI Regn. No. " + rng.number(3) + "  |  CIN: U66010MH2000PLC" + rng.digits(6)));
        l.rightLine("Date: " + k.date(LocalDate.of(k.fyStart + 1, rng.between(1, 3), rng.between(1, 28))));
        l.title("PREMIUM PAID CERTIFICATE - FINANCIAL YEAR " + k.fy());
        l.pairs(List.of(new String[] {"Policy Holder", p.fullName()}, new String[] {"Policy Number", policy},
                new String[] {"PAN", p.pan()}, new String[] {"Product", rng.pickOf("Click 2 Protect Life", "Smart Wealth Plan",
                    "Guaranteed Income for Tomorrow", "Sanchay Plus")}), 2);
        float w = l.width();
        Table t = l.table(List.of(Column.left("Premium Due Date", w * 0.3f), Column.left("Receipt Date", w * 0.3f),
                Column.right("Premium Paid", w * 0.4f)), k.st.rules());
        float y = t.header(l.y() + 8);
        LocalDate due = LocalDate.of(k.fyStart, 4, rng.between(1, 28));
        LocalDate last = due;
        for (int i = 0; i < instalments; i++) {
            LocalDate d = due.plusMonths((long) i * (12 / instalments));
            last = d.plusDays(rng.between(0, 5));
            y = t.row(y, k.date(d), k.date(last), k.amt(each));
        }
        BigDecimal total = each.multiply(BigDecimal.valueOf(instalments));
        y = t.row(y, k.st.bold(), "Total Premium Paid", "", k.amt(total));
        l.moveTo(y);
        l.paragraph("The above premium is eligible for tax benefit under Section 80C of the Income-tax Act, 1961, "
                + "subject to the conditions therein. Tax benefits are subject to change in tax laws.");
        l.signature("Authorised Signatory");
        ProofTruth truth = new ProofTruth("LIFE_INSURANCE_PREMIUM", "80C", insurer, p.fullName(), total)
                .pan(p.pan()).reference(policy).year(k.fyStart);
        if (instalments == 1) {
            truth.paid(last);
        }
        return List.of(Rendered.pdf(k.save("Adobe Experience Manager Forms", last), truth.build()));
    }
}
