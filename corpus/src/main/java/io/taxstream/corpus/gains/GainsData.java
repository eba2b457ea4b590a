package io.taxstream.corpus.gains;

import io.taxstream.corpus.data.Person;
import java.math.BigDecimal;
import java.util.List;

/**
 * A year's realised gains of one investor.
 *
 * @param investor the investor
 * @param fyStart  first year of the financial year
 * @param trades   realised sales
 */
public record GainsData(Person investor, int fyStart, List<Trade> trades) {

    public String financialYear() {
        return fyStart + "-" + String.format(java.util.Locale.ROOT, "%02d", (fyStart + 1) % 100);
    }

    public BigDecimal total(boolean longTerm) {
        return trades.stream().filter(t -> t.longTerm() == longTerm).map(Trade::gain)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    public BigDecimal totalSale() {
        return trades.stream().map(Trade::saleValue).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    public BigDecimal totalPurchase() {
        return trades.stream().map(Trade::purchaseValue).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
