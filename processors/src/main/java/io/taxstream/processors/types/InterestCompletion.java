package io.taxstream.processors.types;

import static io.taxstream.processors.validate.Amounts.format;
import static io.taxstream.processors.validate.Amounts.parse;

import io.taxstream.processors.contract.FieldKind;
import io.taxstream.processors.extract.Item;
import io.taxstream.processors.normalize.Normalizers;
import io.taxstream.processors.rules.Draft;
import io.taxstream.processors.rules.Prose;
import io.taxstream.processors.rules.TableReader;
import io.taxstream.processors.rules.ValueParsers;
import io.taxstream.processors.validate.Amounts;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What an interest certificate needs beyond labels: totals from the deposit table's Total row (or
 * the deposits, or the letter's sentences), no tax when the depositor filed Form 15G/15H, the one
 * deposit a letter names, the depositor named after a salutation, and the year from the period.
 */
final class InterestCompletion {

    private static final String KIND = "deposit";
    private static final List<String> INTEREST_PHRASES = List.of("interest (paid|credited|earned|accrued)? ?(of|amounting to)",
            "total interest( paid| credited| earned)?( of| is| amounting to)?", "interest (amount|income) of");
    /** Phrases that follow the amount of interest ("Rs. 18,450 has been credited as interest"). */
    private static final List<String> INTEREST_AFTER_AMOUNT = List.of("(has been |was )?(paid|credited|accrued) (as|by way of) interest");
    private static final List<String> TDS_PHRASES = List.of("tax (deducted at source )?(of|amounting to)", "tds (of|amounting to)",
            "total tds( deducted)?( of| is)?", "tax deducted at source (is|was)");
    /**
     * Words that say no tax was deducted: Form 15G/15H furnished (a form merely mentioned, as in
     * "Form 15G / 15H : Not received", says nothing), or no tax deducted in so many words.
     */
    private static final String NO_TAX = "(submitted|furnished|filed|received|on the basis of|in view of) (the |your )?form (no\\.? )?15 ?(g|h)"
            + "|form (no\\.? )?15 ?(g|h)( ?/ ?15 ?h)? (has been |was |is )?(submitted|furnished|filed|on record)"
            + "|no tax (has been|was|is) deducted|tax (has )?not (been )?deducted|tds (is )?nil|nil tds";
    /** An account number named in a sentence: "Fixed Deposit Account No. 3736851927467". */
    private static final java.util.regex.Pattern LABELLED_ACCOUNT = java.util.regex.Pattern.compile(
            "(?i)\\b(?:deposit|fd|account|a/c)\\s+(?:account\\s+)?(?:no\\.?|number)\\s*[:.-]?\\s*([0-9Xx*][0-9Xx* -]{5,}[0-9])");

    /** The words that name a letter's account by its type: "Fixed Deposit Account No.", "savings bank account no.". */
    private static final java.util.regex.Pattern LETTER_TYPE = java.util.regex.Pattern.compile(
            "(?i)\\b(fixed deposit|recurring deposit|savings? bank|savings|term deposit|time deposit|fd|rd|sb|td)\\s+(?:account|a/c)\\s+(?:no\\.?|number)\\b");

    private InterestCompletion() {
    }

    static void complete(Draft draft) {
        Prose prose = Prose.of(draft.layout().lines());
        if (draft.items(KIND).isEmpty()) {
            InterestBlocks.read(draft.layout().lines()).forEach(draft::addItem);
        }
        if (draft.items(KIND).isEmpty()) {
            InterestSections.read(draft.layout().lines()).ifPresent(found -> sections(draft, found));
        }
        totals(draft, prose);
        depositor(draft, prose);
        Organisations.labelledOrLetterhead(draft, "bank_name");
        Years.fromSentenceOrPeriod(draft, prose);
        letterDeposit(draft, prose);
        Years.fromTitle(draft);
    }

    /** Deposits printed in sections, and the totals their grand total row prints. */
    private static void sections(Draft draft, InterestSections.Found found) {
        found.deposits().forEach(draft::addItem);
        if (found.totalInterest() != null && !draft.has("total_interest")) {
            draft.put("total_interest", found.totalInterest(), 0.92, found.totalPage(), null);
        }
        if (found.totalTds() != null && !draft.has("total_tds")) {
            draft.put("total_tds", found.totalTds(), 0.92, found.totalPage(), null);
        }
    }

