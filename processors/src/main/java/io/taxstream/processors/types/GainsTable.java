package io.taxstream.processors.types;

import io.taxstream.processors.contract.FieldKind;
import io.taxstream.processors.normalize.Normalizers;
import io.taxstream.processors.rules.Parsed;
import io.taxstream.processors.rules.TableReader;
import io.taxstream.processors.rules.TableRule;
import io.taxstream.processors.rules.ValueParser;
import io.taxstream.processors.rules.ValueParsers;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A gains statement's trades in its table styles: one gain column with a term column (ST/LT,
 * STCG/LTCG, S/L), separate short-term and long-term gain columns, or sections titled short and
 * long term; the security in its own column, wrapped with its ISIN in one cell, or printed above
 * its block of rows; 31-Jan-2018 fair market values kept out of the values; the printed gain taken.
 */
final class GainsTable {

    private static final ValueParser DATE = ValueParsers.of(FieldKind.DATE);
    private static final ValueParser AMOUNT = ValueParsers.of(FieldKind.AMOUNT);
    private static final ValueParser NUMBER = ValueParsers.of(FieldKind.NUMBER);
    /** An ISIN: country, nine characters, a check digit; it may be printed run into the security's name. */
    static final Pattern ISIN = Pattern.compile("[A-Z]{2}[A-Z0-9]{9}\\d(?![A-Za-z0-9])");
    /** A registration number's label: the code after it ("SEBI Regn. No. INZ000412122") has an ISIN's shape but is none. */
    private static final Pattern REGISTRATION_LABEL = Pattern.compile("(?i)\\b(regn|registration|reg)\\b\\.?\\s*(no\\.?|number)?\\s*[:.-]?\\s*$");
    /**
     * Brackets left empty or open once the ISIN is taken out of "Name (ISIN: ...)"; other characters
     * at the ends stay, as printed ("Flexi Cap Fund -" cut short by its column).
     */
    private static final Pattern EMPTY_BRACKETS = Pattern.compile("[(\\[]\\s*[)\\]]|[\\s(\\[]+$|^[\\s)\\]]+");
    private static final Pattern LONG = Pattern.compile("(?i)^\\s*(lt|l|long|ltcg|long[- ]?term.*|lt\\s*cg)\\s*$");
    private static final Pattern SHORT = Pattern.compile("(?i)^\\s*(st|s|short|stcg|short[- ]?term.*|st\\s*cg)\\s*$");
    private static final Pattern LONG_WORDS = Pattern.compile("(?i)long[- ]?term|\\bltcg\\b");
    private static final Pattern SHORT_WORDS = Pattern.compile("(?i)short[- ]?term|\\bstcg\\b");
    private static final Pattern SERIAL = Pattern.compile("^\\s*\\d{1,4}[.)]?\\s+(?=\\p{L})");
    private static final Pattern LEADING_LABEL = Pattern.compile("(?i)^\\s*(fund|scheme|security|scrip|stock|company)( name)?\\s*[:-]\\s*");
    private static final Pattern ISIN_LABEL = Pattern.compile("(?i)\\bisin\\b\\s*(code|no\\.?)?\\s*[:-]?");
    /** Where a heading line splits into pieces: a bar, or a column gap. */
    private static final Pattern PIECES = Pattern.compile("\\s*\\|\\s*|\\s{2,}");
    /** A labelled value ("Account Holder: ...", "Folio No. 123"): no security's name. */
    private static final Pattern LABELLED = Pattern.compile("(?i)^[\\p{L} ./]{2,30}:|^(folio|pan|client|account|a/c|dp id|isin)\\b");
    /** Words of column headings and totals, which never name a security. */
    private static final Pattern HEADING_WORDS = Pattern.compile("(?i)^(gain|loss|\\(loss\\)|sub ?total|total|date|value|qty|quantity"
            + "|units|nav|amount|short term|long term|stcg|ltcg|[\\s/()&-])+$");
    private static final String GAIN = "( capital)?( gains?| profit| p ?& ?l)?( ?/ ?\\(?loss\\)?)?";

    private GainsTable() {
    }

