package io.taxstream.corpus.interest;

import io.taxstream.corpus.Layout;
import io.taxstream.corpus.Rendered;
import io.taxstream.corpus.interest.InterestData.Deposit;
import io.taxstream.corpus.pdf.Canvas;
import io.taxstream.corpus.pdf.Family;
import io.taxstream.corpus.pdf.Ink;
import io.taxstream.corpus.pdf.Letter;
import io.taxstream.corpus.pdf.PdfWriter;
import io.taxstream.corpus.pdf.Table;
import io.taxstream.corpus.pdf.Table.Column;
import io.taxstream.corpus.util.AmountStyle;
import io.taxstream.corpus.util.DateStyle;
import io.taxstream.corpus.util.Rng;
import java.util.List;
import java.util.Locale;

/**
 * A post office certificate of interest on small-savings accounts (TD, RD, MIS, SCSS, SB), issued
 * by a head post office of the Department of Posts, with scheme names spelled out beside the codes.
 */
public final class PostOfficeCertificate implements Layout {

    private static final List<String> SCHEMES = List.of("TD", "RD", "MIS", "SCSS", "SB");

    @Override
    public String docType() {
        return "INTEREST_CERTIFICATE";
    }

    @Override
    public String name() {
        return "interest-post-office";
    }

    @Override
    public List<Rendered> render(Rng rng) {
        InterestData d = InterestFactory.random(rng, SCHEMES, rng.between(1, 4), false);
        Ink ink = Ink.of(Family.TIMES, 10f);
        AmountStyle amounts = AmountStyle.INDIAN.withPrefix("Rs. ");
        DateStyle dates = DateStyle.DOTTED;
        String office = d.branch().address().city() + " H.O.";
        String issuer = "Department of Posts";
        Letter l = new Letter(Canvas.a4(), ink, 55);
        l.letterhead("DEPARTMENT OF POSTS, INDIA", List.of("Office of the Postmaster, " + office + ", "
                + d.branch().address().city() + " - " + d.branch().address().pin(), "India Post - Small Savings Schemes"));
        l.title("CERTIFICATE OF INTEREST EARNED");
        l.line("Financial Year : " + d.financialYear());
        l.paragraph("Certified that the following interest has been paid/credited by " + issuer + " to "
                + d.depositor().salutation() + " " + d.depositor().upperName() + ", " + d.depositor().address().oneLine()
                + " (PAN: " + d.depositor().pan() + ") in respect of the accounts standing at this office during the "
                + "period " + dates.format(d.fyFrom()) + " to " + dates.format(d.fyTo()) + ".");
        float w = l.width();
        Table t = l.table(List.of(Column.center("Sl.", w * 0.06f), Column.left("Account No.", w * 0.22f),
                Column.left("Scheme", w * 0.34f), Column.right("Interest", w * 0.19f), Column.right("TDS", w * 0.19f)),
                Table.Rules.GRID);
        float y = t.header(l.y() + 8);
        int i = 1;
        for (Deposit dep : d.deposits()) {
            y = t.row(y, String.valueOf(i++), dep.account(), dep.type() + " - " + scheme(dep.type()),
                    amounts.format(dep.interest()), amounts.format(dep.tds()));
        }
        y = t.row(y, ink.bold(), "", "TOTAL", "", amounts.format(d.totalInterest()), amounts.format(d.totalTds()));
        l.moveTo(y);
        l.signature("Postmaster / Sub Postmaster", office.toUpperCase(Locale.ROOT), "(Seal)");
        l.line("Date: " + dates.format(d.issued()));
        byte[] pdf = PdfWriter.save(l.canvas(), new PdfWriter.Meta("Finacle - DOP", d.issued(), rng.nextLong()));
        return List.of(Rendered.pdf(pdf, InterestTruth.of(d, issuer, d.depositor().upperName(), true, true).build()));
    }

    private static String scheme(String code) {
        return switch (code) {
            case "TD" -> "Time Deposit";
            case "RD" -> "Recurring Deposit";
            case "MIS" -> "Monthly Income Scheme";
            case "SCSS" -> "Senior Citizens Savings Scheme";
            default -> "Savings Account";
        };
    }
}
