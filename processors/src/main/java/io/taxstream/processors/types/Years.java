package io.taxstream.processors.types;

import io.taxstream.processors.contract.FieldKind;
import io.taxstream.processors.layout.Line;
import io.taxstream.processors.rules.Draft;
import io.taxstream.processors.normalize.Normalizers;
import io.taxstream.processors.rules.Parsed;
import io.taxstream.processors.rules.Periods;
import io.taxstream.processors.rules.Prose;
import io.taxstream.processors.rules.ValueParsers;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The financial year a document states without a label: in its title ("PROVISIONAL INTEREST
 * CERTIFICATE 2024-25"), in a sentence ("... during the financial year 2024-25"), or as a period of
 * 1 April to 31 March.
 */
final class Years {

    private static final int TITLE_LINES = 8;
    private static final Pattern ASSESSMENT = Pattern.compile("(?i)assessment|\\ba\\.?\\s?y\\.?\\b");

    private Years() {
    }

    /** Puts the financial_year from a range of years in the first lines, when none was found and no assessment year is meant. */
    static void fromTitle(Draft draft) {
        if (draft.has("financial_year")) {
            return;
        }
        List<Line> lines = draft.layout().lines();
        for (int i = 0; i < Math.min(TITLE_LINES, lines.size()); i++) {
            Line line = lines.get(i);
            if (ASSESSMENT.matcher(line.text()).find()) {
                continue;
            }
            Optional<Parsed> fy = ValueParsers.of(FieldKind.FINANCIAL_YEAR).first(line.text());
            if (fy.isPresent()) {
                draft.put("financial_year", fy.get().value(), 0.75, line.page(), null);
                return;
            }
        }
    }

    /** Puts the financial_year a sentence states, else the one a period of 1 April to 31 March spans, when none was found. */
    static void fromSentenceOrPeriod(Draft draft, Prose prose) {
        if (draft.has("financial_year")) {
            return;
        }
        Optional<Prose.Found> said = prose.after(List.of("financial year", "\\bf\\.? ?y\\.?", "previous year"),
                ValueParsers.of(FieldKind.FINANCIAL_YEAR), 16);
        if (said.isPresent()) {
            draft.put("financial_year", said.get().value(), 0.85, said.get().page(), null);
            return;
        }
        Periods.after(draft.layout().lines(), List.of("\\bperiod\\b", "\\bfrom\\b", "\\bbetween\\b"), 1)
                .filter(p -> p.from().endsWith("-04-01") && p.to().endsWith("-03-31"))
                .flatMap(p -> Normalizers.financialYear(p.from().substring(0, 4) + "-" + p.to().substring(0, 4)))
                .ifPresent(fy -> draft.put("financial_year", fy, 0.85, 1, null));
    }
}
