package io.taxstream.corpus.form16;

import io.taxstream.corpus.pdf.Canvas;
import io.taxstream.corpus.pdf.Chrome;
import io.taxstream.corpus.pdf.DocStyle;
import io.taxstream.corpus.pdf.Flow;
import io.taxstream.corpus.pdf.Ink;
import io.taxstream.corpus.pdf.Table;
import io.taxstream.corpus.pdf.Table.Column;
import io.taxstream.corpus.util.Truth;
import io.taxstream.corpus.util.Words;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws Part A in the TRACES arrangement: certificate box, parties, CIT (TDS), quarterly summary
 * and the challan table, then the verification. Tables break across pages with their header repeated.
 */
final class PartADrawer {

    private static final float X = 36;
    private final Form16Data d;
    private final DocStyle st;
    private final int breakQuartersAfter;
    private final int breakChallansAfter;

    /** Breaks are row counts after which the table is forced onto a new page (-1 for none). */
    PartADrawer(Form16Data d, DocStyle st, int breakQuartersAfter, int breakChallansAfter) {
        this.d = d;
        this.st = st;
        this.breakQuartersAfter = breakQuartersAfter;
        this.breakChallansAfter = breakChallansAfter;
    }

    void draw(Flow flow, Truth truth) {
        Canvas c = flow.canvas();
        float w = c.width() - 2 * X;
        Form16Headings.title(flow, st, "PART A");
        parties(flow, w);
        quarters(flow, w);
        bookAdjustment(flow, w);
        challans(flow, w);
        verification(flow, w);
        Form16Truths.partA(truth, d);
    }

    private void parties(Flow flow, float w) {
        Table t = new Table(flow.canvas(), X, List.of(Column.left("Certificate No. " + d.certificate(), w / 2),
                Column.left("Last updated on " + st.dates().format(d.lastUpdated()), w / 2)), st.ink(), Table.Rules.GRID);
        flow.moveTo(t.header(flow.y()));
        String employer = d.employer().name() + "\n" + String.join("\n", d.employer().address().lines());
        String employee = d.employee().upperName() + "\n" + String.join("\n", d.employee().address().lines());
        flow.moveTo(t.row(flow.y(), "Name and address of the Employer/Specified Bank",
                "Name and address of the Employee/Specified senior citizen"));
        flow.moveTo(t.row(flow.y(), employer, employee));
        Table ids = new Table(flow.canvas(), X, List.of(Column.center("PAN of the Deductor", w / 4),
                Column.center("TAN of the Deductor", w / 4), Column.center("PAN of the Employee", w / 4),
                Column.center("Employee Reference No.\nprovided by the Employer", w / 4)), st.ink(), Table.Rules.GRID);
        flow.moveTo(ids.header(flow.y()));
        flow.moveTo(ids.row(flow.y(), d.employer().pan(), d.employer().tan(), d.employee().pan(), ""));
        Table cit = new Table(flow.canvas(), X, List.of(Column.left("CIT (TDS)", w * 0.46f),
                Column.center("Assessment\nYear", w * 0.16f), Column.center("Period with the\nEmployer: From", w * 0.19f),
                Column.center("\nTo", w * 0.19f)), st.ink(), Table.Rules.GRID);
        flow.moveTo(cit.header(flow.y()));
        flow.moveTo(cit.row(flow.y(), String.join("\n", d.citAddress()), d.assessmentYear(),
                st.dates().format(d.periodFrom()), st.dates().format(d.periodTo())));
        flow.down(8);
    }

    private void quarters(Flow flow, float w) {
        Ink ink = st.ink();
        flow.ensure(60);
        flow.canvas().text(X, flow.y() + ink.size(), "Summary of amount paid/credited and tax deducted at source "
                + "thereon in respect of the employee", ink.bold());
        flow.down(ink.size() + 6);
        Table t = new Table(flow.canvas(), X, List.of(Column.center("Quarter(s)", w * 0.12f),
                Column.center("Receipt Numbers of original\nquarterly statements of TDS\nunder sub-section (3) of section 200",
                        w * 0.31f), Column.right("Amount paid/\ncredited", w * 0.19f),
                Column.right("Amount of tax\ndeducted (Rs.)", w * 0.19f),
                Column.right("Amount of tax\ndeposited/\nremitted (Rs.)", w * 0.19f)), ink, st.rules());
        List<String[]> rows = new ArrayList<>();
        for (Form16Data.Quarter q : d.quarters()) {
            rows.add(new String[] {q.name(), q.receipt(), amt(q.paid()), amt(q.deducted()), amt(q.deposited())});
        }
        rows.add(new String[] {"Total (Rs.)", "", amt(d.totalPaid()), amt(d.totalTds()), amt(d.totalTds())});
        rows(flow, t, rows, breakQuartersAfter);
    }

