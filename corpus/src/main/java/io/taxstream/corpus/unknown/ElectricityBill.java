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

/** An electricity bill: consumer number, meter readings, slab charges, electricity duty, due date. */
public final class ElectricityBill extends NearMiss {

    @Override
    public String name() {
        return "unknown-electricity-bill";
    }

    @Override
    String producer() {
        return "SAP IS-U";
    }

    @Override
    void draw(Letter l, DocStyle st, Rng rng, LocalDate date) {
        Person p = Person.random(rng);
        String board = rng.pickOf("Bangalore Electricity Supply Company Ltd (BESCOM)",
                "Maharashtra State Electricity Distribution Co. Ltd.", "Tata Power Delhi Distribution Limited",
                "Tamil Nadu Generation and Distribution Corporation");
        l.letterhead(board, List.of("ELECTRICITY BILL - " + date.getMonth() + " " + date.getYear()));
        int prev = rng.between(1_000, 40_000);
        int units = rng.between(80, 900);
        l.pairs(List.of(new String[] {"Consumer No.", rng.number(12)}, new String[] {"Name", p.upperName()},
                new String[] {"Address", p.address().oneLine()}, new String[] {"Tariff", "LT-1 Residential"},
                new String[] {"Bill Date", st.dates().format(date)}, new String[] {"Due Date", st.dates().format(date.plusDays(15))},
                new String[] {"Previous Reading", String.valueOf(prev)}, new String[] {"Present Reading", String.valueOf(prev + units)}), 2);
        float w = l.width();
        Table t = l.table(List.of(Column.left("Charges", w * 0.7f), Column.right("Amount (Rs.)", w * 0.3f)), st.rules());
        float y = t.header(l.y() + 8);
        BigDecimal energy = BigDecimal.valueOf(units).multiply(new BigDecimal("6.35")).setScale(2);
        BigDecimal fixed = BigDecimal.valueOf(rng.between(60, 300)).setScale(2);
        BigDecimal duty = energy.multiply(new BigDecimal("0.09")).setScale(2, java.math.RoundingMode.HALF_UP);
        y = t.row(y, "Energy Charges (" + units + " units)", st.amounts().format(energy));
        y = t.row(y, "Fixed Charges", st.amounts().format(fixed));
        y = t.row(y, "Electricity Duty", st.amounts().format(duty));
        y = t.row(y, st.bold(), "Net Amount Payable", st.amounts().format(energy.add(fixed).add(duty)));
        l.moveTo(y);
        l.paragraph("Pay online to avoid disconnection. A surcharge applies after the due date.");
    }
}
