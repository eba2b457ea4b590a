package io.taxstream.corpus.unknown;

import io.taxstream.corpus.data.Employer;
import io.taxstream.corpus.data.Person;
import io.taxstream.corpus.pdf.DocStyle;
import io.taxstream.corpus.pdf.Letter;
import io.taxstream.corpus.pdf.Table;
import io.taxstream.corpus.pdf.Table.Column;
import io.taxstream.corpus.util.Rng;
import io.taxstream.corpus.util.Words;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/** A GST tax invoice: GSTIN, HSN codes, CGST/SGST lines and totals. */
public final class GstInvoice extends NearMiss {

    @Override
    public String name() {
        return "unknown-gst-invoice";
    }

    @Override
    String producer() {
        return "Tally.ERP 9";
    }

    @Override
    void draw(Letter l, DocStyle st, Rng rng, LocalDate date) {
        Employer seller = Employer.random(rng);
        Person buyer = Person.random(rng);
        String gstin = "27" + seller.pan() + "1Z" + rng.alnum(1);
        l.letterhead(seller.name(), List.of(seller.address().oneLine(), "GSTIN: " + gstin + "  |  PAN: " + seller.pan()));
        l.title("TAX INVOICE");
        l.pairs(List.of(new String[] {"Invoice No.", "INV/" + date.getYear() + "/" + rng.number(5)},
                new String[] {"Invoice Date", st.dates().format(date)}, new String[] {"Bill To", buyer.fullName()},
                new String[] {"Place of Supply", buyer.place().state()}), 2);
        float w = l.width();
        Table t = l.table(List.of(Column.left("Description", w * 0.4f), Column.center("HSN/SAC", w * 0.12f),
                Column.right("Qty", w * 0.08f), Column.right("Rate", w * 0.15f), Column.right("Taxable Value", w * 0.25f)),
                Table.Rules.GRID);
        float y = t.header(l.y() + 8);
        BigDecimal taxable = BigDecimal.ZERO;
        for (int i = 0; i < rng.between(1, 5); i++) {
            BigDecimal rate = rng.rupees(150, 25_000, 1);
            int qty = rng.between(1, 10);
            BigDecimal value = rate.multiply(BigDecimal.valueOf(qty));
            taxable = taxable.add(value);
            y = t.row(y, rng.pickOf("Laptop Bag", "Office Chair", "Consulting Services", "Printer Cartridge", "LED Monitor"),
                    rng.number(4) + "00", String.valueOf(qty), st.amounts().format(rate), st.amounts().format(value));
        }
        BigDecimal half = taxable.multiply(new BigDecimal("0.09")).setScale(2, RoundingMode.HALF_UP);
        y = t.row(y, "CGST @ 9%", "", "", "", st.amounts().format(half));
        y = t.row(y, "SGST @ 9%", "", "", "", st.amounts().format(half));
        BigDecimal total = taxable.add(half).add(half);
        y = t.row(y, st.bold(), "Invoice Total", "", "", "", st.amounts().format(total));
        l.moveTo(y);
        l.paragraph("Amount in words: " + Words.rupees(total));
        l.signature("For " + seller.name(), "Authorised Signatory");
    }
}