    private static void totals(Draft draft, Prose prose) {
        Optional<TableReader.Row> total = draft.table(KIND).flatMap(t -> t.totals().stream().findFirst());
        List<Item> deposits = draft.items(KIND);
        fill(draft, "total_interest", "interest", total, deposits, prose, INTEREST_PHRASES);
        fill(draft, "total_tds", "tds", total, deposits, prose, TDS_PHRASES);
        boolean taxedDeposit = deposits.stream().map(d -> parse(d.get("tds"))).anyMatch(t -> t != null && t.signum() > 0);
        if (!draft.has("total_tds") && !taxedDeposit && prose.mentions(NO_TAX)) {
            draft.put("total_tds", "0.00", 0.85, 1, null);
        }
    }

    /** A total from the table's Total row, else the sum of the deposits, else the letter's sentence. */
    private static void fill(Draft draft, String field, String column, Optional<TableReader.Row> total, List<Item> deposits,
                             Prose prose, List<String> phrases) {
        if (draft.has(field)) {
            return;
        }
        Optional<String> printed = column.equals("tds") ? total.flatMap(r -> InterestTable.tds(r.cells().get(column)))
                : total.flatMap(r -> ValueParsers.of(FieldKind.AMOUNT).first(r.cells().getOrDefault(column, ""))).map(p -> p.value());
        if (printed.isPresent()) {
            draft.put(field, printed.get(), 0.92, total.get().page(), null);
        } else if (!deposits.isEmpty() && total.isEmpty() && deposits.stream().allMatch(d -> d.get(column) != null)) {
            draft.put(field, format(Amounts.sum(deposits.stream().map(d -> parse(d.get(column))).toList())), 0.85,
                    deposits.get(0).page(), null);
        } else if (deposits.isEmpty()) {
            Optional<Prose.Found> said = prose.after(phrases, ValueParsers.of(FieldKind.AMOUNT), 24);
            if (said.isEmpty() && column.equals("interest")) {
                said = prose.before(INTEREST_AFTER_AMOUNT, ValueParsers.of(FieldKind.AMOUNT), 60);
            }
            said.ifPresent(f -> draft.put(field, f.value(), 0.85, f.page(), null));
        }
    }

    private static void depositor(Draft draft, Prose prose) {
        if (draft.has("depositor_name")) {
            var f = draft.field("depositor_name");
            draft.put("depositor_name", People.withoutSalutation(f.value()), f.confidence(), f.page(), f.box());
        } else {
            People.afterSalutation(prose.text()).or(() -> People.addressedTo(draft.layout().lines()).map(People.Found::value))
                    .ifPresent(n -> draft.put("depositor_name", n, 0.8, 1, null));
        }
    }



    /**
     * The type of the one account a letter names, from the words that name the account ("on Fixed
     * Deposit Account No.", "SB A/c No."), as the code such letters are read with. A term deposit gives no code:
     * banks file both fixed and special deposits under it, and a guessed code would be a wrong value.
     */
    private static Optional<String> letterType(Prose prose) {
        java.util.regex.Matcher m = LETTER_TYPE.matcher(prose.text());
        if (!m.find()) {
            return Optional.empty();
        }
        String words = m.group(1).toLowerCase(java.util.Locale.ROOT);
        Optional<String> code = words.length() == 2 ? Optional.of(words.toUpperCase(java.util.Locale.ROOT))
                : words.startsWith("fixed") ? Optional.of("FD") : words.startsWith("recurring") ? Optional.of("RD")
                : words.startsWith("saving") ? Optional.of("SB") : Optional.empty();
        return m.find() ? Optional.empty() : code;
    }

    /** A letter about one deposit: the deposit it names, with the letter's totals. */
    private static void letterDeposit(Draft draft, Prose prose) {
        if (!draft.items(KIND).isEmpty() || !draft.has("total_interest") || !draft.has("total_tds")) {
            return;
        }
        List<Prose.Found> accounts = prose.all(LABELLED_ACCOUNT);
        if (accounts.size() != 1) {
            return;
        }
        Optional<String> number = Normalizers.accountNumber(accounts.get(0).value());
        if (number.isEmpty()) {
            return;
        }
        Optional<String> type = letterType(prose);
        if (type.isEmpty()) {
            return;
        }
        Map<String, String> values = new LinkedHashMap<>();
        values.put("account_number", number.get());
        values.put("deposit_type", type.get());
        values.put("interest", draft.value("total_interest"));
        values.put("tds", draft.value("total_tds"));
        draft.addItem(new Item(KIND, values, accounts.get(0).page()));
    }
}
