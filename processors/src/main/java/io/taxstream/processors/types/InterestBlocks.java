package io.taxstream.processors.types;

import io.taxstream.processors.contract.FieldKind;
import io.taxstream.processors.extract.Item;
import io.taxstream.processors.layout.Line;
import io.taxstream.processors.layout.Segment;
import io.taxstream.processors.rules.Parsed;
import io.taxstream.processors.rules.TableRule;
import io.taxstream.processors.rules.ValueParsers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Deposits printed as blocks of labelled values rather than as table rows: each block opens with
 * its account number ("Account Number : 805583888859  Type of Deposit : Term Deposit") and
 * labels its interest and TDS. Blocks are only taken when every one of them gives all four values
 * of a deposit; a certificate with a block that cannot be read gives none, so that no deposit is
 * reported half-read.
 */
final class InterestBlocks {

    private static final String KIND = "deposit";
    private static final TableRule TABLE = InterestTable.rule();
    /** What a block gives of its deposit. */
    private static final Set<String> BLOCK_VALUES = Set.of("account_number", "deposit_type", "interest", "tds");
    /** A line that ends the deposits: their total. */
    private static final Pattern TOTAL = Pattern.compile("^\\s*(?:grand\\s+)?total\\b", Pattern.CASE_INSENSITIVE);

    private InterestBlocks() {
    }

    /** The deposits a certificate prints as labelled blocks, or none. */
    static List<Item> read(List<Line> lines) {
        List<Map<String, String>> blocks = new ArrayList<>();
        List<Integer> pages = new ArrayList<>();
        Map<String, String> current = null;
        for (Line line : lines) {
            if (current != null && TOTAL.matcher(line.text()).find()) {
                break;
            }
            for (String[] pair : pairs(line)) {
                Optional<String> column = column(pair[0]);
                if (column.isEmpty()) {
                    continue;
                }
                if (column.get().equals("account_number")) {
                    current = new LinkedHashMap<>();
                    blocks.add(current);
                    pages.add(line.page());
                } else if (current == null) {
                    continue;
                }
                if (current.containsKey(column.get())) {
                    return List.of();
                }
                current.put(column.get(), pair[1]);
            }
        }
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Optional<Map<String, String>> deposit = deposit(blocks.get(i));
            if (deposit.isEmpty()) {
                return List.of();
            }
            items.add(new Item(KIND, deposit.get(), pages.get(i)));
        }
        return items;
    }

    /** A block's deposit when it gives an account number, a type, the interest and the TDS. */
    private static Optional<Map<String, String>> deposit(Map<String, String> block) {
        Optional<String> account = InterestTable.account(block.getOrDefault("account_number", "")).filter(p -> p.start() == 0)
                .map(Parsed::value);
        Optional<String> type = InterestTable.type(block.getOrDefault("deposit_type", ""));
        Optional<String> interest = ValueParsers.of(FieldKind.AMOUNT).first(block.getOrDefault("interest", "")).map(Parsed::value);
        Optional<String> tds = InterestTable.tds(block.get("tds"));
        if (account.isEmpty() || type.isEmpty() || interest.isEmpty() || tds.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> out = new LinkedHashMap<>();
        out.put("account_number", account.get());
        out.put("deposit_type", type.get());
        out.put("interest", interest.get());
        out.put("tds", tds.get());
        return Optional.of(out);
    }

    /** The deposit value a block's label names, by the same header words as the deposits table's columns. */
    private static Optional<String> column(String label) {
        return TABLE.columnOf(label.replaceAll("\\s+", " ").trim()).filter(BLOCK_VALUES::contains);
    }

    /**
     * A line's label–value pairs: "Label : value" in one segment, or a label's segment followed by
     * a segment that opens with the colon.
     */
    private static List<String[]> pairs(Line line) {
        List<String[]> out = new ArrayList<>();
        String label = null;
        boolean colonSeen = false;
        for (Segment s : line.segments()) {
            String text = s.text().trim();
            if (label != null && (colonSeen || text.startsWith(":"))) {
                String value = text.startsWith(":") ? text.substring(1).trim() : text;
                out.add(new String[] {label, value});
                label = null;
                continue;
            }
            int colon = text.indexOf(':');
            if (colon > 0) {
                String value = text.substring(colon + 1).trim();
                label = text.substring(0, colon).trim();
                colonSeen = value.isEmpty();
                if (!colonSeen) {
                    out.add(new String[] {label, value});
                    label = null;
                }
            } else if (!text.startsWith(":")) {
                label = text;
                colonSeen = false;
            }
        }
        return out;
    }
}
