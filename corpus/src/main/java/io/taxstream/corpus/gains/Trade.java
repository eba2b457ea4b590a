package io.taxstream.corpus.gains;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A realised sale.
 *
 * @param security      scheme or company name
 * @param isin          ISIN
 * @param quantity      units or shares
 * @param purchaseDate  date bought
 * @param saleDate      date sold
 * @param purchaseValue actual cost
 * @param saleValue     sale consideration
 * @param fmv           fair market value on 31-Jan-2018 for grandfathered holdings, or null
 * @param gain          taxable gain (after grandfathering), negative for a loss
 * @param longTerm      held long enough for long-term treatment
 */
public record Trade(String security, String isin, BigDecimal quantity, LocalDate purchaseDate, LocalDate saleDate,
        BigDecimal purchaseValue, BigDecimal saleValue, BigDecimal fmv, BigDecimal gain, boolean longTerm) {

    public String term() {
        return longTerm ? "LONG" : "SHORT";
    }

    /** The quantity as the contract wants it: plain, without trailing zeros. */
    public String quantityText() {
        return quantity.stripTrailingZeros().toPlainString();
    }
}
