package io.taxstream.processors.types;

import io.taxstream.processors.contract.FieldKind;
import io.taxstream.processors.normalize.Normalizers;
import io.taxstream.processors.rules.Parsed;
import io.taxstream.processors.rules.TableRule;
import io.taxstream.processors.rules.ValueParser;
import io.taxstream.processors.rules.ValueParsers;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An interest certificate's table of deposits: one row per account, with its type, interest and TDS, and a total row. */
final class InterestTable {

    /** An account or deposit number: a token with at least three digits, letters and slashes allowed ("FD/1001/2345"). */
    private static final Pattern NUMBER = Pattern.compile("(?<![\\w/*#-])(?=[\\w/*#-]*\\d[\\w/*#-]*\\d[\\w/*#-]*\\d)[A-Za-z0-9*#][\\w/*#-]{3,}");
    private static final ValueParser ACCOUNT = ValueParsers.token(NUMBER,
            raw -> Optional.of(raw.replace("-", "").toUpperCase(Locale.ROOT)));
    private static final ValueParser AMOUNT = ValueParsers.of(FieldKind.AMOUNT);
    /**
     * A deposit type printed as a code, alone or before its name or a qualifier: "FD", "TD - Time
     * Deposit", "SB (Savings)", "FD Cumulative", "SB A/c"; not the first word of a type in capitals ("CASH CERT.").
     */
    private static final Pattern CODE = Pattern.compile("^([A-Z]{2,5})\\b(?=\\s*$|\\s*[-\u2013:(]|\\s+[A-Z][a-z]|\\s+A/[Cc]\\b)");

    /** A date or an amount in a type's cell: a neighbouring column's value has run into it, and the type's words are uncertain. */
    private static final Pattern SPILLED = Pattern.compile("\\d{1,4}[-/.]\\d{1,2}[-/.]\\d{2,4}|\\d[\\d,]*\\.\\d{2}\\b");

    private InterestTable() {
    }

    static TableRule rule() {
        return TableRule.items("deposit")
                .column("serial", "\\bs(l|r)\\.?( no\\.?)?", "\\bs\\.? ?no\\.?", "^\\s*#")
                .column("rate", "(rate|roi)( of interest)?( %| \\(%\\))?", "interest rate( %)?", "%")
                .column("account_number", "(account|a/c|deposit|fd|td|rd|receipt|certificate|folio) ?(no|number|num)\\.?",
                        "\\b(fdr|tdr|stdr|mmdr|kdr)\\b\\.?( no\\.?| number)?", "(deposit|account|fd|td|rd) ?(id|a/c)\\b",
                        "\\baccount\\b", "खाता")
                .column("deposit_type", "(deposit |account )?type", "scheme( name)?", "nature( of (deposit|account))?",
                        "product", "category", "प्रकार")
                .column("tds", "tds( deducted| amount)?( \\((rs\\.?|inr)\\))?", "\\bt\\. ?d\\. ?s\\b", "tax deducted( at source)?", "\\btax\\b", "टीडीएस")
                .column("interest", "interest( paid| credited| earned| accrued| amount)?( ?/ ?(paid|credited|accrued))*( \\((rs\\.?|inr)\\))?",
                        "ब्याज")
                .column("principal", "principal( amount)?( / balance)?", "(deposit|balance) amount", "amount of deposit",
                        "\\bbalance\\b", "\\bamount\\b(?! of (interest|tds|tax))")
                .column("dates", "date|maturity|opened|period")
                .headerNeeds("account_number", "interest")
                .rowStartsWith("account_number", text -> ACCOUNT.first(text).filter(p -> p.start() <= 6))
                .stopAt("^\\s*(grand )?total\\b", "^\\s*\\S{1,3}\\s+total\\b")
                .skip("^\\s*total\\b")
                .mapper(InterestTable::row)
                .build();
    }

    static Optional<Map<String, String>> row(Map<String, String> cells) {
        Optional<String> account = ACCOUNT.first(cells.getOrDefault("account_number", "")).map(Parsed::value);
        Optional<String> interest = AMOUNT.first(cells.getOrDefault("interest", "")).map(Parsed::value);
        if (account.isEmpty() || interest.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> out = new LinkedHashMap<>();
        out.put("account_number", account.get());
        type(cells.getOrDefault("deposit_type", "")).ifPresent(t -> out.put("deposit_type", t));
        out.put("interest", interest.get());
        tds(cells.get("tds")).ifPresent(t -> out.put("tds", t));
        return Optional.of(out);
    }

    /** The account or deposit number in a text. */
    static Optional<Parsed> account(String text) {
        return ACCOUNT.first(text);
    }

    /**
     * The deposit type: its code where the cell leads with one, else the cell as printed. A type
     * spelled out ("Term Deposit") keeps its words: which code a bank would give it is a guess. A
     * spelled-out type with a date or an amount in its cell gives none.
     */
    static Optional<String> type(String printed) {
        Optional<String> text = Normalizers.text(printed);
        if (text.isEmpty()) {
            return text;
        }
        Matcher code = CODE.matcher(text.get());
        if (code.find()) {
            return Optional.of(code.group(1));
        }
        return SPILLED.matcher(text.get()).find() ? Optional.empty() : text;
    }

    /** A TDS cell: an amount, or a dash or "Nil" for no tax. */
    static Optional<String> tds(String cell) {
        if (cell == null) {
            return Optional.empty();
        }
        if (cell.trim().matches("[-\u2013\u2014]+|(?i)nil|n\\.?a\\.?")) {
            return Optional.of("0.00");
        }
        return AMOUNT.first(cell).map(Parsed::value);
    }
}
