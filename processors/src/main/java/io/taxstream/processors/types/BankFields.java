package io.taxstream.processors.types;

import static io.taxstream.processors.contract.FieldKind.ACCOUNT_NUMBER;
import static io.taxstream.processors.contract.FieldKind.AMOUNT;
import static io.taxstream.processors.contract.FieldKind.BALANCE;
import static io.taxstream.processors.contract.FieldKind.IFSC;
import static io.taxstream.processors.contract.FieldKind.NAME;
import static io.taxstream.processors.contract.FieldKind.NUMBER;
import static io.taxstream.processors.rules.FieldRule.field;

import io.taxstream.processors.rules.FieldRule;
import java.util.List;

/**
 * The labels of a bank statement's header and summary, as core-banking systems and passbook
 * printers word them, in English and common Hindi forms.
 */
final class BankFields {

    /** The transaction table's own header line: its column names are no labels of summary figures. */
    static final String TABLE_HEADER = "narration|particulars|description|transaction details|\\bremarks\\b|\\bchq\\b|cheque";

    /** A line with a date on it is a transaction, not a summary ("SALARY CREDIT" is no total). */
    private static final String DATED = "\\b\\d{1,2}\\s?[/.-]\\s?(\\d{1,2}|[a-z]{3})\\s?[/.-]\\s?\\d{2}";

    /** What statements label besides the contract's fields. */
    static final List<String> OTHER_LABELS = List.of("customer id", "cust\\.? id", "\\bcif\\b( no\\.?| number)?",
            "client id", "\\bmicr\\b( code)?", "\\bbranch\\b( name| code| address)?", "\\baddress\\b", "account (type|description|status)",
            "a/c type", "type of account", "\\btype\\b(?=\\s*:)", "nominat(ion|ed)( registered)?", "\\bnominee\\b", "\\bcurrency\\b",
            "\\be-?mail\\b", "\\bphone\\b", "\\bmobile\\b", "(sanctioned )?od limit", "drawing power", "joint holders?", "statement date",
            "date of (issue|statement)", "\\bproduct\\b", "\\bscheme\\b", "mode of operation", "ckyc", "interest rate", "\\bdate\\b(?=\\s*:)",
            "\\bpage\\b", "शाखा", "पता");

    private BankFields() {
    }

    static List<FieldRule> all() {
        return List.of(
                field("bank_name", NAME).labels("bank name", "name of (the )?bank", "बैंक का नाम").below(1).build(),
                field("account_holder", NAME)
                        .labels("account holder'?s?( name)?", "name of (the )?(account holder|customer|depositor)", "account name",
                                "a/c name", "customer name", "holder'?s? name", "^\\s*name\\b", "खाताधारक( का नाम)?", "ग्राहक का नाम")
                        .notOn("bank name", "branch name", "\\bnominee\\b", "scheme name").below(1).build(),
                field("account_number", ACCOUNT_NUMBER)
                        .labels("account (no|number|num)\\.?", "a/c\\.? (no|number)\\.?", "acc(t)?\\.? no\\.?", "account #",
                                "statement of account (no\\.?|number)", "खाता (सं|संख्या)")
                        .below(1).build(),
                field("ifsc", IFSC).labels("ifsc?( code)?", "rtgs/neft (ifsc|code)").below(1).build(),
                field("opening_balance", BALANCE)
                        .labels("opening balance", "opening bal\\.?", "balance b/?f", "balance brought forward", "brought forward",
                                "\\bb/f\\b", "balance as on (the )?start", "प्रारंभिक शेष")
                        .notOn(TABLE_HEADER).column(FieldRule.Column.LAST).below(1).build(),
                field("closing_balance", BALANCE)
                        .labels("closing balance", "closing bal\\.?", "balance c/?f", "balance carried forward", "carried forward",
                                "\\bc/f\\b", "अंतिम शेष")
                        .notOn(TABLE_HEADER).preferLast().column(FieldRule.Column.LAST).below(1).build(),
                field("total_credits", AMOUNT)
                        .labels("total credits?( amount)?", "total deposits?", "credits? total", "total cr\\.?( amount)?\\b",
                                "sum of credits", "^\\s*credits\\b", "(?<=\\s)credits\\b(?!\\s*count)")
                        .notOn(TABLE_HEADER, DATED).below(1).build(),
                field("total_debits", AMOUNT)
                        .labels("total debits?( amount)?", "total withdrawals?", "debits? total", "total dr\\.?( amount)?\\b",
                                "sum of debits", "^\\s*debits\\b", "(?<=\\s)debits\\b(?!\\s*count)")
                        .notOn(TABLE_HEADER, DATED).below(1).build(),
                field("transaction_count", NUMBER)
                        .labels("no\\.? of (transactions|txns?|entries)", "number of (transactions|entries)", "transaction count",
                                "total (no\\.? of )?transactions", "txn count")
                        .notOn(TABLE_HEADER).below(1).build());
    }
}
