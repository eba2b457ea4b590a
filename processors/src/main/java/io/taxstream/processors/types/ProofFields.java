package io.taxstream.processors.types;

import static io.taxstream.processors.contract.FieldKind.DATE;
import static io.taxstream.processors.contract.FieldKind.FINANCIAL_YEAR;
import static io.taxstream.processors.contract.FieldKind.NAME;
import static io.taxstream.processors.contract.FieldKind.PAN;
import static io.taxstream.processors.contract.FieldKind.TEXT;
import static io.taxstream.processors.rules.FieldRule.field;

import io.taxstream.processors.normalize.Normalizers;
import io.taxstream.processors.rules.FieldRule;
import io.taxstream.processors.rules.ValueParser;
import io.taxstream.processors.rules.ValueParsers;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The labels of an investment proof's parties, reference and dates, across insurers, lenders,
 * schools, fund houses, banks, record-keeping agencies and landlords. The kind, section and amount
 * depend on the kind of proof and are decided in {@link ProofCompletion}.
 */
final class ProofFields {

    /**
     * A policy, folio, PRAN, account, loan or receipt number: a token with a digit in it. A landlord's
     * or a school's receipt book may number its receipts from 1, so a short number is one too.
     */
    private static final Pattern REFERENCE = Pattern.compile("(?<![\\w/-])(?=[\\w/-]*\\d)[A-Za-z0-9][\\w/-]*(?![\\w/-])");

    /** What proofs label besides the contract's fields. */
    static final List<String> OTHER_LABELS = List.of("\\bplan\\b(/term)?", "\\bmode\\b( of payment)?", "due date", "\\bproduct\\b",
            "\\bscheme\\b", "sum (assured|insured)", "policy period", "members covered", "property address", "sanctioned amount",
            "\\bperiod\\b", "\\bsector\\b", "\\baddress\\b", "\\bbranch\\b", "\\bclass\\b", "\\bdate\\b(?=\\s*:)", "\\bmobile\\b",
            "\\be-?mail\\b", "\\bgstin\\b", "\\bcin\\b", "irdai", "\\bnominee\\b", "पता");

    /** An account or loan number a certificate's sentence gives, possibly run on to the next line. */
    static final List<String> REFERENCE_IN_PROSE = List.of("(loan )?(account|a/c) (no|number)\\.?,?");

    /** A reference number as {@link #REFERENCE} finds it in text. */
    static final ValueParser REFERENCE_TOKEN = ValueParsers.token(REFERENCE, Normalizers::text);

    private ProofFields() {
    }

    static List<FieldRule> all() {
        return List.of(
                field("issuer_name", NAME)
                        .labels("(central )?record ?keeping agency", "name of (the )?(insurer|lender|school|institution|landlord|owner|fund house|amc)",
                                "(insurer|lender|landlord|owner)'?s? name")
                        .below(1).build(),
                field("holder_name", NAME)
                        .labels("name of (the )?(policy ?holder|proposer|investor|subscriber|borrower|tenant|payer|account holder|assessee|depositor)",
                                "(policy ?holder|proposer|investor|subscriber|tenant|payer|depositor|account holder|assessee|guardian|parent)('?s)?( name)?",
                                "borrower'?s?( ?\\(s\\))?( name)?", "\\bname\\b(?=\\s*:)", "^\\s*name\\b", "नाम")
                        // a minor's account (Sukanya Samriddhi, a child's PPF, a student's fees): the deduction is the payer's
                        .notOn("landlord", "owner", "nominee", "bank name", "scheme name", "branch", "\\bchild\\b", "\\bminor\\b",
                                "\\bstudent\\b", "\\bward\\b").below(1).build(),
                field("holder_pan", PAN)
                        .labels("pan of (the )?(policy ?holder|proposer|investor|subscriber|borrower|tenant|payer|assessee)",
                                "(policy ?holder|proposer|investor|subscriber|borrower|tenant|payer)'?s? pan", "\\bpan\\b( no\\.?| number)?",
                                "पैन")
                        .notOn("landlord", "owner", "pan of (the )?(insurer|company|lender|bank|school)").below(1).build(),
                field("reference_number", TEXT)
                        .labels("policy (no|number)\\.?", "folio (no|number)\\.?", "\\bpran\\b( no\\.?| number)?",
                                "loan (a/c|account) (no|number)\\.?", "(ppf )?(a/c|account) (no|number)\\.?",
                                "(receipt|certificate|membership|admission|enrolment|contract) (no|number)\\.?", "पॉलिसी (सं|संख्या)")
                        .parser(REFERENCE_TOKEN).below(1).build(),
                field("payment_date", DATE)
                        .labels("date of (payment|receipt|remittance|deposit)", "payment date", "(premium )?paid on", "receipt date",
                                "received on", "भुगतान की तारीख")
                        .below(1).build(),
                field("financial_year", FINANCIAL_YEAR)
                        .labels("financial year", "\\bf\\.? ?y\\.?", "for the year", "वित्तीय वर्ष").below(1).build());
    }
}
