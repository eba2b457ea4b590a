package io.taxstream.corpus.bank;

import io.taxstream.corpus.pdf.Canvas;
import io.taxstream.corpus.pdf.Chrome;
import io.taxstream.corpus.pdf.Flow;
import io.taxstream.corpus.pdf.Ink;
import io.taxstream.corpus.pdf.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Draws transactions across pages: the header repeats on every page, narrations wrap within their
 * column, and optionally each page ends with a "Page Total" row (which is not a transaction).
 */
final class TxnTable {

    private final Flow flow;
    private final Table table;
    private final int descColumn;
    private final float descWidth;
    private final Ink ink;

    TxnTable(Flow flow, Table table, int descColumn, float descWidth, Ink ink) {
        this.flow = flow;
        this.table = table;
        this.descColumn = descColumn;
        this.descWidth = descWidth;
        this.ink = ink;
    }

    /** Lines a narration takes in its column; the truth joins them with single spaces. */
    List<String> wrap(String description) {
        Canvas c = flow.canvas();
        List<String> out = new ArrayList<>();
        for (String line : Chrome.wrap(c, description, descWidth, ink)) {
            while (c.textWidth(line, ink) > descWidth && line.length() > 1) {
                int cut = line.length() - 1;
                while (cut > 1 && c.textWidth(line.substring(0, cut), ink) > descWidth) {
                    cut--;
                }
                out.add(line.substring(0, cut));
                line = line.substring(cut);
            }
            out.add(line);
        }
        return out;
    }

    /**
     * Draws the rows; cells come without the narration, which is put in its column wrapped.
     *
     * @param lead      rows drawn first, such as an opening-balance or B/F row (not transactions)
     * @param pageTotal builds a page-total row from the page's debit and credit sums, or null for none
     * @param tail      rows drawn last, such as Total or Closing Balance rows (not transactions)
     */
    void draw(List<String[]> lead, List<Txn> txns, Function<Txn, String[]> cells, PageTotal pageTotal,
            List<String[]> tail) {
        flow.moveTo(table.header(flow.y()));
        flow.onContinue((canvas, top) -> table.header(top));
        for (String[] row : lead) {
            flow.moveTo(table.row(flow.y(), ink.bold(), row));
        }
        BigDecimal dr = BigDecimal.ZERO;
        BigDecimal cr = BigDecimal.ZERO;
        for (Txn t : txns) {
            String[] row = cells.apply(t);
            row[descColumn] = String.join("\n", wrap(t.description()));
            float h = table.height(row) + (pageTotal == null ? 0 : table.lineHeight() + 4);
            if (flow.y() + h > flow.canvas().height() - 50) {
                if (pageTotal != null) {
                    flow.moveTo(table.row(flow.y(), ink.bold(), pageTotal.row(dr, cr)));
                    dr = BigDecimal.ZERO;
                    cr = BigDecimal.ZERO;
                }
                flow.breakPage();
            }
            flow.moveTo(table.row(flow.y(), row));
            dr = t.isDebit() ? dr.add(t.debit()) : dr;
            cr = t.isDebit() ? cr : cr.add(t.credit());
        }
        if (pageTotal != null) {
            flow.moveTo(table.row(flow.y(), ink.bold(), pageTotal.row(dr, cr)));
        }
        for (String[] row : tail) {
            flow.ensure(table.height(row));
            flow.moveTo(table.row(flow.y(), ink.bold(), row));
        }
        flow.clearContinuation();
    }

    /** Builds the cells of a page-total row. */
    @FunctionalInterface
    interface PageTotal {
        String[] row(BigDecimal debits, BigDecimal credits);
    }
}
