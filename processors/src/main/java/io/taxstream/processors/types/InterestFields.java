package io.taxstream.processors.types;

import static io.taxstream.processors.contract.FieldKind.AMOUNT;
import static io.taxstream.processors.contract.FieldKind.FINANCIAL_YEAR;
import static io.taxstream.processors.contract.FieldKind.NAME;
import static io.taxstream.processors.contract.FieldKind.PAN;
import static io.taxstream.processors.rules.FieldRule.field;

import io.taxstream.processors.rules.FieldRule;
import java.util.List;

/** The labels of an interest certificate, from banks' and post offices' certificates, in English and common Hindi forms. */
final class InterestFields {

    /** A deposit table's header line: its headings are no labels of the certificate's totals. */
    static final String TABLE_HEADER = "\\brate\\b|principal|\\btype\\b|scheme|account no|a/c no|\\bsl\\.?\\b|maturity";

    /** What certificates label besides the contract's fields. */
    static final List<String> OTHER_LABELS = List.of("customer id", "cust\\.? id", "\\bcif\\b( no\\.?)?", "\\baddress\\b", "\\bbranch\\b",
            "ifsc( code)?", "micr( code)?", "\\bdate\\b(?=\\s*:)", "\\bref(erence)?\\b\\.?( no\\.?)?(?=\\s*:)", "\\bmobile\\b", "\\be-?mail\\b",
            "account (no|number)\\.?", "a/c (no|number)\\.?", "pan of (the )?(bank|deductor)", "\\btan\\b", "पता", "शाखा");

    private InterestFields() {
    }

    static List<FieldRule> all() {
        return List.of(
                field("bank_name", NAME).labels("bank name", "name of (the )?(bank|deductor|post office)", "बैंक का नाम")
                        .below(1).build(),
                field("depositor_name", NAME)
                        .labels("depositor'?s? name", "name of (the )?(depositor|customer|account holder|investor)", "customer name",
                                "account holder'?s?( name)?", "investor name", "deductee name",
                                "cell:(first|primary|sole|1st) (holder|applicant|depositor)('?s)?( name)?(?! ?'?s? pan)", "^\\s*name\\b", "जमाकर्ता का नाम",
                                "ग्राहक का नाम")
                        .notOn("bank name", "branch name", "nominee").below(1).build(),
                field("depositor_pan", PAN)
                        .labels("pan of (the )?(depositor|customer|deductee|account holder)", "(depositor|customer|deductee)'?s? pan",
                                "\\bpan\\b( no\\.?| number)?", "permanent account number", "पैन")
                        .notOn("pan of (the )?(bank|deductor|branch)", "\\btan\\b").below(1).build(),
                field("financial_year", FINANCIAL_YEAR)
                        .labels("financial year", "\\bf\\.? ?y\\.?", "previous year", "for the year", "वित्तीय वर्ष").below(1).build(),
                field("total_interest", AMOUNT)
                        .labels("total interest( paid| credited| earned| accrued)?( amount)?", "aggregate interest",
                                "interest (paid|credited|earned)( during the year)?\\s*(\\(rs\\.?\\)|\\(inr\\))?\\s*(?=:)", "कुल ब्याज")
                        .notOn(TABLE_HEADER).sameLineOnly().build(),
                field("total_tds", AMOUNT)
                        .labels("total tds( deducted)?( amount)?", "total tax deducted( at source)?", "tds deducted\\s*(?=:)",
                                "tax deducted at source\\s*(\\(rs\\.?\\)|\\(inr\\))?\\s*(?=:)", "कुल टीडीएस")
                        .notOn(TABLE_HEADER).sameLineOnly().build());
    }
}
