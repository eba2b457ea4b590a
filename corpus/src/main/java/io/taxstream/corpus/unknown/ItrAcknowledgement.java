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

/** ITR-V, the acknowledgement of an income tax return: totals of income and tax, no line items. */
public final class ItrAcknowledgement extends NearMiss {

    @Override
    public String name() {
        return "unknown-itr-v";
    }

    @Override
    String producer() {
        return "Income Tax e-Filing";
    }

    @Override
    void draw(Letter l, DocStyle st, Rng rng, LocalDate date) {
        Person p = Person.random(rng);
        int ay = date.getYear();
        l.letterhead("INDIAN INCOME TAX RETURN ACKNOWLEDGEMENT", List.of("[Where the data of the Return of Income in "
                + "Form ITR-1 (SAHAJ) has been transmitted electronically]", "Assessment Year " + ay + "-" + (ay + 1) % 100));
        l.pairs(List.of(new String[] {"PAN", p.pan()}, new String[] {"Name", p.upperName()},
                new String[] {"Address", p.address().oneLine()}, new String[] {"Status", "Individual"},
                new String[] {"Form Number", "ITR-1"}, new String[] {"e-Filing Acknowledgement Number", rng.number(15)}), 1);
        float w = l.width();
        Table t = l.table(List.of(Column.left("Particulars", w * 0.7f), Column.right("Amount", w * 0.3f)), Table.Rules.GRID);
        BigDecimal income = rng.rupees(300_000, 4_000_000, 10);
        float y = t.header(l.y() + 6);
        y = t.row(y, "Total Income", st.amounts().format(income));
        y = t.row(y, "Net tax payable", st.amounts().format(rng.rupees(0, 600_000, 1)));
        y = t.row(y, "Interest and Fee Payable", st.amounts().format(BigDecimal.ZERO));
        y = t.row(y, "Taxes Paid", st.amounts().format(rng.rupees(0, 600_000, 1)));
        y = t.row(y, "(+) Tax Payable /(-) Refundable", st.amounts().format(rng.rupees(-50_000, 20_000, 10)));
        l.moveTo(y);
        l.paragraph("Income Tax Return submitted electronically on " + st.dates().format(date) + " from IP address "
                + "and verified by " + p.upperName() + " having PAN " + p.pan() + " using Aadhaar OTP.");
        l.footnote("System generated. Barcode / QR code omitted. DO NOT SEND TO CPC.");
    }
}
