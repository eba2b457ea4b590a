package io.taxstream.corpus.gains;

import io.taxstream.corpus.data.Person;
import io.taxstream.corpus.util.Rng;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Makes up realised sales of mutual-fund units or shares: holding periods on both sides of a
 * year, losses as well as gains, and pre-2018 purchases grandfathered at the 31-Jan-2018 FMV.
 */
public final class GainsFactory {

    private static final LocalDate GRANDFATHER = LocalDate.of(2018, 2, 1);

    private GainsFactory() {
    }

    public static GainsData random(Rng rng, boolean shares, int count, boolean allowGrandfathered) {
        int fy = rng.between(2021, 2024);
        List<Trade> trades = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Securities.Security s = shares ? Securities.stock(rng) : Securities.fund(rng);
            trades.add(trade(rng, s, fy, shares, allowGrandfathered && rng.chance(0.3)));
        }
        trades.sort(Comparator.comparing(Trade::security).thenComparing(Trade::saleDate));
        return new GainsData(Person.random(rng), fy, trades);
    }

    private static Trade trade(Rng rng, Securities.Security s, int fy, boolean shares, boolean old) {
        LocalDate sale = LocalDate.of(fy, 4, 1).plusDays(rng.between(0, 364));
        LocalDate purchase = old ? LocalDate.of(rng.between(2012, 2017), rng.between(1, 12), rng.between(1, 28))
                : sale.minusDays(rng.chance(0.5) ? rng.between(20, 360) : rng.between(370, 1800));
        BigDecimal qty = shares ? BigDecimal.valueOf(rng.between(1, 400)) : BigDecimal.valueOf(rng.between(1_000, 900_000), 3);
        BigDecimal price = BigDecimal.valueOf(rng.between(1_500, 400_000), 2);
        BigDecimal cost = qty.multiply(price).setScale(2, RoundingMode.HALF_UP);
        double move = 0.75 + rng.nextDouble() * (old ? 2.2 : 0.75);
        BigDecimal saleValue = cost.multiply(BigDecimal.valueOf(move)).setScale(2, RoundingMode.HALF_UP);
        boolean longTerm = sale.toEpochDay() - purchase.toEpochDay() > 365;
        BigDecimal fmv = null;
        BigDecimal acquisition = cost;
        if (purchase.isBefore(GRANDFATHER) && longTerm) {
            fmv = cost.multiply(BigDecimal.valueOf(0.9 + rng.nextDouble() * 0.9)).setScale(2, RoundingMode.HALF_UP);
            acquisition = cost.max(fmv.min(saleValue));
        }
        return new Trade(s.name(), s.isin(), qty, purchase, sale, cost, saleValue, fmv, saleValue.subtract(acquisition),
                longTerm);
    }
}
