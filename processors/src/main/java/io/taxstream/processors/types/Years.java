package io.taxstream.processors.types;

import io.taxstream.processors.contract.FieldKind;
import io.taxstream.processors.layout.Line;
import io.taxstream.processors.rules.Draft;
import io.taxstream.processors.rules.Parsed;
import io.taxstream.processors.rules.ValueParsers;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** The financial year a certificate's title states without a label ("PROVISIONAL INTEREST CERTIFICATE 2024-25"). */
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
}
