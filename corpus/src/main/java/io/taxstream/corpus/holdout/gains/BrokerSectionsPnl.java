package io.taxstream.corpus.holdout.gains;

import io.taxstream.corpus.Layout;
import io.taxstream.corpus.Rendered;
import io.taxstream.corpus.holdout.kit.Amounts;
import io.taxstream.corpus.holdout.kit.Day;
import io.taxstream.corpus.holdout.kit.Pdfs;
import io.taxstream.corpus.kit.FinancialYear;
import io.taxstream.corpus.pdf.Canvas;
import io.taxstream.corpus.pdf.Chrome;
import io.taxstream.corpus.pdf.Family;
import io.taxstream.corpus.pdf.Flow;
import io.taxstream.corpus.pdf.Ink;
import io.taxstream.corpus.pdf.Table.Column;
import io.taxstream.corpus.pdf.Table;
import io.taxstream.corpus.util.AmountStyle;
import io.taxstream.corpus.util.Rng;
import io.taxstream.corpus.util.Truth;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * An equity broker's tax P&amp;L with a "Short Term" section and a "Long Term" section, each
 * with its own subtotal row; long-term rows add the 31-Jan-2018 fair market value and a Taxable
 * P&amp;L column. Dates are ISO ({@code 2023-05-12}).
 */
public final class BrokerSectionsPnl implements Layout {

    private static final float X = 30;
    private static final List<String> BROKERS = List.of("Nuvama Wealth and Investment Limited",
            "HDFC Securities Limited", "ICICI Securities Limited", "Groww Invest Tech Private Limited",
            "5paisa Capital Limited", "Paytm Money Limited");

    @Override
    public String docType() {
        return "CAPITAL_GAINS";
    }

    @Override
    public String name() {
        return "h-gains-broker-sections";
    }

    @Override
    public List<Rendered> render(Rng rng) {
        GainsYear d = GainsYears.random(rng, true, rng.between(4, 16), true);
        String broker = rng.pick(BROKERS);
        Ink ink = Ink.of(rng.pickOf(Family.HELVETICA, Family.TIMES), 7.5f);
        AmountStyle money = Amounts.style(rng);
        Day day = rng.pickOf(Day.ISO, Day.ISO, Day.ISO, Day.MON_SHORT_YEAR);
        Canvas c = new Canvas(new PDRectangle(842, 595));
        c.newPage();
        float w = c.width() - 2 * X;
        Chrome.pageNumbers(c, ink, broker + " | Tax P&L Statement", false);
        String investor = rng.pickOf(d.investor().natural(), d.investor().upper());
        c.text(X, 38, broker, ink.bold().size(13));
        c.text(X, 52, "Tax P&L Statement - Equity Delivery  |  F.Y. " + d.financialYear() + "  |  A.Y. "
                + FinancialYear.span(d.fyStart() + 1), ink.bold().plus(1.5f));
        c.text(X, 66, "Client: " + investor + "   Client Code: " + rng.letters(2) + rng.digits(5) + "   PAN: "
                + d.investor().pan(), ink);
        c.text(X, 77, "Statement period: " + day.format(LocalDate.of(d.fyStart(), 4, 1)) + " to "
                + day.format(LocalDate.of(d.fyStart() + 1, 3, 31)), ink);
        Truth t = GainsTruths.of(d, broker, investor, true, true, false);
        Flow f = new Flow(c, 40, 40);
        f.moveTo(88);
        Table st = new Table(c, X, List.of(Column.left("Scrip", w * 0.25f), Column.left("ISIN", w * 0.1f),
                Column.right("Qty", w * 0.05f), Column.center("Buy Date", w * 0.08f), Column.right("Buy Value", w * 0.12f),
                Column.center("Sell Date", w * 0.08f), Column.right("Sell Value", w * 0.12f),
                Column.right("Realised P&L", w * 0.2f)), ink, Table.Rules.HORIZONTAL);
        section(f, "Short Term", ink, w);
        f.moveTo(st.header(f.y()));
        for (Sale s : d.of(false)) {
            f.ensure(24);
            f.moveTo(st.row(f.y(), wrap(c, s.security(), w * 0.25f, ink), s.isin(), s.quantityText(), day.format(s.buyDate()),
                    money.format(s.buyValue()), day.format(s.sellDate()), money.format(s.sellValue()),
                    money.format(s.gain())));
            GainsTruths.sale(t, s);
        }
        f.moveTo(st.row(f.y(), ink.bold(), "Short Term Total", "", "", "", money.format(d.buyValue(false)), "",
                money.format(d.saleValue(false)), money.format(d.gain(false))));
        f.down(14);
        Table lt = new Table(c, X, List.of(Column.left("Scrip", w * 0.22f), Column.left("ISIN", w * 0.1f),
                Column.right("Qty", w * 0.05f), Column.center("Buy Date", w * 0.08f), Column.right("Buy Value", w * 0.1f),
                Column.right("FMV as on\n31-01-2018", w * 0.1f), Column.center("Sell Date", w * 0.08f),
                Column.right("Sell Value", w * 0.1f), Column.right("Realised P&L", w * 0.08f),
                Column.right("Taxable P&L", w * 0.09f)), ink, Table.Rules.HORIZONTAL);
        f.ensure(60);
        section(f, "Long Term", ink, w);
        f.moveTo(lt.header(f.y()));
        for (Sale s : d.of(true)) {
            f.ensure(24);
            f.moveTo(lt.row(f.y(), wrap(c, s.security(), w * 0.22f, ink), s.isin(), s.quantityText(), day.format(s.buyDate()),
                    money.format(s.buyValue()), s.fmv() == null ? "-" : money.format(s.fmv()), day.format(s.sellDate()),
                    money.format(s.sellValue()), money.format(s.sellValue().subtract(s.buyValue())),
                    money.format(s.gain())));
            GainsTruths.sale(t, s);
        }
        f.moveTo(lt.row(f.y(), ink.bold(), "Long Term Total", "", "", "", money.format(d.buyValue(true)), "", "",
                money.format(d.saleValue(true)), "", money.format(d.gain(true))));
        f.down(12);
        f.ensure(30);
        c.text(X, f.y() + 8, "Taxable P&L of long-term trades uses the higher of cost and the fair market value on "
                + "31-01-2018 (capped at the sale value) as cost, as per section 112A.", ink);
        return List.of(Rendered.pdf(Pdfs.save(c, "Broker Reports", LocalDate.of(d.fyStart() + 1, 5, 2), rng),
                t.build()));
    }

    private static String wrap(Canvas c, String text, float width, Ink ink) {
        return String.join("\n", Chrome.wrap(c, text, width - 8, ink));
    }

    private static void section(Flow f, String title, Ink ink, float w) {
        Canvas c = f.canvas();
        c.shade(X, f.y(), w, 16, 0.85f);
        c.text(X + 4, f.y() + 11, title, ink.bold().plus(2));
        f.down(18);
    }
}
