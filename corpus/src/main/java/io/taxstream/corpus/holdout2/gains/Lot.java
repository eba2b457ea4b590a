package io.taxstream.corpus.holdout2.gains;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One sale (or redemption) matched to its purchase.
 *
 * @param security   scrip or scheme name
 * @param isin       ISIN
 * @param equity     equity (or equity-oriented) rather than debt
 * @param quantity   shares or units
 * @param bought     purchase date
 * @param sold       sale date
 * @param buyPrice   price or NAV at purchase
 * @param sellPrice  price or NAV at sale
 * @param buyValue   purchase value
 * @param sellValue  sale value
 * @param fmvPrice   price or NAV on 31 January 2018 for grandfathered lots, else null
 * @param cost       cost of acquisition the gain is computed on
 * @param gain       gain (negative: loss)
 * @param longTerm   long-term by the statement
 */
public record Lot(String security, String isin, boolean equity, BigDecimal quantity, LocalDate bought, LocalDate sold,
        BigDecimal buyPrice, BigDecimal sellPrice, BigDecimal buyValue, BigDecimal sellValue, BigDecimal fmvPrice,
        BigDecimal cost, BigDecimal gain, boolean longTerm) {

    public long days() {
        return sold.toEpochDay() - bought.toEpochDay();
    }

    public BigDecimal fmvValue() {
        return fmvPrice == null ? null : fmvPrice.multiply(quantity).setScale(2, java.math.RoundingMode.HALF_UP);
    }

    /** The quantity as the contract wants it: {@code 25} or {@code 123.456}. */
    public String quantityText() {
        return quantity.stripTrailingZeros().toPlainString();
    }
}
