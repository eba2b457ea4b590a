package io.taxstream.corpus.holdout.gains;

import io.taxstream.corpus.holdout.kit.Cast;
import io.taxstream.corpus.util.Rng;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Makes up a year's sales of listed shares or equity fund units: lots held on both sides of
 * twelve months, losses as well as gains, and (when allowed) lots bought before February 2018
 * whose cost is stepped up to the 31 January 2018 value.
 */
public final class GainsYears {

    private static final LocalDate CUTOFF = LocalDate.of(2018, 2, 1);
    private static final String[][] STOCKS = {{"NTPC LTD", "INE733E01010"},
        {"POWER GRID CORPORATION OF INDIA LTD", "INE752E01010"}, {"COAL INDIA LTD", "INE522F01014"},
        {"TATA STEEL LTD", "INE081A01020"}, {"TATA MOTORS LTD", "INE155A01022"},
        {"HINDALCO INDUSTRIES LTD", "INE038A01020"}, {"OIL AND NATURAL GAS CORPORATION LTD", "INE213A01029"},
        {"ULTRATECH CEMENT LTD", "INE481G01011"}, {"BHARAT ELECTRONICS LTD", "INE263A01024"},
        {"INDIAN RAILWAY CATERING AND TOURISM CORP LTD", "INE335Y01020"}, {"AVENUE SUPERMARTS LTD", "INE192R01011"},
        {"PIDILITE INDUSTRIES LTD", "INE318A01026"}, {"DIVIS LABORATORIES LTD", "INE361B01024"},
        {"ADANI PORTS AND SPECIAL ECONOMIC ZONE LTD", "INE742F01042"}, {"HDFC LIFE INSURANCE COMPANY LTD",
            "INE795G01014"}, {"BAJAJ AUTO LTD", "INE917I01010"}, {"EICHER MOTORS LTD", "INE066A01021"},
        {"GAIL (INDIA) LTD", "INE129A01019"}};
    private static final String[] FUNDS = {"HDFC Flexi Cap Fund - Direct Plan - Growth Option",
        "ICICI Prudential Equity & Debt Fund - Growth", "SBI Contra Fund - Regular Plan - Growth",
        "Motilal Oswal Midcap Fund - Direct Growth", "Kotak Flexicap Fund - Growth",
        "Nippon India Growth Fund - Growth Plan", "Axis Small Cap Fund - Regular Growth",
        "Mirae Asset ELSS Tax Saver Fund - Direct Plan - Growth", "UTI Flexi Cap Fund - Regular Plan - Growth Option",
        "Invesco India Contra Fund - Growth", "Tata Small Cap Fund - Direct Plan - Growth",
        "PGIM India Midcap Opportunities Fund - Growth", "Bandhan Sterling Value Fund - Regular Growth",
        "Edelweiss Balanced Advantage Fund - Growth"};

    private GainsYears() {
    }

    /**
     * @param shares         listed shares (whole quantities) rather than fund units (three decimals)
     * @param count          number of sales
     * @param grandfathering whether lots bought before February 2018 may appear
     */
    public static GainsYear random(Rng rng, boolean shares, int count, boolean grandfathering) {
        int fy = rng.between(2021, 2024);
        List<Sale> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String[] sec = shares ? rng.pick(List.of(STOCKS)) : fund(rng);
            out.add(sale(rng, sec, fy, shares, grandfathering && rng.chance(0.3)));
        }
        out.sort(Comparator.comparing(Sale::security).thenComparing(Sale::sellDate));
        return new GainsYear(Cast.person(rng), fy, out);
    }

    private static String[] fund(Rng rng) {
        int i = rng.between(0, FUNDS.length - 1);
        Rng fixed = new Rng(31L * i + 7);
        return new String[] {FUNDS[i], "INF" + fixed.number(3) + fixed.letters(1) + "01" + fixed.alnum(2)
            + fixed.digits(1)};
    }

    private static Sale sale(Rng rng, String[] sec, int fy, boolean shares, boolean old) {
        LocalDate sell = LocalDate.of(fy, 4, 1).plusDays(rng.between(0, 364));
        LocalDate buy = old ? LocalDate.of(rng.between(2013, 2017), rng.between(1, 12), rng.between(1, 28))
                : sell.minusDays(rng.chance(0.5) ? rng.between(3, 360) : rng.between(370, 2000));
        if (!old && buy.isBefore(CUTOFF)) {
            buy = CUTOFF.plusDays(rng.between(0, 200));
        }
        BigDecimal qty = shares ? BigDecimal.valueOf(rng.between(1, 500))
                : BigDecimal.valueOf(rng.between(5_000, 2_000_000), 3);
        BigDecimal buyPrice = shares ? BigDecimal.valueOf(rng.between(1_200, 350_000), 2)
                : BigDecimal.valueOf(rng.between(1_000, 90_000), 4);
        double move = 0.7 + rng.nextDouble() * (old ? 2.5 : 0.9);
        BigDecimal sellPrice = buyPrice.multiply(BigDecimal.valueOf(move)).setScale(shares ? 2 : 4, RoundingMode.HALF_UP);
        BigDecimal buyValue = qty.multiply(buyPrice).setScale(2, RoundingMode.HALF_UP);
        BigDecimal sellValue = qty.multiply(sellPrice).setScale(2, RoundingMode.HALF_UP);
        boolean longTerm = sell.toEpochDay() - buy.toEpochDay() > 365;
        BigDecimal fmv = null;
        BigDecimal cost = buyValue;
        if (buy.isBefore(CUTOFF)) {
            BigDecimal fmvPrice = buyPrice.multiply(BigDecimal.valueOf(0.95 + rng.nextDouble() * 0.9))
                    .setScale(shares ? 2 : 4, RoundingMode.HALF_UP);
            fmv = qty.multiply(fmvPrice).setScale(2, RoundingMode.HALF_UP);
            cost = buyValue.max(fmv.min(sellValue));
        }
        return new Sale(sec[0], sec[1], qty, buy, sell, buyPrice, sellPrice, buyValue, sellValue, fmv,
                sellValue.subtract(cost), longTerm);
    }
}
