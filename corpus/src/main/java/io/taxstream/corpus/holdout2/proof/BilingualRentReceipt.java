package io.taxstream.corpus.holdout2.proof;

import io.taxstream.corpus.Layout;
import io.taxstream.corpus.Rendered;
import io.taxstream.corpus.holdout2.kit.Cast2;
import io.taxstream.corpus.holdout2.kit.Draw;
import io.taxstream.corpus.holdout2.kit.Money;
import io.taxstream.corpus.holdout2.kit.Save;
import io.taxstream.corpus.holdout2.kit.When;
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
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * A landlord's rent receipt in Hindi and English, as printed receipt books have it: receipt
 * number and date, a Hindi line and its English sentence naming the tenant, the sum in figures and
 * words, the premises and the month or months; the landlord's name and PAN (when the year's rent
 * passes one lakh) above a signature, with a revenue-stamp box for cash. Amount = this receipt's sum.
 */
public final class BilingualRentReceipt implements Layout {

    @Override
    public String docType() {
        return "INVESTMENT_PROOF";
    }

    @Override
    public String name() {
        return "h2-proof-rent-bilingual";
    }

    @Override
    public List<Rendered> render(Rng rng) {
        Who landlord = Cast2.folk(rng, 1945, 1985);
        Who tenant = Cast2.folk(rng, 1975, 2000);
        BigDecimal rent = Rupees.rupees(rng.between(30, 600) * 100L);
        int months = rng.pickOf(1, 1, 1, 3, 12);
        YearMonth first = YearMonth.of(rng.between(2021, 2025), months == 12 ? 4 : rng.between(1, 12));
        YearMonth last = first.plusMonths(months - 1L);
        BigDecimal amount = rent.multiply(BigDecimal.valueOf(months));
        LocalDate date = months == 12 ? last.atEndOfMonth() : first.atDay(rng.between(1, 10));
        String mode = amount.compareTo(Rupees.rupees(5_000)) > 0 && rng.chance(0.6) ? rng.pickOf("UPI", "bank transfer",
                "cheque No. " + rng.digits(6)) : "cash";
        Ink ink = Ink.of(rng.pickOf(Family.TIMES, Family.HELVETICA), 9.5f);
        Money money = Money.indian("₹ ", false).suffix("/-");
        When when = rng.pickOf(When.SLASHED, When.D_M_YYYY, When.ORDINAL, When.DOTTED);
        Canvas c = Save.a5Landscape();
        c.newPage();
        float x = 34;
        float w = c.width() - 2 * x;
        c.box(18, 18, c.width() - 36, c.height() - 36);
        c.center(c.width() / 2, 44, "किराया रसीद / RENT RECEIPT", ink.bold().size(13));
        String receipt = String.valueOf(rng.between(1, 60));
        c.text(x, 66, "रसीद सं. / Receipt No.: " + receipt, ink);
        c.right(x + w, 66, "दिनांक / Date: " + when.of(date), ink);
        String period = months == 1 ? "for the month of " + DateStyle.monthName(first.getMonthValue()) + " "
                + first.getYear() : "for the period " + DateStyle.monthName(first.getMonthValue()) + " "
                + first.getYear() + " to " + DateStyle.monthName(last.getMonthValue()) + " " + last.getYear()
                + " @ " + money.of(rent) + " per month";
        String tenantName = tenant.honorific() + " " + tenant.natural();
        float y = Draw.para(c, x, 88, w, (tenant.female() ? "श्रीमती " : "श्री ") + tenant.natural() + " से किराये के रूप में " + money.of(amount)
                + " प्राप्त हुए।", ink);
        String premises = landlord.address().line1() + ", " + landlord.address().locality() + ", "
                + landlord.address().city();
        boolean hra = rng.chance(0.4);
        y = Draw.para(c, x, y + 6, w, "Received with thanks from " + tenantName + " a sum of " + money.of(amount) + " ("
                + Words.rupees(amount) + ") by " + mode + " towards rent of the residential premises at " + premises
                + " " + period + "." + (hra ? " This receipt is issued for claiming exemption of HRA u/s 10(13A)." : ""),
                ink);
        boolean pan = amount.multiply(BigDecimal.valueOf(12 / months)).compareTo(Rupees.rupees(100_000)) > 0
                || rng.chance(0.3);
        float sy = Math.max(y + 30, c.height() - 110);
        if (mode.equals("cash")) {
            c.box(x, sy - 10, 60, 56);
            c.center(x + 30, sy + 14, "Revenue", ink.plus(-2));
            c.center(x + 30, sy + 24, "Stamp", ink.plus(-2));
        }
        c.right(x + w, sy + 10, "(Signature)", ink.plus(-1));
        c.right(x + w, sy + 24, "मकान मालिक / Landlord: " + landlord.natural(), ink.bold());
        if (pan) {
            c.right(x + w, sy + 36, "PAN: " + landlord.pan(), ink);
        }
        c.right(x + w, sy + 48, "Address: " + landlord.address().city() + " - " + landlord.address().pin(), ink.plus(-1));
        ProofTruth t = new ProofTruth("RENT_RECEIPT", hra ? "10(13A)" : null, landlord.natural(), tenant.natural(),
                amount).reference(receipt).paid(date);
        return List.of(Rendered.pdf(Save.pdf(c, rng.pickOf("Microsoft Word", "Canva", "WPS Writer"), date, rng),
                t.build()));
    }
}
