package io.taxstream.processors.types;

import static io.taxstream.processors.contract.FieldKind.AMOUNT;
import static io.taxstream.processors.contract.FieldKind.FINANCIAL_YEAR;
import static io.taxstream.processors.contract.FieldKind.NAME;
import static io.taxstream.processors.contract.FieldKind.PAN;
import static io.taxstream.processors.rules.FieldRule.field;

import io.taxstream.processors.rules.FieldRule;
import java.util.List;

/** The labels of a capital gains statement, as registrars, fund houses and brokers word them. */
final class GainsFields {

    /** "Capital gain / (loss)" in its spellings. */
    private static final String GAIN = "(capital )?(gains?|profit|p ?& ?l)( ?/ ?\\(?loss\\)?)?";

    /** What gains statements label besides the contract's fields. */
    static final List<String> OTHER_LABELS = List.of("client id", "client code", "\\bucc\\b", "\\bfolio( no\\.?| number)?", "\\bmobile\\b",
            "\\be-?mail\\b", "\\baddress\\b", "\\bdp id\\b", "demat (a/c|account)( no\\.?)?", "\\bisin\\b", "\\barn\\b( code)?", "broker code",
            "\\bdate\\b(?=\\s*:)", "\\bperiod\\b", "statement date", "पता");

    private GainsFields() {
    }

    static List<FieldRule> all() {
        return List.of(
                field("issuer_name", NAME)
                        .labels("(issued by|issuer|registrar|broker|depository|fund house|amc)( name)?(?=\\s*:)",
                                "name of (the )?(broker|registrar|amc|fund house|issuer)")
                        .below(1).build(),
                field("investor_name", NAME)
                        .labels("name of (the )?(investor|client|unit ?holder|assessee|account holder|first holder)",
                                "(investor|client|unit ?holder|customer|first holder)'?s? name", "\\binvestor\\b(?=\\s*:)",
                                "\\bclient\\b(?=\\s*:)", "account holder", "^\\s*name\\b", "निवेशक का नाम")
                        .notOn("scheme name", "broker name", "bank name").below(1).build(),
                field("investor_pan", PAN)
                        .labels("pan of (the )?(investor|client|holder)", "(investor|client|holder)'?s? pan", "\\bpan\\b( no\\.?| number)?",
                                "permanent account number", "पैन")
                        .notOn("pan of (the )?(broker|amc|company)").below(1).build(),
                field("financial_year", FINANCIAL_YEAR)
                        .labels("financial year", "\\bf\\.? ?y\\.?", "for the year", "वित्तीय वर्ष").below(1).build(),
                field("stcg_total", AMOUNT)
                        .labels("total short[- ]?term " + GAIN, "short[- ]?term " + GAIN, "total short[- ]?term\\b", "short[- ]?term total",
                                "\\bstcg\\b( total)?(?=\\s*[:=(]|\\s*$|\\s+[-(]?\\d)", "अल्पकालिक")
                        .notOn("\\bsection 111a\\b.*\\btax\\b").column(FieldRule.Column.LAST).sameLineOnly().build(),
                field("ltcg_total", AMOUNT)
                        .labels("total long[- ]?term " + GAIN, "long[- ]?term " + GAIN, "total long[- ]?term\\b", "long[- ]?term total",
                                "\\bltcg\\b( total)?(?=\\s*[:=(]|\\s*$|\\s+[-(]?\\d)", "दीर्घकालिक")
                        .column(FieldRule.Column.LAST).sameLineOnly().build(),
                field("total_sale_value", AMOUNT)
                        .labels("total (sale|sell|redemption|transfer) (value|amount|consideration|proceeds)",
                                "total full value of consideration", "(sale|redemption) (value|consideration) total")
                        .column(FieldRule.Column.LAST).sameLineOnly().build());
    }
}
