package io.taxstream.processors.types;

import io.taxstream.processors.contract.FieldKind;
import io.taxstream.processors.extract.Item;
import io.taxstream.processors.layout.Line;
import io.taxstream.processors.layout.Segment;
import io.taxstream.processors.normalize.Normalizers;
import io.taxstream.processors.rules.Parsed;
import io.taxstream.processors.rules.ValueParser;
import io.taxstream.processors.rules.ValueParsers;
import io.taxstream.processors.validate.Amounts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Deposits printed one section each: a heading that names the account and its type ("A/c No.
 * 8695383190 - RD (opened 20-JUL-18, 5.63% p.a.)"), a small table of the interest and TDS of each
 * period with an Interest and a TDS column, and the account's total row; a grand total row after
 * the last section. The account's interest and TDS are read from its total row, under the columns'
 * headings, and must be the sums of its periods' rows where those are printed. Sections are only
 * taken when every one of them reads so; otherwise none is.
 */
final class InterestSections {

    /**
     * What a certificate prints as deposits in sections, and the grand total row's amounts (null
     * where the certificate prints none).
     */
    record Found(List<Item> deposits, String totalInterest, String totalTds, int totalPage) {
    }

    private static final String KIND = "deposit";
    private static final ValueParser AMOUNT = ValueParsers.of(FieldKind.AMOUNT);
    private static final Pattern HEADING = Pattern.compile(
            "(?i)^\\s*(?:a/c|account|deposit)\\s*(?:no\\.?|number)\\s*[:.]?\\s*([0-9Xx*][0-9Xx*-]{5,})\\s*(?:[-\u2013:]\\s*(.*))?$");
    private static final Pattern INTEREST_HEADER = Pattern.compile("^interest\\b(?!.*\\brate\\b)");
    private static final Pattern TDS_HEADER = Pattern.compile("^(?:tds|t\\.\\s?d\\.\\s?s\\.?|tax deducted)\\b");
    private static final Pattern TOTAL = Pattern.compile("(?i)^\\s*(?:grand\\s+)?total\\b");
    /** A spelled-out type before any bracketed details: "Fixed Deposit (opened ...)". */
    private static final Pattern SPELLED = Pattern.compile("^([A-Za-z][A-Za-z .'/&-]*?)\\s*(?:\\(|,|$)");

    private InterestSections() {
    }

    /** The deposits in sections, or nothing when the certificate prints none or one cannot be read. */
    static Optional<Found> read(List<Line> lines) {
        List<Item> deposits = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            Matcher heading = HEADING.matcher(lines.get(i).text().replaceAll("\\s+", " "));
            if (!heading.find()) {
                if (!deposits.isEmpty() && TOTAL.matcher(lines.get(i).text()).find()) {
                    return grandTotal(deposits, lines.get(i), lines, i);
                }
                i++;
                continue;
            }
            Optional<String> account = InterestTable.account(heading.group(1)).filter(p -> p.start() == 0).map(Parsed::value);
            Optional<String> type = type(heading.group(2));
            if (account.isEmpty() || type.isEmpty()) {
                return Optional.empty();
            }
            int header = i + 1;
            if (header >= lines.size()) {
                return Optional.empty();
            }
            Optional<Segment> interestHead = headed(lines.get(header), INTEREST_HEADER);
            Optional<Segment> tdsHead = headed(lines.get(header), TDS_HEADER);
            if (interestHead.isEmpty() || tdsHead.isEmpty()) {
                return Optional.empty();
            }
            List<BigDecimal> periods = new ArrayList<>();
            boolean periodsRead = true;
            int row = header + 1;
            while (row < lines.size() && !TOTAL.matcher(lines.get(row).text()).find()
                    && !HEADING.matcher(lines.get(row).text().replaceAll("\\s+", " ")).find()) {
                Optional<String> interest = under(lines.get(row), interestHead.get());
                if (interest.isPresent()) {
                    periods.add(Amounts.parse(interest.get()));
                } else {
                    periodsRead = false;
                }
                row++;
            }
            if (row >= lines.size() || !TOTAL.matcher(lines.get(row).text()).find()) {
                return Optional.empty();
            }
            Line total = lines.get(row);
            Optional<String> interest = under(total, interestHead.get());
            Optional<String> tds = under(total, tdsHead.get()).or(() -> InterestTable.tds(cellUnder(total, tdsHead.get()).orElse(null)));
            if (interest.isEmpty() || tds.isEmpty()) {
                return Optional.empty();
            }
            if (periodsRead && !periods.isEmpty()
                    && !Amounts.close(Amounts.sum(periods), Amounts.parse(interest.get()), Amounts.ONE)) {
                return Optional.empty();
            }
            Map<String, String> values = new LinkedHashMap<>();
            values.put("account_number", account.get());
            values.put("deposit_type", type.get());
            values.put("interest", interest.get());
            values.put("tds", tds.get());
            deposits.add(new Item(KIND, values, lines.get(i).page()));
            i = row + 1;
        }
        return deposits.isEmpty() ? Optional.empty() : Optional.of(new Found(deposits, null, null, 0));
    }

    /** The line after the last section that totals all of them, read under the last section's headings. */
    private static Optional<Found> grandTotal(List<Item> deposits, Line total, List<Line> lines, int index) {
        Line header = null;
        for (int j = index - 1; j >= 0 && header == null; j--) {
            if (headed(lines.get(j), INTEREST_HEADER).isPresent() && headed(lines.get(j), TDS_HEADER).isPresent()) {
                header = lines.get(j);
            }
        }
        if (header == null) {
            return Optional.of(new Found(deposits, null, null, 0));
        }
        Optional<String> interest = under(total, headed(header, INTEREST_HEADER).get());
        Segment tdsHead = headed(header, TDS_HEADER).get();
        Optional<String> tds = under(total, tdsHead).or(() -> InterestTable.tds(cellUnder(total, tdsHead).orElse(null)));
        return Optional.of(new Found(deposits, interest.orElse(null), tds.orElse(null), total.page()));
    }

    /** The code a heading gives the deposit, or its type spelled out as printed (without the details in brackets). */
    private static Optional<String> type(String rest) {
        Optional<String> printed = Normalizers.text(rest);
        if (printed.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> t = InterestTable.type(printed.get());
        if (t.isPresent() && !t.equals(printed)) {
            return t;
        }
        Matcher spelled = SPELLED.matcher(printed.get());
        return spelled.find() ? InterestTable.type(spelled.group(1)) : Optional.empty();
    }

    private static Optional<Segment> headed(Line line, Pattern header) {
        return line.segments().stream().filter(s -> header.matcher(s.text().trim().toLowerCase(Locale.ROOT)).find()).findFirst();
    }

    /** The segment of a line that stands most under a heading. */
    private static Optional<String> cellUnder(Line line, Segment head) {
        Segment best = null;
        float most = 0;
        for (Segment s : line.segments()) {
            float o = s.overlap(head.left(), head.right());
            if (o > most) {
                most = o;
                best = s;
            }
        }
        return Optional.ofNullable(best).map(Segment::text);
    }

    /** The amount under a heading: the cell must be the amount alone. */
    private static Optional<String> under(Line line, Segment head) {
        return cellUnder(line, head).map(String::trim)
                .flatMap(text -> AMOUNT.first(text).filter(p -> p.start() == 0 && p.end() == text.length())).map(Parsed::value);
    }
}
