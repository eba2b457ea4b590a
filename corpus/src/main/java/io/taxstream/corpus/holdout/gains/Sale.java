package io.taxstream.corpus.holdout.gains;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A realised sale, matched to the lot it came from.
 *
 * @param security   company or scheme name
 * @param isin       ISIN
 * @param quantity   shares or units
 * @param buyDate    date the lot was bought
 * @param sellDate   date sold
 * @param buyPrice   price or NAV paid
 * @param sellPrice  price or NAV received
 * @param buyValue   actual cost
 * @param sellValue  sale consideration
 * @param fmv        fair market value on 31 January 2018 for lots bought before February 2018, or null
 * @param gain       taxable gain after grandfathering (negative for a loss)
 * @param longTerm   held more than twelve months
 */
public record Sale(String security, String isin, BigDecimal quantity, LocalDate buyDate, LocalDate sellDate,
        BigDecimal buyPrice, BigDecimal sellPrice, BigDecimal buyValue, BigDecimal sellValue, BigDecimal fmv,
        BigDecimal gain, boolean longTerm) {

    public String term() {
        return longTerm ? "LONG" : "SHORT";
    }

    public String quantityText() {
        return quantity.stripTrailingZeros().toPlainString();
    }

    public long daysHeld() {
        return sellDate.toEpochDay() - buyDate.toEpochDay();
    }
}
