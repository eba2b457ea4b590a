package io.taxstream.corpus.holdout2.gains;

import io.taxstream.corpus.kit.Rupees;
import io.taxstream.corpus.util.Rng;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Makes up a year's sales: shares or fund units bought months or years before, the term by the
 * holding period (over twelve months for equity; over thirty-six for debt funds, and always short
 * for debt units bought from April 2023 on, section 50AA), and the cost of equity bought before
 * 1 February 2018 stepped up to the 31 January 2018 value (section 112A grandfathering).
 */
public final class Lots {

    /** A security with its ISIN and whether it is equity. */
    public record Security(String name, String isin, boolean equity) {
    }

    public static final List<Security> SHARES = List.of(new Security("BHARAT ELECTRONICS LTD", "INE263A01024", true),
            new Security("COAL INDIA LTD", "INE522F01014", true), new Security("NTPC LTD", "INE733E01010", true),
            new Security("POWER GRID CORPORATION OF INDIA LTD", "INE752E01010", true),
            new Security("INDIAN RAILWAY CATERING AND TOURISM CORP LTD", "INE335Y01020", true),
            new Security("HINDUSTAN AERONAUTICS LTD", "INE066F01020", true), new Security("TRENT LTD", "INE849A01020", true),
            new Security("POLYCAB INDIA LTD", "INE455K01017", true), new Security("TATA ELXSI LTD", "INE670A01012", true),
            new Security("HAVELLS INDIA LTD", "INE176B01034", true),
            new Security("PIDILITE INDUSTRIES LTD", "INE318A01026", true), new Security("MARICO LTD", "INE196A01026", true),
            new Security("DABUR INDIA LTD", "INE016A01026", true), new Security("BANK OF BARODA", "INE028A01039", true),
            new Security("CANARA BANK", "INE476A01022", true), new Security("REC LTD", "INE020B01018", true),
            new Security("INDIAN HOTELS CO LTD", "INE053A01029", true),
            new Security("APOLLO HOSPITALS ENTERPRISE LTD", "INE437A01024", true),
            new Security("VEDANTA LTD", "INE205A01025", true), new Security("GAIL (INDIA) LTD", "INE129A01019", true));

    public static final List<Security> EQUITY_FUNDS = List.of(
            new Security("Quant Small Cap Fund - Direct Plan Growth", "INF966L01689", true),
            new Security("Motilal Oswal Midcap Fund - Regular Growth", "INF247L01445", true),
            new Security("Canara Robeco Bluechip Equity Fund - Direct Growth", "INF760K01EI4", true),
            new Security("Edelweiss Balanced Advantage Fund - Growth", "INF843K01013", true),
            new Security("HSBC Value Fund - Direct Growth", "INF917K01QC7", true),
            new Security("Bandhan Sterling Value Fund - Regular Growth", "INF194K01342", true),
            new Security("Invesco India Contra Fund - Growth", "INF205K01BC9", true),
            new Security("Mahindra Manulife Mid Cap Fund - Direct Growth", "INF174V01754", true),
            new Security("Sundaram Mid Cap Fund - Regular Growth", "INF903J01173", true),
            new Security("Baroda BNP Paribas Multi Cap Fund - Growth", "INF955L01AE2", true));

    public static final List<Security> DEBT_FUNDS = List.of(
            new Security("Aditya Birla Sun Life Corporate Bond Fund - Growth", "INF209K01785", false),
            new Security("HDFC Short Term Debt Fund - Growth", "INF179K01BB8", false),
            new Security("ICICI Prudential Gilt Fund - Growth", "INF109K01AN8", false),
            new Security("Kotak Banking and PSU Debt Fund - Growth", "INF174K01DS9", false),
            new Security("SBI Magnum Medium Duration Fund - Regular Growth", "INF200K01719", false),
            new Security("Axis Dynamic Bond Fund - Direct Growth", "INF846K01FK7", false));

    private static final LocalDate GRANDFATHER = LocalDate.of(2018, 1, 31);
    private static final LocalDate SECTION_50AA = LocalDate.of(2023, 4, 1);

    private Lots() {
    }

    /** {@code count} sales from the pool during the financial year, sorted by security then sale date. */
    public static List<Lot> random(Rng rng, int fy, List<Security> pool, int count, boolean units) {
        List<Lot> out = new ArrayList<>();
        LocalDate first = LocalDate.of(fy, 4, 1);
        for (int i = 0; i < count; i++) {
            Security s = rng.pick(pool);
            LocalDate sold = first.plusDays(rng.between(0, 364));
            boolean longTerm = rng.chance(0.5);
            long limit = s.equity() ? 365 : 1095;
            long days;
            if (longTerm) {
                days = rng.chance(0.25) && s.equity() ? sold.toEpochDay() - LocalDate.of(rng.between(2012, 2017),
                        rng.between(1, 12), rng.between(1, 28)).toEpochDay() : limit + 10 + rng.between(0, 1400);
            } else {
                days = rng.between(20, (int) limit - 10);
            }
            LocalDate bought = sold.minusDays(days);
            boolean lt = days > limit && (s.equity() || bought.isBefore(SECTION_50AA));
            BigDecimal qty = units ? BigDecimal.valueOf(rng.between(5_000, 900_000), 3)
                    : BigDecimal.valueOf(rng.between(1, 400));
            BigDecimal buyPrice = units ? BigDecimal.valueOf(rng.between(1_000, 30_000), 2).add(BigDecimal.valueOf(
                    rng.between(0, 99), 4)).setScale(4, RoundingMode.HALF_UP) : BigDecimal.valueOf(rng.between(4_000,
                    420_000), 2);
            double drift = 0.72 + rng.nextDouble() * (lt ? 1.6 : 0.6);
            BigDecimal sellPrice = buyPrice.multiply(BigDecimal.valueOf(drift)).setScale(units ? 4 : 2,
                    RoundingMode.HALF_UP);
            BigDecimal buyValue = qty.multiply(buyPrice).setScale(2, RoundingMode.HALF_UP);
            BigDecimal sellValue = qty.multiply(sellPrice).setScale(2, RoundingMode.HALF_UP);
            BigDecimal fmv = null;
            BigDecimal cost = buyValue;
            if (lt && s.equity() && !bought.isAfter(GRANDFATHER)) {
                fmv = buyPrice.multiply(BigDecimal.valueOf(1.0 + rng.nextDouble() * 0.7)).setScale(units ? 4 : 2,
                        RoundingMode.HALF_UP);
                BigDecimal fmvValue = qty.multiply(fmv).setScale(2, RoundingMode.HALF_UP);
                cost = buyValue.max(fmvValue.min(sellValue));
            }
            out.add(new Lot(s.name(), s.isin(), s.equity(), qty, bought, sold, buyPrice, sellPrice, buyValue,
                    sellValue, fmv, cost, sellValue.subtract(cost), lt));
        }
        out.sort(Comparator.comparing(Lot::security).thenComparing(Lot::sold));
        return out;
    }

    public static BigDecimal total(List<Lot> lots, boolean longTerm) {
        return Rupees.sum(lots.stream().filter(l -> l.longTerm() == longTerm).map(Lot::gain).toList());
    }

    public static BigDecimal sales(List<Lot> lots) {
        return Rupees.sum(lots.stream().map(Lot::sellValue).toList());
    }
}
