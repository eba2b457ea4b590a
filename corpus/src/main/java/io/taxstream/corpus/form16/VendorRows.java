package io.taxstream.corpus.form16;

import io.taxstream.corpus.form16.Form16Data.Entry;
import io.taxstream.corpus.form16.Form16Data.Salary;
import io.taxstream.corpus.pdf.DocStyle;
import io.taxstream.corpus.pdf.Flow;
import io.taxstream.corpus.pdf.Table;
import io.taxstream.corpus.pdf.Table.Column;
import io.taxstream.corpus.util.Truth;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Two-column computation rows of the vendor Form 16: sub-amounts indented, totals in the outer column. */
final class VendorRows {

    private static final Map<String, String> VIA_LABELS = Map.of("80C", "80C - LIC, PF, PPF, ELSS etc.",
            "80CCC", "80CCC - Pension Fund", "80CCD1", "80CCD(1) - NPS (Employee)", "80CCD1B", "80CCD(1B) - NPS Additional",
            "80CCD2", "80CCD(2) - NPS (Employer)", "80D", "80D - Medical Insurance", "80E", "80E - Education Loan Interest",
            "80G", "80G - Donations", "80TTA", "80TTA - Savings Interest");
    private static final Map<String, String> VIA_FIELDS = Map.of("80C", "deduction_80c", "80CCD1B",
            "deduction_80ccd_1b", "80D", "deduction_80d");

    private final Flow flow;
    private final DocStyle st;
    private final Truth truth;
    private final Table table;
    private final Table via;

    VendorRows(Flow flow, DocStyle st, Truth truth, float width, float x) {
        this.flow = flow;
        this.st = st;
        this.truth = truth;
        this.table = new Table(flow.canvas(), x, List.of(Column.left("", width * 0.6f), Column.right("", width * 0.2f),
                Column.right("", width * 0.2f)), st.ink(), Table.Rules.NONE);
        this.via = new Table(flow.canvas(), x + 20, List.of(Column.left("Section", width * 0.5f),
                Column.right("Gross Amount", width * 0.22f), Column.right("Deductible Amount", width * 0.22f)),
                st.ink(), Table.Rules.HORIZONTAL);
    }

    void heading(String text) {
        flow.ensure(20);
        flow.canvas().text(table.totalWidth() > 0 ? 40 : 40, flow.y() + 11, text, st.bold().plus(1.5f));
        flow.down(18);
    }

    void sub(String label, BigDecimal amount, String field) {
        row(new String[] {"    " + label, st.amounts().format(amount), ""}, false);
        record(field, amount);
    }

    void total(String label, BigDecimal amount, String field) {
        row(new String[] {label, "", st.amounts().format(amount)}, true);
        record(field, amount);
    }

    /** Only the sections claimed, with gross and deductible amounts, then the aggregate. */
    void viaTable(Salary s) {
        flow.ensure(80);
        flow.canvas().text(40, flow.y() + 10, "Deduction under Chapter VI-A", st.bold());
        flow.down(14);
        flow.moveTo(via.header(flow.y()));
        for (Entry e : s.chapterVia()) {
            if (e.gross().signum() == 0 && !e.key().equals("80C")) {
                continue;
            }
            flow.moveTo(via.row(flow.y(), VIA_LABELS.get(e.key()), st.amounts().format(e.gross()),
                    st.amounts().format(e.deductible())));
            record(VIA_FIELDS.get(e.key()), e.deductible());
        }
        via.rule(flow.y());
        total("Total Deduction under Chapter VI-A", s.viaTotal(), "total_chapter_via_deductions");
    }

    private void row(String[] cells, boolean strong) {
        flow.ensure(table.height(cells));
        flow.moveTo(table.row(flow.y(), strong ? st.bold() : st.ink(), cells));
    }

    private void record(String field, BigDecimal amount) {
        if (field != null) {
            truth.amount(field, amount);
        }
    }
}
