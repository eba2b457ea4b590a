package io.taxstream.corpus.pdf;

import io.taxstream.corpus.util.AmountStyle;
import io.taxstream.corpus.util.DateStyle;
import io.taxstream.corpus.util.Rng;
import java.util.List;

/**
 * The look of one document: its base ink, how it prints amounts and dates, and how tables are ruled.
 *
 * @param ink     base text style
 * @param amounts amount style
 * @param dates   date style
 * @param rules   table ruling
 */
public record DocStyle(Ink ink, AmountStyle amounts, DateStyle dates, Table.Rules rules) {

    /** A random proportional style with compact dates. */
    public static DocStyle random(Rng rng, float minSize, float maxSize) {
        Family family = rng.pick(Family.proportional());
        float size = minSize + rng.between(0, (int) ((maxSize - minSize) * 2)) / 2f;
        return new DocStyle(Ink.of(family, size), AmountStyle.random(rng), DateStyle.randomCompact(rng),
                rng.pick(List.of(Table.Rules.GRID, Table.Rules.HORIZONTAL, Table.Rules.NONE)));
    }

    public DocStyle withRules(Table.Rules r) {
        return new DocStyle(ink, amounts, dates, r);
    }

    public DocStyle withAmounts(AmountStyle a) {
        return new DocStyle(ink, a, dates, rules);
    }

    public DocStyle withInk(Ink i) {
        return new DocStyle(i, amounts, dates, rules);
    }

    public Ink bold() {
        return ink.bold();
    }

    public Ink small() {
        return ink.plus(-1.5f);
    }
}
