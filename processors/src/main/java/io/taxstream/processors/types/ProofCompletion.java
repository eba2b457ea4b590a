package io.taxstream.processors.types;

import io.taxstream.processors.contract.FieldKind;
import io.taxstream.processors.layout.Line;
import io.taxstream.processors.rules.Candidate;
import io.taxstream.processors.rules.Draft;
import io.taxstream.processors.rules.FieldFinder;
import io.taxstream.processors.rules.FieldRule;
import io.taxstream.processors.rules.Prose;
import io.taxstream.processors.rules.ValueParser;
import io.taxstream.processors.rules.ValueParsers;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What an investment proof needs beyond labels: its kind from the evidence of {@link ProofKinds},
 * the section when printed, the amount its kind certifies, and the parties by the kind's roles (a
 * rent receipt's issuer is the landlord who signs it, its holder the tenant who paid).
 */
final class ProofCompletion {

    private static final FieldFinder FINDER = new FieldFinder(Pattern.compile("(?!)"));
    private static final Pattern RENT = Pattern.compile("RENT_RECEIPT");
    private static final List<String> PAID_PHRASES = List.of("(a )?sum of", "premium of", "amount of", "contribution of",
            "interest of");
    /**
     * Labels of a paid amount that any kind of proof may use: a transaction receipt's bare "Amount",
     * or an amount said to be paid, received or deposited.
     */
    private static final List<String> PAID_AMOUNT_LABELS = List.of("^\\W*amount\\b(?! (in words|due))",
            "(total )?amount (paid|received|deposited)", "(deposit|transaction|payment) amount");
    /** "received ... on": whole words, so that "repaid" is none, and "as on" dates a balance, not a payment. */
    private static final String PAID_ON = "\\b(received|paid|remitted)\\b.{0,160}?(?<!\\bas) on\\b";
    /** A document for one payment: a receipt, or a bank's acknowledgement of a transaction. */
    private static final Pattern SINGLE_PAYMENT_DOCUMENT = Pattern.compile("(?i)\\breceipt\\b|\\backnowledge?ment\\b");
    /**
     * A receipt that says how the sum was received ("by cheque No. 133726", "by cash") or names the
     * payment's transaction acknowledges that one payment, so its date is the payment's even when
     * the rent or premium covers several months.
     */
    private static final Pattern ONE_PAYMENT = Pattern.compile("(?i)\\breceived\\b.{0,200}?\\bby\\s+(cash|cheque|demand draft|dd"
            + "|bank transfer|online transfer|neft|rtgs|imps|upi)\\b|\\btransaction (id|ref|reference)\\b|\\butr\\b");
    private static final Pattern PERIOD = Pattern.compile("(?i)\\bperiod\\b|\\bfrom\\b.{0,30}\\bto\\b|for the month|per month|\\bmonthly\\b");
    /** An amount of money in a sentence: with its currency, or grouped or with paise, so that "flat no. 12" is none. */
    private static final ValueParser MONEY = ValueParsers.token(java.util.regex.Pattern.compile("(?i)(?:rs\\.?|inr|\u20B9)\\s*\\d[\\d,]*(?:\\.\\d{1,2})?(?:\\s*/-)?"
            + "|\\d{1,3}(?:,\\d{2,3})+(?:\\.\\d{1,2})?|\\d+\\.\\d{2}(?!\\d)"), io.taxstream.processors.normalize.Normalizers::amount);

    private ProofCompletion() {
    }

    static void complete(Draft draft) {
        List<Line> lines = draft.layout().lines();
        Prose prose = Prose.of(lines);
        String lower = prose.text().toLowerCase(Locale.ROOT);
        ProofKinds.Kind kind = ProofKinds.evidenced(lower);
        Optional<Candidate> amount = amount(kind == null ? List.of() : kind.amounts(), lines, prose);
        if (kind != null && kind.name().equals("HOME_LOAN_INTEREST") && amount.isEmpty()) {
            kind = ProofKinds.named("HOME_LOAN_PRINCIPAL");
            amount = amount(kind.amounts(), lines, prose);
        }
        double sure = kind == null ? 0.5 : ProofKinds.contested(kind, lower) ? ProofChecks.UNSURE_KIND : 0.9;
        draft.put("proof_kind", kind == null ? ProofKinds.OTHER : kind.name(), sure, 1, null);
        if (kind != null && kind.section() != null && kind.sectionForms().matcher(lower).find()) {
            draft.put("section", kind.section(), 0.9, 1, null);
        } else if (kind == null) {
            onlyPrintedSection(lower).ifPresent(section -> draft.put("section", section, 0.8, 1, null));
        }
        amount.ifPresent(c -> draft.put("amount", c));
        boolean rent = kind != null && RENT.matcher(kind.name()).matches();
        ProofParties.issuer(draft, rent);
        ProofParties.holder(draft, prose, rent);
        paymentDate(draft, prose);
        referenceInProse(draft, prose);
        Years.fromTitle(draft);
    }

