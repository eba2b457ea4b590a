package io.taxstream.corpus.holdout2.proof;

import io.taxstream.corpus.Layout;
import io.taxstream.corpus.Rendered;
import io.taxstream.corpus.holdout2.kit.Cast2;
import io.taxstream.corpus.holdout2.kit.Money;
import io.taxstream.corpus.holdout2.kit.Save;
import io.taxstream.corpus.holdout2.kit.When;
import io.taxstream.corpus.kit.FinancialYear;
import io.taxstream.corpus.kit.ProofTruth;
import io.taxstream.corpus.kit.Rupees;
import io.taxstream.corpus.kit.Who;
import io.taxstream.corpus.pdf.Canvas;
import io.taxstream.corpus.pdf.Family;
import io.taxstream.corpus.pdf.Ink;
import io.taxstream.corpus.util.DateStyle;
import io.taxstream.corpus.util.Rng;
import io.taxstream.corpus.util.Words;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

/**
 * India Post's Postal Life Insurance (or Rural PLI) premium receipt on a half sheet, Hindi and
 * English heads: policy and plan, the months paid for, premium times instalments less the rebate
 * for paying in advance plus GST, the total received, and the post office. Amount = total received.
 */
public final class PliPremiumReceipt implements Layout {

    private static final List<String> PLANS = List.of("Whole Life Assurance (Suraksha)",
            "Endowment Assurance (Santosh)", "Convertible Whole Life Assurance (Suvidha)",
            "Anticipated Endowment Assurance (Sumangal)", "Joint Life Endowment (Yugal Suraksha)");
    private static final List<String> RURAL_PLANS = List.of("Gram Suraksha", "Gram Santosh", "Gram Suvidha",
            "Gram Sumangal", "Gram Priya");

    @Override
    public String docType() {
        return "INVESTMENT_PROOF";
    }

    @Override
    public String name() {
        return "h2-proof-pli-receipt";
    }

