package io.taxstream.corpus.unknown;

import io.taxstream.corpus.data.Employer;
import io.taxstream.corpus.data.Person;
import io.taxstream.corpus.pdf.DocStyle;
import io.taxstream.corpus.pdf.Letter;
import io.taxstream.corpus.pdf.Table;
import io.taxstream.corpus.pdf.Table.Column;
import io.taxstream.corpus.util.Rng;
import java.time.LocalDate;
import java.util.List;

/** Form 26AS (annual tax statement): TDS by deductor with TANs, very close to a Form 16 but not one. */
public final class Form26As extends NearMiss {

    @Override
    public String name() {
        return "unknown-form-26as";
    }

    @Override
    String producer() {
        return "TRACES";
    }

    @Override
    void draw(Letter l, DocStyle st, Rng rng, LocalDate date) {
        Person p = Person.random(rng);
        int fy = date.getYear() - 1;
        l.letterhead("Annual Tax Statement", List.of("Form 26AS [See Section 203AA and second proviso to Section 206C(5)]"));
        l.pairs(List.of(new String[] {"Permanent Account Number (PAN)", p.pan()}, new String[] {"Financial Year",
                fy + "-" + (fy + 1) % 100}, new String[] {"Assessment Year", (fy + 1) + "-" + (fy + 2) % 100},
                new String[] {"Name of Assessee", p.upperName()}, new String[] {"PAN Status", "Active and Operative"}), 1);
        l.boldLine("PART-I - Details of Tax Deducted at Source");
        float w = l.width();
        Table t = l.table(List.of(Column.center("Sr. No.", w * 0.07f), Column.left("Name of Deductor", w * 0.38f),
                Column.center("TAN of Deductor", w * 0.17f), Column.right("Total Amount Paid / Credited", w * 0.2f),
                Column.right("Total TDS Deposited", w * 0.18f)), Table.Rules.GRID);
        float y = t.header(l.y() + 6);
        for (int i = 1; i <= rng.between(1, 4); i++) {
            Employer e = Employer.random(rng);
            y = t.row(y, String.valueOf(i), e.name(), e.tan(), st.amounts().format(rng.rupees(20_000, 2_500_000, 1)),
                    st.amounts().format(rng.rupees(0, 300_000, 1)));
        }
        l.moveTo(y);
        l.boldLine("PART-II - Details of Tax Deducted at Source for 15G / 15H: No Transactions Present");
        l.boldLine("PART-III - Details of Transactions under Proviso to section 194B: No Transactions Present");
        l.footnote("Data updated till " + st.dates().format(date) + ". Assessee is advised to verify the tax credit.");
    }
}
