package io.taxstream.corpus.unknown;

import io.taxstream.corpus.data.Person;
import io.taxstream.corpus.pdf.DocStyle;
import io.taxstream.corpus.pdf.Letter;
import io.taxstream.corpus.pdf.Table;
import io.taxstream.corpus.pdf.Table.Column;
import io.taxstream.corpus.util.Rng;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A consolidated mutual-fund holdings statement: valuations and unrealised returns, no realised gains. */
public final class HoldingsStatement extends NearMiss {

    @Override
    public String name() {
        return "unknown-mf-holdings";
    }

    @Override
    String producer() {
        return "CAS Generator";
    }

    @Override
    void draw(Letter l, DocStyle st, Rng rng, LocalDate date) {
        Person p = Person.random(rng);
        l.letterhead("Consolidated Account Statement", List.of("CAMS & KFintech - Holdings as on " + st.dates().format(date)));
        l.pairs(List.of(new String[] {"Investor", p.upperName()}, new String[] {"PAN", p.pan()},
                new String[] {"Email", p.first().toLowerCase(java.util.Locale.ROOT) + "@example.in"}), 1);
        float w = l.width();
        Table t = l.table(List.of(Column.left("Scheme", w * 0.4f), Column.right("Units", w * 0.14f),
                Column.right("NAV", w * 0.12f), Column.right("Cost Value", w * 0.17f), Column.right("Market Value", w * 0.17f)),
                st.rules());
        float y = t.header(l.y() + 6);
        for (int i = 0; i < rng.between(2, 8); i++) {
            BigDecimal cost = rng.rupees(5_000, 900_000, 1);
            y = t.row(y, rng.pickOf("Axis Bluechip Fund - Direct Growth", "HDFC Balanced Advantage Fund - Growth",
                    "SBI Equity Hybrid Fund - Regular Growth", "Parag Parikh Flexi Cap Fund - Direct Growth",
                    "ICICI Prudential Liquid Fund - Growth"), BigDecimal.valueOf(rng.between(1_000, 90_000_000), 3).toPlainString(),
                    BigDecimal.valueOf(rng.between(1_000, 90_000), 2).toPlainString(), st.amounts().format(cost),
                    st.amounts().format(cost.multiply(BigDecimal.valueOf(0.8 + rng.nextDouble() * 0.8)).setScale(2,
                            java.math.RoundingMode.HALF_UP)));
        }
        l.moveTo(y);
        l.paragraph("This statement shows holdings and valuation only; it is not a capital gains statement.");
    }
}
