package io.taxstream.corpus.holdout.gains;

import io.taxstream.corpus.kit.FinancialYear;
import io.taxstream.corpus.kit.Rupees;
import io.taxstream.corpus.kit.Who;
import java.math.BigDecimal;
import java.util.List;

/**
 * An investor's realised sales in a financial year.
 *
 * @param investor the investor
 * @param fyStart  first year of the financial year
 * @param sales    the sales, grouped by security
 */
public record GainsYear(Who investor, int fyStart, List<Sale> sales) {

    public String financialYear() {
        return FinancialYear.span(fyStart);
    }

    public List<Sale> of(boolean longTerm) {
        return sales.stream().filter(s -> s.longTerm() == longTerm).toList();
    }

    public BigDecimal gain(boolean longTerm) {
        return Rupees.sum(of(longTerm).stream().map(Sale::gain).toList());
    }

    public BigDecimal saleValue() {
        return Rupees.sum(sales.stream().map(Sale::sellValue).toList());
    }

    public BigDecimal saleValue(boolean longTerm) {
        return Rupees.sum(of(longTerm).stream().map(Sale::sellValue).toList());
    }

    public BigDecimal buyValue(boolean longTerm) {
        return Rupees.sum(of(longTerm).stream().map(Sale::buyValue).toList());
    }
}