    /** Table I is printed by every deductor; a non-government one leaves it with only a zero total. */
    private void bookAdjustment(Flow flow, float w) {
        Ink ink = st.ink();
        flow.ensure(70);
        flow.moveTo(Chrome.paragraph(flow.canvas(), X, flow.y() + ink.size(), w, "I. DETAILS OF TAX DEDUCTED AND "
                + "DEPOSITED IN THE CENTRAL GOVERNMENT ACCOUNT THROUGH BOOK ADJUSTMENT (The deductor to provide payment "
                + "wise details of tax deducted and deposited with respect to the deductee)", ink.bold()) - ink.size() + 4);
        Table t = new Table(flow.canvas(), X, List.of(Column.center("Sl. No.", w * 0.08f),
                Column.right("Tax Deposited in respect\nof the deductee (Rs.)", w * 0.24f),
                Column.center("Receipt Numbers of\nForm No. 24G", w * 0.19f),
                Column.center("DDO serial number\nin Form No. 24G", w * 0.17f),
                Column.center("Date of transfer\nvoucher (dd/mm/yyyy)", w * 0.17f),
                Column.center("Status of matching\nwith Form No. 24G", w * 0.15f)), ink, st.rules());
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"", "Total (Rs.) " + amt(java.math.BigDecimal.ZERO), "", "", "", ""});
        rows(flow, t, rows, -1);
    }

    private void challans(Flow flow, float w) {
        Ink ink = st.ink();
        flow.ensure(70);
        flow.canvas().text(X, flow.y() + ink.size(), "II. DETAILS OF TAX DEDUCTED AND DEPOSITED IN THE CENTRAL "
                + "GOVERNMENT ACCOUNT THROUGH CHALLAN", ink.bold());
        flow.down(ink.size() + 6);
        Table t = new Table(flow.canvas(), X, List.of(Column.center("Sl. No.", w * 0.08f),
                Column.right("Tax Deposited in respect\nof the deductee (Rs.)", w * 0.24f),
                Column.center("BSR Code of the\nBank Branch", w * 0.17f),
                Column.center("Date on which Tax\ndeposited (dd/mm/yyyy)", w * 0.21f),
                Column.center("Challan Serial\nNumber", w * 0.15f),
                Column.center("Status of matching\nwith OLTAS*", w * 0.15f)), ink, st.rules());
        List<String[]> rows = new ArrayList<>();
        int i = 1;
        for (Form16Data.Challan ch : d.challans()) {
            rows.add(new String[] {String.valueOf(i++), amt(ch.amount()), ch.bsr(),
                    io.taxstream.corpus.util.DateStyle.SLASHED.format(ch.date()), ch.serial(), "F"});
        }
        rows.add(new String[] {"", "Total (Rs.) " + amt(d.totalTds()), "", "", "", ""});
        rows(flow, t, rows, breakChallansAfter);
    }

    private void rows(Flow flow, Table t, List<String[]> rows, int breakAfter) {
        flow.ensure(t.lineHeight() * 8);
        flow.moveTo(t.header(flow.y()));
        flow.onContinue((canvas, top) -> t.header(top));
        for (int i = 0; i < rows.size(); i++) {
            if (i == breakAfter) {
                flow.breakPage();
            }
            flow.ensure(t.height(rows.get(i)));
            flow.moveTo(t.row(flow.y(), rows.get(i)));
        }
        flow.clearContinuation();
        flow.down(10);
    }

    private void verification(Flow flow, float w) {
        Canvas c = flow.canvas();
        flow.ensure(150);
        flow.down(6);
        c.center(c.width() / 2, flow.y() + st.ink().size(), "Verification", st.bold());
        flow.down(st.ink().size() + 8);
        String text = "I, " + d.signatory() + ", working in the capacity of " + d.designation()
                + " do hereby certify that a sum of Rs. " + st.amounts().withPrefix("").format(d.totalTds()) + " [" + Words.rupees(d.totalTds())
                + "] has been deducted and deposited to the credit of the Central Government. I further certify that "
                + "the information given above is true, complete and correct and is based on the books of account, "
                + "documents, TDS statements, TDS deposited and other available records.";
        flow.moveTo(Chrome.paragraph(c, X, flow.y(), w, text, st.ink()));
        flow.moveTo(Chrome.signature(c, c.width() - X, flow.y(), st.ink(), d.signatory(), d.designation(),
                d.employer().place().city(), st.dates().format(d.issued())));
        flow.down(6);
        flow.moveTo(Chrome.paragraph(c, X, flow.y(), w, "Legend used in Form 16: * Status of matching with OLTAS: "
                + "U - Unmatched, P - Provisional, F - Final, O - Overbooked", st.small()));
    }

    private String amt(java.math.BigDecimal v) {
        return st.amounts().format(v);
    }
}
