package io.taxstream.corpus.holdout.proof;

import io.taxstream.corpus.Layout;
import io.taxstream.corpus.Rendered;
import io.taxstream.corpus.holdout.kit.Amounts;
import io.taxstream.corpus.holdout.kit.Cast;
import io.taxstream.corpus.holdout.kit.Cells;
import io.taxstream.corpus.holdout.kit.Day;
import io.taxstream.corpus.holdout.kit.Pdfs;
import io.taxstream.corpus.kit.FinancialYear;
import io.taxstream.corpus.kit.ProofTruth;
import io.taxstream.corpus.kit.Rupees;
import io.taxstream.corpus.kit.Who;
import io.taxstream.corpus.pdf.Canvas;
import io.taxstream.corpus.pdf.Chrome;
import io.taxstream.corpus.pdf.Family;
import io.taxstream.corpus.pdf.Ink;
import io.taxstream.corpus.pdf.Table.Column;
import io.taxstream.corpus.pdf.Table;
import io.taxstream.corpus.util.AmountStyle;
import io.taxstream.corpus.util.Rng;
import io.taxstream.corpus.util.Words;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A general insurer's premium paid certificate for section 80D: policy facts in boxed cells, the
 * insured members with relationship and age, the receipt with premium, GST and total, and the
 * premium split between the family and the parents.
 */
public final class HealthMembersCertificate implements Layout {

    private static final float X = 42;
    private static final List<String> INSURERS = List.of("ManipalCigna Health Insurance Company Limited",
            "Bajaj Allianz General Insurance Co. Ltd.", "Tata AIG General Insurance Company Limited",
            "Reliance General Insurance Company Limited", "Galaxy Health Insurance Company Ltd",
            "SBI General Insurance Company Limited", "Universal Sompo General Insurance Co. Ltd.");

    @Override
    public String docType() {
        return "INVESTMENT_PROOF";
    }

    @Override
    public String name() {
        return "h-proof-80d-members";
    }

