package io.taxstream.processors.llm;

import io.taxstream.avro.DocType;
import java.util.Locale;

/** The specialist families of the contract: each has its own models. */
public enum Family {
    FORM16, FINANCIAL, GENERAL;

    /** The family that extracts a document type, as the contract's table says. */
    public static Family of(DocType type) {
        return switch (type) {
            case FORM_16 -> FORM16;
            case BANK_STATEMENT, INTEREST_CERTIFICATE, CAPITAL_GAINS -> FINANCIAL;
            case PAYSLIP, INVESTMENT_PROOF, UNKNOWN -> GENERAL;
        };
    }

    /** Lower-case name, as in configuration keys. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }
}