    /**
     * The section a proof of no listed kind prints (a Sukanya Samriddhi deposit "qualifies under
     * section 80C"), when it prints exactly one of the contract's sections.
     */
    private static Optional<String> onlyPrintedSection(String lower) {
        Set<String> printed = new LinkedHashSet<>();
        for (ProofKinds.Kind k : ProofKinds.all()) {
            if (k.section() != null && k.sectionForms().matcher(lower).find()) {
                printed.add(k.section());
            }
        }
        return printed.size() == 1 ? Optional.of(printed.iterator().next()) : Optional.empty();
    }

    /**
     * The amount the kind certifies: on a line with one of its labels (a total row first), else on a
     * line labelled as a paid amount, else stated in a sentence. A proof of no known kind has only
     * the last two.
     */
    private static Optional<Candidate> amount(List<String> kindLabels, List<Line> lines, Prose prose) {
        Optional<Candidate> found = kindLabels.isEmpty() ? Optional.empty() : FINDER.find(amountRule(kindLabels), lines);
        if (found.isEmpty()) {
            found = FINDER.find(amountRule(PAID_AMOUNT_LABELS), lines);
        }
        if (found.isPresent()) {
            return found;
        }
        return prose.after(PAID_PHRASES, MONEY, 80)
                .map(f -> new Candidate(f.value(), 0.8, f.page(), null, 0));
    }

    private static FieldRule amountRule(List<String> labels) {
        return FieldRule.field("amount", FieldKind.AMOUNT).labels(labels.toArray(String[]::new))
                .notOn("\\bdue\\b", "^\\W*(c|s|i|u)?gst\\b", "\\bgst ?@", "in words", "eligible (up ?to|limit)", "\\bmaximum\\b", "sanctioned")
                .column(FieldRule.Column.LAST).sameLineOnly().build();
    }

    /** The account or loan number a certifying sentence states ("has availed an education loan, account number 1234..."). */
    private static void referenceInProse(Draft draft, Prose prose) {
        if (!draft.has("reference_number")) {
            prose.after(ProofFields.REFERENCE_IN_PROSE, ProofFields.REFERENCE_TOKEN, 20)
                    .ifPresent(f -> draft.put("reference_number", f.value(), 0.8, f.page(), null));
        }
    }

    /**
     * The payment date: as labelled, else the date a sentence says the payment was received on,
     * else the date of a receipt for one payment (not of a certificate, nor of a receipt for a period).
     */
    private static void paymentDate(Draft draft, Prose prose) {
        if (draft.has("payment_date") && oneOfSeveral(draft, draft.field("payment_date"))) {
            draft.remove("payment_date");
            return;
        }
        if (draft.has("payment_date")) {
            return;
        }
        Optional<Prose.Found> on = prose.after(List.of(PAID_ON), ValueParsers.of(FieldKind.DATE), 14);
        if (on.isPresent()) {
            draft.put("payment_date", on.get().value(), 0.8, on.get().page(), null);
            return;
        }
        List<Line> lines = draft.layout().lines();
        boolean receipt = lines.stream().limit(8).anyMatch(l -> SINGLE_PAYMENT_DOCUMENT.matcher(l.text()).find());
        if (receipt && (!PERIOD.matcher(prose.text()).find() || ONE_PAYMENT.matcher(prose.text()).find())) {
            FieldRule date = FieldRule.field("payment_date", FieldKind.DATE).labels("(?<!due )\\bdate\\b").sameLineOnly().build();
            FINDER.find(date, lines).ifPresent(c -> draft.put("payment_date", c));
        }
    }

    /** A date under a "Receipt Date" heading with another date under it is one of several payments, none of them the payment. */
    private static boolean oneOfSeveral(Draft draft, io.taxstream.processors.extract.ExtractedField date) {
        if (date.box() == null) {
            return false;
        }
        List<Line> lines = draft.layout().page(date.page());
        for (int i = 0; i + 1 < lines.size(); i++) {
            Line line = lines.get(i);
            if (Math.abs(line.top() - date.box().y()) < 1.5f) {
                Line next = lines.get(i + 1);
                float left = date.box().x();
                float right = left + date.box().width();
                return next.segments().stream().anyMatch(s -> s.overlap(left, right) > 0
                        && ValueParsers.of(FieldKind.DATE).first(s.text()).isPresent());
            }
        }
        return false;
    }
}
