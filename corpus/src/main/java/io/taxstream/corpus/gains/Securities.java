package io.taxstream.corpus.gains;

import io.taxstream.corpus.util.Rng;
import java.util.List;

/** Equity mutual-fund schemes and listed shares with their ISINs. */
final class Securities {

    /**
     * A security.
     *
     * @param name scheme or company name
     * @param isin ISIN
     */
    record Security(String name, String isin) {
    }

    private static final List<Security> STOCKS = List.of(new Security("RELIANCE INDUSTRIES LTD", "INE002A01018"),
            new Security("TATA CONSULTANCY SERVICES LTD", "INE467B01029"), new Security("INFOSYS LTD", "INE009A01021"),
            new Security("HDFC BANK LTD", "INE040A01034"), new Security("ICICI BANK LTD", "INE090A01021"),
            new Security("ITC LTD", "INE154A01025"), new Security("STATE BANK OF INDIA", "INE062A01020"),
            new Security("LARSEN & TOUBRO LTD", "INE018A01030"), new Security("BHARTI AIRTEL LTD", "INE397D01024"),
            new Security("HINDUSTAN UNILEVER LTD", "INE030A01027"), new Security("AXIS BANK LTD", "INE238A01034"),
            new Security("KOTAK MAHINDRA BANK LTD", "INE237A01028"), new Security("MARUTI SUZUKI INDIA LTD", "INE585B01010"),
            new Security("ASIAN PAINTS LTD", "INE021A01026"), new Security("TITAN COMPANY LTD", "INE280A01028"),
            new Security("WIPRO LTD", "INE075A01022"), new Security("SUN PHARMACEUTICAL IND LTD", "INE044A01036"),
            new Security("BAJAJ FINANCE LTD", "INE296A01024"));

    private static final List<String> FUNDS = List.of("Axis Bluechip Fund - Direct Growth",
            "Mirae Asset Large Cap Fund - Regular Plan - Growth", "Parag Parikh Flexi Cap Fund - Direct Plan Growth",
            "SBI Small Cap Fund - Direct Growth", "ICICI Prudential Bluechip Fund - Growth",
            "Kotak Emerging Equity Fund - Direct Growth", "HDFC Mid-Cap Opportunities Fund - Growth",
            "Nippon India Small Cap Fund - Growth Plan", "UTI Nifty 50 Index Fund - Direct Growth",
            "DSP ELSS Tax Saver Fund - Direct Plan - Growth", "Quant Active Fund - Growth",
            "Canara Robeco Emerging Equities - Regular Growth", "Franklin India Flexi Cap Fund - Growth",
            "Aditya Birla Sun Life Frontline Equity Fund - Growth", "Tata Digital India Fund - Direct Plan Growth");

    private Securities() {
    }

    static Security stock(Rng rng) {
        return rng.pick(STOCKS);
    }

    /** A scheme with an ISIN in the INF + AMC code + 01 + serial form. */
    static Security fund(Rng rng) {
        int i = rng.between(0, FUNDS.size() - 1);
        Rng fixed = new Rng(i * 7919L);
        return new Security(FUNDS.get(i), "INF" + fixed.number(3) + fixed.letters(1) + "01" + fixed.alnum(2)
                + fixed.digits(1));
    }
}
