package io.taxstream.processors.llm;

import io.taxstream.processors.contract.FieldKind;
import io.taxstream.processors.layout.Layout;
import io.taxstream.processors.layout.Line;
import io.taxstream.processors.model.Document;
import io.taxstream.processors.normalize.Normalizers;
import io.taxstream.processors.normalize.Patterns;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a document says, in the contract's normalised forms, for the grounding guard: every value
 * of every kind that the document prints (so {@code 1,23,456.50} and {@code 123456.5} are the
 * same amount), and its text for names. Lines that read as instructions to a model are left out:
 * a value only they print is not evidence.
 */
public final class DocumentEvidence {

    private static final Pattern PLAIN_NUMBER = Pattern.compile("(?<![\\w.,])\\d+(?:\\.\\d+)?(?![\\w,]|\\.\\d)");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");

    private final Map<FieldKind, Map<String, Integer>> values = new EnumMap<>(FieldKind.class);
    private final StringBuilder text = new StringBuilder();
    private final StringBuilder squeezed = new StringBuilder();
    private final int[] pageEnds;
    private final int[] squeezedEnds;

    private DocumentEvidence(Layout layout) {
        for (FieldKind k : FieldKind.values()) {
            values.put(k, new HashMap<>());
        }
        pageEnds = new int[layout.pageCount() + 1];
        squeezedEnds = new int[layout.pageCount() + 1];
        for (int p = 1; p <= layout.pageCount(); p++) {
            for (Line line : layout.page(p)) {
                if (!LineFilters.instruction(line.text())) {
                    index(line.text(), p);
                }
            }
            pageEnds[p] = text.length();
            squeezedEnds[p] = squeezed.length();
        }
    }

    public static DocumentEvidence of(Document document) {
        return of(Layout.of(document));
    }

    /** The evidence of a document whose layout is already read. */
    public static DocumentEvidence of(Layout layout) {
        return new DocumentEvidence(layout);
    }

    private void index(String line, int page) {
        collect(Patterns.AMOUNT, line, page, FieldKind.AMOUNT, Normalizers::amount);
        collect(Patterns.AMOUNT, line, page, FieldKind.BALANCE, Normalizers::balance);
        collect(Patterns.AMOUNT, line, page, FieldKind.NUMBER, Normalizers::number);
        collect(PLAIN_NUMBER, line, page, FieldKind.NUMBER, Normalizers::number);
        collect(Patterns.DATE, line, page, FieldKind.DATE, Normalizers::date);
        collect(Patterns.DATE, line, page, FieldKind.MONTH, raw -> Normalizers.date(raw).map(d -> d.substring(0, 7)));
        collect(Patterns.MONTH, line, page, FieldKind.MONTH, Normalizers::month);
        collect(Patterns.YEAR_RANGE, line, page, FieldKind.FINANCIAL_YEAR, Normalizers::financialYear);
        collect(Patterns.YEAR_RANGE, line, page, FieldKind.ASSESSMENT_YEAR, Normalizers::assessmentYear);
        collect(Patterns.PAN, line, page, FieldKind.PAN, Normalizers::pan);
        collect(Patterns.TAN, line, page, FieldKind.TAN, Normalizers::tan);
        collect(Patterns.IFSC, line, page, FieldKind.IFSC, Normalizers::ifsc);
        collect(Patterns.ACCOUNT_NUMBER, line, page, FieldKind.ACCOUNT_NUMBER, Normalizers::accountNumber);
        String folded = Normalizers.text(line).orElse("").toLowerCase(Locale.ROOT);
        text.append(folded).append(' ');
        squeezed.append(NOT_ALPHANUMERIC.matcher(folded).replaceAll("")).append('\u0000');
    }

    private void collect(Pattern pattern, String line, int page, FieldKind kind, Function<String, Optional<String>> norm) {
        Matcher m = pattern.matcher(line);
        while (m.find()) {
            norm.apply(m.group()).ifPresent(v -> values.get(kind).putIfAbsent(v, page));
        }
    }

    /**
     * The page (1-based) that prints a normalised value of a kind, or 0 when the document does
     * not print it. Names and text are found case-insensitively with white space folded; text
     * also ignoring spaces and punctuation (a reference number split over words).
     */
    public int pageOf(FieldKind kind, String normalised) {
        if (kind == FieldKind.NAME || kind == FieldKind.TEXT) {
            return findText(kind, normalised);
        }
        Integer page = values.get(kind).get(normalised);
        return page == null ? 0 : page;
    }

    private int findText(FieldKind kind, String value) {
        String needle = value.toLowerCase(Locale.ROOT);
        int at = text.indexOf(needle);
        if (at < 0 && kind == FieldKind.TEXT) {
            String bare = NOT_ALPHANUMERIC.matcher(needle).replaceAll("");
            return bare.length() < 2 ? 0 : pageAt(squeezed.indexOf(bare), squeezedEnds);
        }
        return pageAt(at, pageEnds);
    }

    private static int pageAt(int offset, int[] ends) {
        if (offset < 0) {
            return 0;
        }
        for (int p = 1; p < ends.length; p++) {
            if (offset < ends[p]) {
                return p;
            }
        }
        return ends.length - 1;
    }

    /** The normalised values of a kind the document prints, for tests and diagnostics. */
    public List<String> values(FieldKind kind) {
        return List.copyOf(values.get(kind).keySet());
    }
}
