package io.taxstream.corpus.form16;

import io.taxstream.corpus.pdf.Canvas;
import io.taxstream.corpus.pdf.Chrome;
import io.taxstream.corpus.pdf.DocStyle;
import io.taxstream.corpus.pdf.Flow;
import io.taxstream.corpus.pdf.Ink;
import io.taxstream.corpus.pdf.Table;
import io.taxstream.corpus.pdf.Table.Column;
import io.taxstream.corpus.util.Truth;
import java.math.BigDecimal;
import java.util.List;

/** Draws Part B (Annexure) as the Rule 31 statutory table, optionally preceded by its own parties block. */
final class PartBDrawer {

    private static final float X = 36;
    private final Form16Data d;
    private final DocStyle st;
    private final boolean partiesBlock;

    PartBDrawer(Form16Data d, DocStyle st, boolean partiesBlock) {
        this.d = d;
        this.st = st;
        this.partiesBlock = partiesBlock;
    }

    void draw(Flow flow, Truth truth) {
        Canvas c = flow.canvas();
        float w = c.width() - 2 * X;
        Form16Headings.title(flow, st, "PART B (Annexure)");
        if (partiesBlock) {
            parties(flow, w);
            Form16Truths.parties(truth, d, true);
            truth.date("period_from", d.periodFrom());
            truth.date("period_to", d.periodTo());
        }
        c.center(c.width() / 2, flow.y() + st.ink().size(), "Details of Salary Paid and any other income and tax "
                + "deducted", st.bold());
        flow.down(st.ink().size() + 6);
        c.text(X, flow.y() + st.ink().size(), PartBRows.regimeQuestion(d), st.bold());
        flow.down(st.ink().size() + 6);
        table(flow, w);
        Form16Truths.partB(truth, d);
        flow.ensure(90);
        Chrome.signature(c, c.width() - X, flow.y(), st.ink(), d.signatory(), d.designation(),
                d.employer().place().city(), st.dates().format(d.issued()));
        flow.down(80);
    }

    private void parties(Flow flow, float w) {
        Table t = new Table(flow.canvas(), X, List.of(Column.left("Name and address of the Employer", w / 2),
                Column.left("Name and designation of the Employee", w / 2)), st.ink(), Table.Rules.GRID);
        flow.moveTo(t.header(flow.y()));
        flow.moveTo(t.row(flow.y(), d.employer().name() + "\n" + String.join("\n", d.employer().address().lines()),
                d.employee().upperName()));
        Table ids = new Table(flow.canvas(), X, List.of(Column.center("PAN of the Deductor", w / 5),
                Column.center("TAN of the Deductor", w / 5), Column.center("PAN of the Employee", w / 5),
                Column.center("Assessment Year", w / 5), Column.center("Period: From - To", w / 5)), st.ink(),
                Table.Rules.GRID);
        flow.moveTo(ids.header(flow.y()));
        flow.moveTo(ids.row(flow.y(), d.employer().pan(), d.employer().tan(), d.employee().pan(), d.assessmentYear(),
                st.dates().format(d.periodFrom()) + "\n" + st.dates().format(d.periodTo())));
        flow.down(8);
    }

    private void table(Flow flow, float w) {
        Ink ink = st.ink();
        float labelW = w * 0.56f;
        Table t = new Table(flow.canvas(), X, List.of(Column.center("S.No.", w * 0.07f),
                Column.left("Particulars", labelW), Column.right("Rs.", w * 0.185f), Column.right("Rs.", w * 0.185f)),
                ink, st.rules());
        flow.moveTo(t.header(flow.y()));
        flow.onContinue((canvas, top) -> t.header(top));
        for (PartBRows.Row r : PartBRows.of(d.salary())) {
            if (r.no().equals("10")) {
                r = new PartBRows.Row(r.no(), r.label(), null, null, true);
                String[] head = {"10", "Deductions under Chapter VI-A", "Gross Amount", "Deductible Amount"};
                flow.ensure(t.height(head));
                flow.moveTo(t.row(flow.y(), ink.bold(), head));
                continue;
            }
            String label = String.join("\n", Chrome.wrap(flow.canvas(), r.label(), labelW - 6, ink));
            String[] cells = {r.no(), label, amt(r.inner()), amt(r.outer())};
            flow.ensure(t.height(cells));
            flow.moveTo(t.row(flow.y(), r.strong() ? ink.bold() : ink, cells));
        }
        flow.clearContinuation();
        flow.down(10);
    }

    private String amt(BigDecimal v) {
        return v == null ? "" : st.amounts().format(v);
    }
}
