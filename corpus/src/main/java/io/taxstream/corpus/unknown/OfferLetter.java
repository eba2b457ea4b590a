package io.taxstream.corpus.unknown;

import io.taxstream.corpus.data.Employer;
import io.taxstream.corpus.data.Person;
import io.taxstream.corpus.pdf.DocStyle;
import io.taxstream.corpus.pdf.Letter;
import io.taxstream.corpus.pdf.Table;
import io.taxstream.corpus.pdf.Table.Column;
import io.taxstream.corpus.util.Rng;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** An offer letter with an annual CTC break-up: salary words and components, but no month paid. */
public final class OfferLetter extends NearMiss {

    @Override
    public String name() {
        return "unknown-offer-letter";
    }

    @Override
    String producer() {
        return "Microsoft Word";
    }

    @Override
    void draw(Letter l, DocStyle st, Rng rng, LocalDate date) {
        Employer e = Employer.random(rng);
        Person p = Person.random(rng);
        l.letterhead(e.name(), List.of(e.address().oneLine()));
        l.line("Date: " + st.dates().format(date));
        l.line("Dear " + p.first() + ",");
        l.title("LETTER OF OFFER");
        l.paragraph("We are pleased to offer you the position of " + rng.pickOf("Senior Analyst", "Software Engineer",
                "Assistant Manager - Finance") + " at our " + e.place().city() + " office. Your annual Cost to Company "
                + "(CTC) and its break-up are given below. This offer is subject to verification of your documents.");
        BigDecimal ctc = rng.rupees(400_000, 4_000_000, 10_000);
        float w = l.width();
        Table t = l.table(List.of(Column.left("Component", w * 0.5f), Column.right("Per Annum (Rs.)", w * 0.25f),
                Column.right("Per Month (Rs.)", w * 0.25f)), Table.Rules.GRID);
        float y = t.header(l.y() + 6);
        BigDecimal basic = ctc.multiply(new BigDecimal("0.4")).setScale(0, java.math.RoundingMode.HALF_UP);
        BigDecimal hra = basic.divide(BigDecimal.valueOf(2), 0, java.math.RoundingMode.HALF_UP);
        BigDecimal pf = basic.multiply(new BigDecimal("0.12")).setScale(0, java.math.RoundingMode.HALF_UP);
        BigDecimal special = ctc.subtract(basic).subtract(hra).subtract(pf);
        for (Object[] row : List.of(new Object[] {"Basic Salary", basic}, new Object[] {"House Rent Allowance", hra},
                new Object[] {"Special Allowance", special}, new Object[] {"Employer PF Contribution", pf})) {
            BigDecimal a = (BigDecimal) row[1];
            y = t.row(y, (String) row[0], st.amounts().format(a), st.amounts().format(a.divide(BigDecimal.valueOf(12), 0,
                    java.math.RoundingMode.HALF_UP)));
        }
        y = t.row(y, st.bold(), "Total CTC", st.amounts().format(ctc), st.amounts().format(ctc.divide(BigDecimal.valueOf(12),
                0, java.math.RoundingMode.HALF_UP)));
        l.moveTo(y);
        l.paragraph("Please sign and return a copy of this letter as a token of your acceptance.");
        l.signature("For " + e.name(), "Head - Talent Acquisition");
    }
}