    static TableRule rule() {
        return TableRule.items("trade")
                .column("serial", "\\bs(r|l)\\.?( no\\.?)?\\b", "^\\s*#")
                .column("security", "(scheme|security|scrip|stock|company|instrument|fund)( name)?( ?/ ?(isin|scrip|symbol))?",
                        "symbol( ?/ ?(scrip|security))?", "name of (the )?(security|scheme|scrip|company)", "प्रतिभूति")
                .column("isin", "\\bisin\\b( code| no\\.?)?")
                .column("fmv", "\\bfmv\\b", "fair market value", "(mkt\\.?|market) value( as on)?", "value as on",
                        "31[-./ ]?(jan|01)[-./ ]?2018")
                .column("days", "days( held)?", "holding (period|days)", "period of holding")
                .column("sale_date", "(sale|sell|redemption|transfer|sold|exit)\\.? ?(date|dt)\\.?", "date of (sale|redemption|transfer)",
                        "redeemed on", "sold on")
                .column("purchase_date", "(purchase|buy|acquisition|acquired|bought|entry)\\.? ?(date|dt)\\.?",
                        "date of (purchase|acquisition)", "acquired on", "bought on")
                .column("sale_value", "(sale|sell|redemption|sold|transfer)( value| amount| price| proceeds| consideration)+( \\(rs\\.?\\))?",
                        "full value of consideration", "sale consideration", "redemption proceeds")
                .column("purchase_value", "(purchase|buy|acquisition|bought)( value| amount| price| cost)+( \\(rs\\.?\\))?",
                        "cost of acquisition", "\\bcost( value| price)?", "actual cost")
                .column("short_gain", "short[- ]?term" + GAIN, "\\bstcg\\b")
                .column("long_gain", "long[- ]?term" + GAIN, "\\bltcg\\b")
                .column("gain", "taxable (capital )?(gains?|profit|p ?& ?l)( ?/ ?\\(?loss\\)?)?",
                        "(taxable |realised |realized |net )?(capital )?(gains?|profit)( ?/ ?\\(?loss\\)?)?( amount)?",
                        "\\bp ?& ?l\\b", "लाभ")
                .column("term", "st ?/ ?lt", "lt ?/ ?st", "\\bterm\\b", "\\bnature\\b", "\\btype\\b", "\\bt\\b")
                .column("quantity", "units", "quantity", "\\bqty\\b\\.?", "no\\.? of (units|shares)", "\\bshares\\b")
                .headerNeeds("sale_date")
                .rowStartsWith("sale_date", text -> DATE.first(text).filter(p -> p.start() <= 1))
                .stopAt("^\\s*(grand )?total\\b", "^\\s*\\S{1,3}\\s+total\\b")
                .mapper(GainsTable::row)
                .build();
    }

    static Optional<Map<String, String>> row(Map<String, String> cells) {
        Optional<String> sold = value(DATE, cells, "sale_date");
        Gain gain = gain(cells);
        if (sold.isEmpty() || gain == null) {
            return Optional.empty();
        }
        Map<String, String> out = new LinkedHashMap<>();
        String context = cells.getOrDefault(TableReader.CONTEXT, "");
        String named = (cells.getOrDefault("security", "") + " " + cells.getOrDefault("isin", "")).trim();
        Security s = named.isEmpty() ? Security.fromContext(context) : Security.of(named);
        s.name().ifPresent(n -> out.put("security", n));
        s.isin().ifPresent(i -> out.put("isin", i));
        value(NUMBER, cells, "quantity").ifPresent(q -> out.put("quantity", q));
        value(DATE, cells, "purchase_date").ifPresent(d -> out.put("purchase_date", d));
        out.put("sale_date", sold.get());
        value(AMOUNT, cells, "purchase_value").ifPresent(v -> out.put("purchase_value", v));
        value(AMOUNT, cells, "sale_value").ifPresent(v -> out.put("sale_value", v));
        out.put("gain", gain.amount());
        Optional<String> term = gain.term() != null ? Optional.of(gain.term()) : term(cells.get("term"), context);
        term.ifPresent(t -> out.put("term", t));
        return Optional.of(out);
    }

    /** A gain and, when its column says so, its term. */
    private record Gain(String amount, String term) {
    }

