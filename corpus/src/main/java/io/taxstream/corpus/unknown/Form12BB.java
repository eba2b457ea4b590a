package io.taxstream.corpus.unknown;

import io.taxstream.corpus.data.Person;
import io.taxstream.corpus.pdf.DocStyle;
import io.taxstream.corpus.pdf.Letter;
import io.taxstream.corpus.pdf.Table;
import io.taxstream.corpus.pdf.Table.Column;
import io.taxstream.corpus.util.Rng;
import java.time.LocalDate;
import java.util.List;

/** Form 12BB, the employee's declaration of claims (HRA, LTA, 80C...) to the employer: a declaration, not a proof. */
public final class Form12BB extends NearMiss {

    @Override
    public String name() {
        return "unknown-form-12bb";
    }

    @Override
    String producer() {
        return "HRMS Declarations";
    }

    @Override
    void draw(Letter l, DocStyle st, Rng rng, LocalDate date) {
        Person p = Person.random(rng);
        l.title("FORM NO. 12BB");
        l.line("(See rule 26C)");
        l.boldLine("Statement showing particulars of claims by an employee for deduction of tax");
        l.pairs(List.of(new String[] {"1. Name and address of the employee", p.upperName() + ", " + p.address().city()},
                new String[] {"2. Permanent Account Number of the employee", p.pan()},
                new String[] {"3. Financial year", (date.getYear() - 1) + "-" + date.getYear() % 100}), 1);
        float w = l.width();
        Table t = l.table(List.of(Column.center("Sl.", w * 0.06f), Column.left("Nature of claim", w * 0.44f),
                Column.right("Amount (Rs.)", w * 0.2f), Column.left("Evidence / particulars", w * 0.3f)), Table.Rules.GRID);
        float y = t.header(l.y() + 6);
        y = t.row(y, "1", "House Rent Allowance: rent paid to the landlord", st.amounts().format(rng.rupees(60_000, 600_000, 1_000)),
                "Rent receipts");
        y = t.row(y, "2", "Leave travel concessions or assistance", st.amounts().format(rng.rupees(0, 60_000, 1_000)), "Tickets");
        y = t.row(y, "3", "Deduction of interest on borrowing", st.amounts().format(rng.rupees(0, 200_000, 1_000)),
                "Lender's certificate");
        y = t.row(y, "4", "Chapter VI-A: 80C, 80CCC, 80CCD, 80D", st.amounts().format(rng.rupees(10_000, 200_000, 1_000)),
                "Receipts attached");
        l.moveTo(y);
        l.boldLine("Verification");
        l.paragraph("I, " + p.upperName() + ", do hereby certify that the information given above is complete and correct.");
        l.line("Place: " + p.place().city() + "    Date: " + st.dates().format(date));
        l.signature("(Signature of the employee)");
    }
}
