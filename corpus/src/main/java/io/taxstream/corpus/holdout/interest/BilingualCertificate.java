package io.taxstream.corpus.holdout.interest;

import io.taxstream.corpus.Layout;
import io.taxstream.corpus.Rendered;
import io.taxstream.corpus.data.Bank;
import io.taxstream.corpus.holdout.interest.DepositYear.Deposit;
import io.taxstream.corpus.holdout.kit.Amounts;
import io.taxstream.corpus.holdout.kit.Day;
import io.taxstream.corpus.holdout.kit.Pdfs;
import io.taxstream.corpus.holdout.kit.Years;
import io.taxstream.corpus.pdf.Canvas;
import io.taxstream.corpus.pdf.Family;
import io.taxstream.corpus.pdf.Ink;
import io.taxstream.corpus.pdf.Table;
import io.taxstream.corpus.pdf.Table.Column;
import io.taxstream.corpus.util.AmountStyle;
import io.taxstream.corpus.util.Rng;
import io.taxstream.corpus.util.Truth;
import io.taxstream.corpus.util.Words;
import java.util.List;

/**
 * A public-sector bank's certificate with every heading and label in Hindi and English
 * ("ब्याज प्रमाणपत्र / INTEREST CERTIFICATE"), the bank's Hindi name above its English one, and
 * the total interest repeated in words.
 */
public final class BilingualCertificate implements Layout {

    private static final float X = 46;
    private static final List<String[]> BANKS = List.of(new String[] {"बैंक ऑफ़ बड़ौदा", "Bank of Baroda", "BARB", "14"},
            new String[] {"केनरा बैंक", "Canara Bank", "CNRB", "13"},
            new String[] {"पंजाब नैशनल बैंक", "Punjab National Bank", "PUNB", "16"},
            new String[] {"यूको बैंक", "UCO Bank", "UCBA", "14"},
            new String[] {"सेंट्रल बैंक ऑफ़ इंडिया", "Central Bank of India", "CBIN", "10"},
            new String[] {"इंडियन ओवरसीज़ बैंक", "Indian Overseas Bank", "IOBA", "15"},
            new String[] {"बैंक ऑफ़ महाराष्ट्र", "Bank of Maharashtra", "MAHB", "11"},
            new String[] {"भारतीय स्टेट बैंक", "State Bank of India", "SBIN", "11"});

    @Override
    public String docType() {
        return "INTEREST_CERTIFICATE";
    }

    @Override
    public String name() {
        return "h-interest-bilingual";
    }

    @Override
    public List<Rendered> render(Rng rng) {
        String[] b = rng.pick(BANKS);
        Bank bank = new Bank(b[1], b[2], Integer.parseInt(b[3]));
        DepositYear d = DepositYears.random(rng, bank, List.of("FD", "RD", "SB"), rng.between(1, 5), rng.chance(0.15));
        Ink ink = Ink.of(Family.HELVETICA, 8.5f);
        AmountStyle money = Amounts.style(rng);
        Day day = rng.pickOf(Day.DASHED, Day.SLASHED, Day.DOTTED);
        Canvas c = Canvas.a4();
        c.newPage();
        float w = c.width() - 2 * X;
        float mid = c.width() / 2;
        c.center(mid, 44, b[0], ink.bold().size(14));
        c.center(mid, 62, b[1], ink.bold().size(14));
        c.center(mid, 75, "शाखा / Branch: " + d.branch().name() + ", " + d.branch().address().city() + "   IFSC: "
                + d.branch().ifsc(), ink);
        c.line(X, 82, c.width() - X, 82, 1.2f);
        c.center(mid, 102, "ब्याज प्रमाणपत्र / INTEREST CERTIFICATE", ink.bold().size(12));
        c.center(mid, 116, "वित्तीय वर्ष / Financial Year : " + Years.printed(rng, d.fyStart()), ink.bold());
        String name = d.depositor().upper();
        Table who = new Table(c, X, List.of(Column.left("", 190), Column.left("", w - 190)), ink, Table.Rules.NONE, 2);
        float y = 126;
        y = who.row(y, "जमाकर्ता का नाम / Name of Depositor", ": " + name);
        y = who.row(y, "पता / Address", ": " + d.depositor().address().line1() + ",\n  "
                + d.depositor().address().city() + " - " + d.depositor().address().pin());
        y = who.row(y, "पैन / PAN", ": " + d.depositor().pan());
        y = who.row(y, "ग्राहक संख्या / Customer ID", ": " + d.customerId());
        y += 10;
        Table t = new Table(c, X, List.of(Column.center("क्रम\nS.No.", w * 0.07f), Column.left("खाता संख्या\nAccount No.",
                w * 0.25f), Column.center("प्रकार\nType", w * 0.1f), Column.right("मूल राशि\nPrincipal", w * 0.18f),
                Column.right("ब्याज\nInterest", w * 0.2f), Column.right("स्रोत पर कर कटौती\nTDS", w * 0.2f)), ink,
                Table.Rules.GRID);
        y = t.header(y);
        int n = 0;
        for (Deposit x : d.deposits()) {
            y = t.row(y, String.valueOf(++n), x.account(), x.type(), money.format(x.principal()),
                    money.format(x.interest()), money.format(x.tds()));
        }
        y = t.row(y, ink.bold(), "", "कुल / Total", "", "", money.format(d.totalInterest()), money.format(d.totalTds()));
        Truth truth = InterestTruths.of(d, b[1], name, true, true);
        y += 16;
        c.text(X, y, "कुल ब्याज (शब्दों में) / Total interest in words: " + Words.rupees(d.totalInterest()), ink);
        if (d.form15()) {
            c.text(X, y + 14, "फॉर्म 15जी/15एच प्राप्त / Form 15G/15H received - no tax deducted.", ink.bold());
        }
        c.text(X, y + 44, "दिनांक / Date: " + day.format(d.issued()), ink);
        c.right(c.width() - X, y + 44, "शाखा प्रबंधक / Branch Manager", ink.bold());
        c.center(mid, c.height() - 30, "यह कंप्यूटर जनित प्रमाणपत्र है / This is a computer generated certificate.",
                ink.plus(-1));
        return List.of(Rendered.pdf(Pdfs.save(c, "CBS Certificate Module", d.issued(), rng), truth.build()));
    }
}
