package io.taxstream.processors.types;

import io.taxstream.processors.contract.FieldKind;
import io.taxstream.processors.normalize.Normalizers;
import io.taxstream.processors.rules.Parsed;
import io.taxstream.processors.rules.TableRule;
import io.taxstream.processors.rules.ValueParser;
import io.taxstream.processors.rules.ValueParsers;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A statement's transaction table in its column styles: separate withdrawal and deposit columns,
 * or one amount column whose direction is a Dr/Cr marker (in its own column, after the amount, or a
 * sign); balances marked Dr are negative. A row whose direction the page does not say carries its
 * amount under {@link #UNSIGNED} until {@link BankCompletion} reads the direction off the balances.
 */
final class BankTable {

    /** Working value of a row whose amount has no direction printed. */
    static final String UNSIGNED = "_amount";

    private static final ValueParser DATE = ValueParsers.of(FieldKind.DATE);
    private static final ValueParser AMOUNT = ValueParsers.of(FieldKind.AMOUNT);
    private static final ValueParser BALANCE = ValueParsers.of(FieldKind.BALANCE);
    private static final Pattern DEBIT_MARK = Pattern.compile("(?i)^\\(?(dr|d|debit|wdl|w)\\.?\\)?$");
    private static final Pattern CREDIT_MARK = Pattern.compile("(?i)^\\(?(cr|c|credit|dep)\\.?\\)?$");
    private static final Pattern TRAILING_MARK = Pattern.compile("(?i)\\(?\\b(dr|cr)\\b\\.?\\)?\\s*$");
    /** A cheque or reference number: a token with a digit, of letters, digits and a few separators. */
    private static final Pattern REFERENCE = Pattern.compile("(?=[\\w/-]*\\d)[\\w/-]{3,}");
    /**
     * A reference printed at the end of the narration under its own label ("... Ref No. 548084725998",
     * "UTR: N123"), as statements without a reference column do: the label says the number is no
     * part of the narration. A bare "CHQ 942394" inside the words is narration and stays.
     */
    private static final Pattern LABELLED_REFERENCE = Pattern.compile(
            "(?i)\\s*\\b(?:ref(?:erence)?|utr)\\.?\\s*(?:(?:no\\.?|number|#)\\s*:?|:)\\s*((?=[\\w/-]*\\d)[\\w/-]{3,})\\s*$");
    /** Qualifiers that follow a column's name in its heading ("Withdrawal Amt.", "Balance (INR)"). */
    private static final String QUALIFIED = "(?: amt\\.?| amount| \\((?:dr|cr|rs\\.?|inr|\u20B9)\\)| \\(?(?:rs\\.?|inr|\u20B9)\\)?)*";

    private BankTable() {
    }

    static TableRule rule() {
        return TableRule.items("transaction")
                .column("date", "(txn|tran|transaction|trans|posting|post|entry|book(ing)?)\\.? ?(date|dt)\\.?",
                        "(?<!value )\\bdate\\b", "(?<!value )\\bdt\\b\\.?", "value (date|dt)\\.?", "तारीख|दिनांक")
                .column("value_date", "value (date|dt)\\.?")
                .column("description", "narration", "description", "particulars", "transaction (details|remarks)",
                        "\\bdetails\\b", "\\bremarks\\b", "विवरण")
                .column("reference", "(chq|cheque|ref|reference|instrument|utr)[\\w./-]*(?: (?:no\\.?|number|#|/|chq|cheque)[\\w./-]*){0,3}", "चेक")
                .column("debit", "withdrawals?" + QUALIFIED, "debits?" + QUALIFIED, "(dr|debit) amount", "amount \\(dr\\)",
                        "paid out", "payments?" + QUALIFIED, "निकासी|नामे")
                .column("credit", "deposits?" + QUALIFIED, "credits?" + QUALIFIED, "(cr|credit) amount", "amount \\(cr\\)",
                        "paid in", "receipts?" + QUALIFIED, "जमा")
                .column("marker", "dr ?/ ?cr", "cr ?/ ?dr", "d ?/ ?c", "\\btype\\b")
                .column("amount", "(transaction |txn )?amount" + QUALIFIED, "\\bamt\\b\\.?", "राशि")
                .column("balance", "(closing |running |available )?balance" + QUALIFIED, "\\bbal\\b\\.?", "शेष")
                .headerNeeds("date", "balance")
                .rowStartsWith("date", BankTable::leadingDate)
                .keyCarriedDownBy("balance", BALANCE)
                .stopAt("^\\s*(grand )?totals?\\b(?!.*\\bpage\\b)", "^\\s*statement summary", "^\\s*summary\\b")
                .skip("opening balance", "closing balance", "\\bb/f\\b", "\\bc/f\\b", "brought forward", "carried forward",
                        "balance forward", "page total", "\\btotal\\b.*\\bpage\\b")
                .mapper(BankTable::row)
                .build();
    }

    /** A row starts with a date in its date column. */
    private static Optional<Parsed> leadingDate(String cell) {
        return DATE.first(cell).filter(p -> p.start() <= 1);
    }

    static Optional<Map<String, String>> row(Map<String, String> cells) {
        Optional<String> date = DATE.first(cells.getOrDefault("date", "")).map(Parsed::value);
        Optional<String> balance = balance(cells);
        if (date.isEmpty() || balance.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> out = new LinkedHashMap<>();
        out.put("date", date.get());
        describe(cells, out);
        if (!amounts(cells, out)) {
            return Optional.empty();
        }
        out.put("balance", balance.get());
        return Optional.of(out);
    }

    /** The balance; a marker column beside separate debit and credit columns marks the balance. */
    private static Optional<String> balance(Map<String, String> cells) {
        String text = cells.getOrDefault("balance", "").trim();
        String marker = cells.getOrDefault("marker", "").trim();
        if (!cells.containsKey("amount") && !marker.isEmpty() && !TRAILING_MARK.matcher(text).find()) {
            text = text + " " + (DEBIT_MARK.matcher(marker).matches() ? "Dr" : CREDIT_MARK.matcher(marker).matches() ? "Cr" : "");
        }
        return BALANCE.first(text).filter(p -> p.start() <= 1).map(Parsed::value);
    }

    /** Puts the debit or credit (or the undirected amount) into the item; false when the row has none. */
    private static boolean amounts(Map<String, String> cells, Map<String, String> out) {
        Optional<String> debit = positive(cells.get("debit"));
        Optional<String> credit = positive(cells.get("credit"));
        if (debit.isPresent() || credit.isPresent()) {
            debit.ifPresent(d -> out.put("debit", d));
            credit.ifPresent(c -> out.put("credit", c));
            return true;
        }
        String text = cells.getOrDefault("amount", "").trim();
        Optional<Parsed> amount = AMOUNT.first(text);
        if (amount.isEmpty()) {
            return false;
        }
        String value = amount.get().value();
        String magnitude = value.startsWith("-") ? value.substring(1) : value;
        String marker = cells.getOrDefault("marker", "").trim();
        Matcher trailing = TRAILING_MARK.matcher(text);
        String mark = !marker.isEmpty() ? marker : trailing.find() ? trailing.group(1) : "";
        if (DEBIT_MARK.matcher(mark).matches() || mark.isEmpty() && value.startsWith("-")) {
            out.put("debit", magnitude);
        } else if (CREDIT_MARK.matcher(mark).matches()) {
            out.put("credit", magnitude);
        } else {
            out.put(UNSIGNED, magnitude);
        }
        return true;
    }

    private static Optional<String> positive(String cell) {
        if (cell == null || cell.isBlank()) {
            return Optional.empty();
        }
        return AMOUNT.first(cell).map(Parsed::value).filter(v -> !v.equals("0.00"))
                .map(v -> v.startsWith("-") ? v.substring(1) : v);
    }

    /** The narration and the reference: from the reference column, else from a labelled reference that ends the narration. */
    private static void describe(Map<String, String> cells, Map<String, String> out) {
        String description = cells.getOrDefault("description", "");
        Optional<String> reference = reference(cells.getOrDefault("reference", ""));
        if (reference.isEmpty()) {
            Matcher labelled = LABELLED_REFERENCE.matcher(description);
            if (labelled.find()) {
                reference = Optional.of(labelled.group(1));
                description = description.substring(0, labelled.start());
            }
        }
        Normalizers.text(description).ifPresent(d -> out.put("description", d));
        reference.ifPresent(r -> out.put("reference", r));
    }

    private static Optional<String> reference(String cell) {
        Matcher m = REFERENCE.matcher(cell.trim());
        return m.find() ? Optional.of(m.group()) : Optional.empty();
    }
}