    @Override
    public List<Rendered> render(Rng rng) {
        boolean rural = rng.chance(0.4);
        Who insurant = Cast2.folk(rng);
        String state = insurant.place().state().substring(0, 2).toUpperCase(Locale.ROOT);
        String policy = (rural ? "R-" : "") + state + "-" + rng.letters(2) + "-" + rng.pickOf("EA", "WLA", "CWLA", "AEA")
                + "-" + rng.number(6);
        String plan = rural ? rng.pick(RURAL_PLANS) : rng.pick(PLANS);
        BigDecimal perMonth = rng.rupees(180, 6_500, 1);
        int months = rng.pickOf(1, 3, 6, 12, 12);
        LocalDate paid = LocalDate.of(rng.between(2021, 2025), rng.between(1, 12), rng.between(1, 28));
        YearMonth first = YearMonth.from(paid).plusMonths(rng.between(0, 1));
        YearMonth last = first.plusMonths(months - 1L);
        BigDecimal premium = perMonth.multiply(BigDecimal.valueOf(months));
        BigDecimal rebate = months >= 12 ? premium.multiply(new BigDecimal("0.02")).setScale(0, RoundingMode.HALF_UP)
                .setScale(2) : months >= 6 ? premium.multiply(new BigDecimal("0.01")).setScale(0, RoundingMode.HALF_UP)
                .setScale(2) : Rupees.ZERO;
        BigDecimal gst = rng.chance(0.6) ? premium.subtract(rebate).multiply(new BigDecimal("0.0225"))
                .setScale(2, RoundingMode.HALF_UP) : Rupees.ZERO;
        BigDecimal total = premium.subtract(rebate).add(gst);
        Ink ink = Ink.of(rng.pickOf(Family.HELVETICA, Family.TIMES), 8f);
        Money money = Money.indian("Rs. ", true);
        When when = rng.pickOf(When.DD_MMM_YYYY, When.SLASHED, When.D_M_YY);
        Canvas c = Save.a5();
        c.newPage();
        float x = 28;
        float w = c.width() - 2 * x;
        c.center(c.width() / 2, 30, "भारत सरकार / Government of India", ink);
        c.center(c.width() / 2, 41, "डाक विभाग / Department of Posts", ink);
        String issuer = rural ? "RURAL POSTAL LIFE INSURANCE" : "POSTAL LIFE INSURANCE";
        c.center(c.width() / 2, 56, (rural ? "ग्रामीण डाक जीवन बीमा / " : "डाक जीवन बीमा / ") + issuer,
                ink.bold().size(11));
        c.line(x, 62, x + w, 62, 0.8f);
        c.center(c.width() / 2, 76, "PREMIUM RECEIPT", ink.bold().size(10));
        String txn = rng.letters(2) + rng.number(10);
        String holder = rng.chance(0.6) ? insurant.upper() : insurant.natural();
        String[][] kv = {{"Receipt No.", rng.number(12)}, {"Transaction ID", txn},
            {"Date & Time", when.of(paid) + " " + LocalTime.of(rng.between(9, 16), rng.between(0, 59))},
            {"Policy Number", policy}, {"Name of Insurant", holder}, {"Plan", plan},
            {"Sum Assured", money.of(rng.rupees(50_000, 5_000_000, 10_000))},
            {"Premium Frequency", rng.pickOf("Monthly", "Monthly", "Quarterly", "Yearly")},
            {"Premium paid for", DateStyle.abbr(first.atDay(1)) + "-" + first.getYear() + " to "
                + DateStyle.abbr(last.atDay(1)) + "-" + last.getYear() + " (" + months + " month" + (months > 1 ? "s"
                : "") + ")"}};
        float y = 84;
        for (String[] r : kv) {
            y += 12;
            c.text(x, y, r[0], ink);
            c.text(x + 92, y, ": " + r[1], ink.bold());
        }
        y += 10;
        c.hline(x, x + w, y);
        String[][] amounts = {{"Premium (" + money.of(perMonth) + " x " + months + ")", money.of(premium)},
            {"Less: Rebate", money.of(rebate)}, {"Default Fee", money.of(Rupees.ZERO)}, {"GST", money.of(gst)}};
        for (String[] r : amounts) {
            y += 12;
            c.text(x, y, r[0], ink);
            c.right(x + w, y, r[1], ink);
        }
        y += 6;
        c.hline(x, x + w, y);
        y += 13;
        c.text(x, y, "Total Amount Received", ink.bold().plus(1));
        c.right(x + w, y, money.of(total), ink.bold().plus(1));
        y += 12;
        c.text(x, y, "(" + Words.rupees(total) + ")", ink.plus(-1));
        y += 16;
        c.text(x, y, "Mode of payment: " + rng.pickOf("Cash", "IPPB Account", "Cheque", "Online (PLI portal)"), ink);
        y += 12;
        c.text(x, y, "Post Office: " + rng.pick(insurant.place().localities()) + " S.O., " + insurant.place().city(), ink);
        boolean note = rng.chance(0.6);
        ProofTruth t = new ProofTruth("LIFE_INSURANCE_PREMIUM", note ? "80C" : null, issuer, holder, total)
                .reference(policy).paid(paid);
        if (note) {
            y += 18;
            c.text(x, y, "Premium paid is eligible for deduction u/s 80C of the Income Tax Act, 1961", ink.plus(-1));
        }
        if (rng.chance(0.5)) {
            y += 12;
            c.text(x, y, "Financial Year: " + FinancialYear.span(FinancialYear.of(paid)), ink.plus(-1));
            t.year(FinancialYear.of(paid));
        }
        c.center(c.width() / 2, c.height() - 30, "This is a computer generated receipt. Signature not required.",
                ink.plus(-1.5f));
        return List.of(Rendered.pdf(Save.pdf(c, "McCamish PLI System", paid, rng), t.build()));
    }
}