    private static Gain gain(Map<String, String> cells) {
        Optional<String> any = value(AMOUNT, cells, "gain");
        if (any.isPresent()) {
            return new Gain(any.get(), null);
        }
        Optional<String> shortGain = value(AMOUNT, cells, "short_gain");
        Optional<String> longGain = value(AMOUNT, cells, "long_gain");
        if (shortGain.isPresent() == longGain.isPresent()) {
            return null;
        }
        return shortGain.map(g -> new Gain(g, "SHORT")).orElseGet(() -> new Gain(longGain.get(), "LONG"));
    }

    /** The term from its column ("LT", "STCG", "S"), else from the nearest section title above ("Long Term Capital Gains"). */
    static Optional<String> term(String cell, String context) {
        if (cell != null) {
            if (LONG.matcher(cell).matches()) {
                return Optional.of("LONG");
            }
            if (SHORT.matcher(cell).matches()) {
                return Optional.of("SHORT");
            }
        }
        String[] lines = context.split("\n");
        for (int i = lines.length - 1; i >= 0; i--) {
            boolean isLong = LONG_WORDS.matcher(lines[i]).find();
            boolean isShort = SHORT_WORDS.matcher(lines[i]).find();
            if (isLong != isShort) {
                return Optional.of(isLong ? "LONG" : "SHORT");
            }
        }
        return Optional.empty();
    }

    /** The first ISIN in a text, past codes that a registration label names; null when there is none. */
    static Matcher isinIn(String text) {
        Matcher m = ISIN.matcher(text);
        while (m.find()) {
            if (!REGISTRATION_LABEL.matcher(text.substring(Math.max(0, m.start() - 30), m.start())).find()) {
                return m;
            }
        }
        return null;
    }

    private static Optional<String> value(ValueParser parser, Map<String, String> cells, String column) {
        String cell = cells.get(column);
        return cell == null ? Optional.empty() : parser.first(cell).map(Parsed::value);
    }

    /** A security's name and ISIN as printed in a cell, or in the lines above a block of rows. */
    private record Security(Optional<String> name, Optional<String> isin) {

        static Security of(String printed) {
            Matcher m = isinIn(printed);
            String isin = null;
            String name = printed;
            if (m != null) {
                isin = m.group();
                name = printed.substring(0, m.start()) + " " + printed.substring(m.end());
            }
            name = SERIAL.matcher(ISIN_LABEL.matcher(name).replaceAll(" ")).replaceFirst("");
            return new Security(plausible(name), Optional.ofNullable(isin));
        }

        /**
         * The name among the pieces of a heading ("Fund - Growth | ISIN: ... | Folio: ..."), when it
         * reads like a security's name: no labelled value ("Account Holder: ..."), no column heading
         * ("Gain / (Loss)"), no bare number.
         */
        static Optional<String> plausible(String printed) {
            for (String piece : PIECES.split(printed)) {
                String bare = EMPTY_BRACKETS.matcher(LEADING_LABEL.matcher(piece).replaceFirst("")).replaceAll("").trim();
                if (ValueParsers.hasLetter(bare) && !LABELLED.matcher(bare).find()) {
                    return HEADING_WORDS.matcher(bare).find() ? Optional.empty() : Normalizers.text(bare);
                }
            }
            return Optional.empty();
        }

        /**
         * The nearest line above with an ISIN, and the security's name on it or on the line before
         * it; else the nearest line that labels a scheme or security ("Scheme: ...").
         */
        static Security fromContext(String context) {
            String[] lines = context.split("\n");
            for (int i = lines.length - 1; i >= 0; i--) {
                Matcher m = isinIn(lines[i]);
                if (m != null) {
                    final int at = i;
                    String before = ISIN_LABEL.matcher(lines[i].substring(0, m.start())).replaceAll(" ").trim();
                    String after = lines[i].substring(m.end());
                    Optional<String> name = plausible(before).or(() -> plausible(after))
                            .or(() -> at > 0 ? plausible(lines[at - 1]) : Optional.empty());
                    return new Security(name, Optional.of(m.group()));
                }
            }
            for (int i = lines.length - 1; i >= 0; i--) {
                Matcher label = LEADING_LABEL.matcher(lines[i]);
                if (label.lookingAt()) {
                    return new Security(plausible(lines[i].substring(label.end())), Optional.empty());
                }
            }
            return new Security(Optional.empty(), Optional.empty());
        }
    }
}
