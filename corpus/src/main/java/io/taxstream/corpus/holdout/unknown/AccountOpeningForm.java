package io.taxstream.corpus.holdout.unknown;

import io.taxstream.corpus.data.Bank;
import io.taxstream.corpus.data.Ids;
import io.taxstream.corpus.holdout.kit.Amounts;
import io.taxstream.corpus.holdout.kit.Cast;
import io.taxstream.corpus.holdout.kit.Cells;
import io.taxstream.corpus.holdout.kit.Day;
import io.taxstream.corpus.kit.Who;
import io.taxstream.corpus.pdf.Canvas;
import io.taxstream.corpus.pdf.Family;
import io.taxstream.corpus.pdf.Ink;
import io.taxstream.corpus.util.AmountStyle;
import io.taxstream.corpus.util.Rng;
import java.time.LocalDate;
import java.util.List;

/**
 * A savings account opening form as filled in at a branch: boxed cells with customer details,
 * PAN, IFSC, the allotted account number, KYC documents, nominee and tick boxes for services.
 * It has everything a statement header has, but no transactions and no balances.
 */
public final class AccountOpeningForm extends NearMissPage {

    @Override
    public String name() {
        return "h-unknown-account-opening-form";
    }

    @Override
    String producer() {
        return "Branch Onboarding";
    }

    @Override
    void draw(Canvas c, Rng rng, LocalDate date) {
        Bank bank = Cast.bank(rng);
        Who p = Cast.person(rng);
        Bank.Branch branch = Cast.branch(rng, bank, p.place());
        AmountStyle money = Amounts.style(rng);
        Day day = Day.any(rng);
        Ink ink = Ink.of(Family.HELVETICA, 8.5f);
        float x = 36;
        float w = c.width() - 2 * x;
        c.text(x, 44, bank.name(), ink.bold().size(14));
        c.right(c.width() - x, 44, "ACCOUNT OPENING FORM - INDIVIDUALS", ink.bold().size(10));
        c.right(c.width() - x, 56, "(Savings / Current)  Form No. AOF-" + rng.digits(6), ink);
        c.line(x, 62, c.width() - x, 62, 1.2f);
        float y = section(c, x, 76, "A. FOR BANK USE", ink);
        y = Cells.draw(c, x, y, w, 4, List.of(new String[] {"Branch", branch.name()}, new String[] {"IFSC",
            branch.ifsc()}, new String[] {"Account No. allotted", Ids.account(rng, bank.accountDigits())},
            new String[] {"Customer ID", rng.number(9)}, new String[] {"Account Type", "Savings - Regular"},
            new String[] {"Date of Opening", day.format(date)}), ink, true);
        y = section(c, x, y + 12, "B. PERSONAL DETAILS", ink);
        y = Cells.draw(c, x, y, w, 3, List.of(new String[] {"Full Name", p.upper()}, new String[] {"Date of Birth",
            day.format(p.dob())}, new String[] {"Gender", p.female() ? "Female" : "Male"},
            new String[] {"PAN", p.pan()}, new String[] {"Aadhaar (last 4)", "XXXX XXXX " + rng.digits(4)},
            new String[] {"Mobile", p.mobile()}, new String[] {"Occupation", rng.pickOf("Salaried - Private",
                "Self-employed", "Salaried - Government", "Professional")}, new String[] {"Annual Income",
                rng.pickOf("5 - 10 Lakh", "10 - 25 Lakh", "Up to 5 Lakh")}, new String[] {"Residential Status",
                "Resident Individual"}), ink, true);
        y = section(c, x, y + 12, "C. ADDRESS", ink);
        y = Cells.draw(c, x, y, w, 1, List.<String[]>of(new String[] {"Current / Permanent Address", p.address().oneLine()}), ink,
                true);
        y = section(c, x, y + 12, "D. NOMINATION (Form DA-1)", ink);
        Who n = Cast.person(rng);
        y = Cells.draw(c, x, y, w, 3, List.of(new String[] {"Nominee Name", n.upper()}, new String[] {"Relationship",
            rng.pickOf("Spouse", "Father", "Mother", "Son", "Daughter")}, new String[] {"Nominee Date of Birth",
                day.format(n.dob())}), ink, true);
        y = section(c, x, y + 12, "E. SERVICES REQUIRED", ink);
        String[] services = {"Debit Card", "Internet Banking", "Mobile Banking", "Cheque Book", "SMS Alerts",
            "e-Statement"};
        for (int i = 0; i < services.length; i++) {
            float bx = x + (i % 3) * (w / 3);
            float by = y + 6 + (i / 3) * 16;
            c.box(bx, by, 9, 9);
            if (rng.chance(0.7)) {
                c.text(bx + 1.5f, by + 8, "X", ink.bold());
            }
            c.text(bx + 14, by + 8, services[i], ink);
        }
        y += 44;
        y = section(c, x, y, "F. INITIAL DEPOSIT", ink);
        c.text(x + 4, y + 10, "Initial deposit of Rs. " + money.format(rng.rupees(1_000, 25_000, 500)) + " by "
                + rng.pickOf("cash", "cheque", "transfer") + ". Minimum average quarterly balance applicable as per "
                + "schedule of charges.", ink);
        c.text(x + 4, y + 40, "Declaration: I confirm that the information given above is true and I agree to the terms "
                + "and conditions governing the account.", ink);
        c.text(x + 4, y + 80, "Signature of Applicant", ink.bold());
        c.right(c.width() - x, y + 80, "Verified by (Branch Official)", ink.bold());
    }

    private static float section(Canvas c, float x, float y, String title, Ink ink) {
        c.shade(x, y, c.width() - 2 * x, 14, 0.85f);
        c.text(x + 4, y + 10, title, ink.bold());
        return y + 16;
    }
}