    @Override
    public List<Rendered> render(Rng rng) {
        String insurer = rng.pick(INSURERS);
        Who p = Cast.person(rng);
        int fy = rng.between(2021, 2024);
        LocalDate paid = LocalDate.of(fy, 4, 1).plusDays(rng.between(0, 360));
        Ink ink = Ink.of(rng.pickOf(Family.HELVETICA, Family.TIMES), 8.5f);
        AmountStyle money = Amounts.style(rng);
        Day day = Day.any(rng);
        String policy = rng.pickOf(rng.number(4) + "/" + rng.digits(8) + "/" + rng.digits(2) + "/" + rng.digits(3),
                "P" + rng.digits(4) + "/" + rng.number(2) + "-" + rng.digits(2) + "/" + rng.digits(6),
                rng.number(12));
        List<String[]> members = new ArrayList<>();
        String holder = rng.pickOf(p.upper(), p.natural());
        int age = paid.getYear() - p.dob().getYear();
        members.add(new String[] {holder, "Self", day.format(p.dob()), String.valueOf(age)});
        boolean spouse = rng.chance(0.7);
        if (spouse) {
            Who s = Cast.person(rng);
            members.add(new String[] {relative(s, p), "Spouse",
                day.format(p.dob().plusYears(rng.between(-4, 4))), String.valueOf(age + rng.between(-4, 4))});
        }
        int kids = age >= 30 ? rng.between(0, 2) : 0;
        for (int i = 0; i < kids; i++) {
            int ka = rng.between(1, Math.min(17, age - 26));
            members.add(new String[] {relative(Cast.person(rng), p), rng.pickOf("Son", "Daughter"),
                day.format(paid.minusYears(ka).minusDays(rng.between(1, 300))), String.valueOf(ka)});
        }
        boolean parents = rng.chance(0.35);
        if (parents) {
            for (String rel : List.of("Father", "Mother")) {
                int pa = age + rng.between(24, 32);
                members.add(new String[] {relative(Cast.person(rng), p), rel,
                    day.format(paid.minusYears(pa).minusDays(rng.between(1, 300))), String.valueOf(pa)});
            }
        }
        BigDecimal family = rng.rupees(7_000, 38_000, 1);
        BigDecimal parentsPart = parents ? rng.rupees(14_000, 55_000, 1) : Rupees.ZERO;
        BigDecimal base = family.add(parentsPart);
        BigDecimal gst = base.multiply(new BigDecimal("0.18")).setScale(2, RoundingMode.HALF_UP);
        BigDecimal total = base.add(gst);
        Canvas c = Canvas.a4();
        c.newPage();
        float w = c.width() - 2 * X;
        c.text(X, 48, insurer, ink.bold().size(14));
        c.text(X, 61, "IRDAI Reg. No. " + rng.number(3) + "  |  CIN: U66000" + rng.letters(2) + rng.digits(4) + "PLC"
                + rng.digits(6) + "  |  Toll free 1800 " + rng.digits(3) + " " + rng.digits(4), ink.plus(-1.5f));
        c.line(X, 68, c.width() - X, 68, 1.5f);
        c.center(c.width() / 2, 88, "PREMIUM PAID CERTIFICATE", ink.bold().size(12));
        c.center(c.width() / 2, 101, "(for the purpose of deduction under Section 80D of the Income Tax Act, 1961) - "
                + "Financial Year " + FinancialYear.longSpan(fy), ink);
        LocalDate start = paid.plusDays(rng.between(0, 5));
        float y = Cells.draw(c, X, 112, w, 3, List.of(new String[] {"Policy Number", policy},
                new String[] {"Product", rng.pickOf("ProHealth Prime Protect", "Health Guard Gold", "Medicare Premier",
                    "Family Floater Plus", "Arogya Supreme")}, new String[] {"Policy Period",
                    day.format(start) + " to " + day.format(start.plusYears(1).minusDays(1))},
                new String[] {"Proposer", holder}, new String[] {"Proposer PAN", p.pan()},
                new String[] {"Sum Insured (Rs.)", money.format(rng.rupees(300_000, 2_500_000, 100_000))}), ink, true);
        y += 14;
        c.text(X, y, "Insured Members", ink.bold().plus(1));
        Table m = new Table(c, X, List.of(Column.center("Sr.", w * 0.07f), Column.left("Name of Insured", w * 0.43f),
                Column.left("Relationship", w * 0.18f), Column.center("Date of Birth", w * 0.2f),
                Column.center("Age", w * 0.12f)), ink, Table.Rules.GRID);
        y = m.header(y + 5);
        int n = 0;
        for (String[] r : members) {
            y = m.row(y, String.valueOf(++n), r[0], r[1], r[2], r[3]);
        }
        y += 14;
        c.text(X, y, "Premium Receipt", ink.bold().plus(1));
        String receipt = rng.letters(2) + rng.digits(10);
        Table r = new Table(c, X, List.of(Column.left("Receipt No.", w * 0.2f), Column.center("Receipt Date", w * 0.15f),
                Column.left("Mode", w * 0.15f), Column.right("Premium (excl. GST)", w * 0.18f),
                Column.right("GST @ 18%", w * 0.14f), Column.right("Total Premium", w * 0.18f)), ink, Table.Rules.GRID);
        y = r.header(y + 5);
        y = r.row(y, receipt, day.format(paid), rng.pickOf("Net Banking", "UPI", "Credit Card", "Cheque", "Auto-debit"),
                money.format(base), money.format(gst), money.format(total));
        y += 10;
        if (parents) {
            BigDecimal famGst = family.multiply(new BigDecimal("0.18")).setScale(2, RoundingMode.HALF_UP);
            c.text(X, y + 8, "Premium attributable to Self / Spouse / Children (incl. GST): " + money.format(family.add(famGst)),
                    ink);
            c.text(X, y + 20, "Premium attributable to Parents (incl. GST): " + money.format(total.subtract(family)
                    .subtract(famGst)), ink);
            y += 24;
        }
        y = Chrome.paragraph(c, X, y + 12, w, "Received with thanks from " + holder + " a sum of Rs. "
                + money.format(total) + " (" + Words.rupees(total) + ") towards the premium of the above policy, "
                + "paid by a mode other than cash. The certificate is issued on the request of the proposer for "
                + "claiming deduction under section 80D.", ink);
        c.right(c.width() - X, y + 26, "For " + insurer, ink.bold());
        c.right(c.width() - X, y + 56, "Authorised Signatory", ink);
        ProofTruth t = new ProofTruth("HEALTH_INSURANCE_PREMIUM", "80D", insurer, holder, total).pan(p.pan())
                .reference(policy).paid(paid).year(fy);
        return List.of(Rendered.pdf(Pdfs.save(c, insurer, paid.plusDays(2), rng), t.build()));
    }

    /** A family member's name: their given name and the proposer's surname (or initial). */
    private static String relative(Who someone, Who proposer) {
        String name = proposer.family().isEmpty() ? proposer.initial() + " " + someone.given()
                : someone.given() + " " + proposer.family();
        return name.toUpperCase(java.util.Locale.ROOT);
    }
}
