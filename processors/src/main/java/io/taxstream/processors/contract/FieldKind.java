package io.taxstream.processors.contract;

/** The value kinds of the extraction contract; each has one normalised form. */
public enum FieldKind {
    AMOUNT, BALANCE, DATE, MONTH, FINANCIAL_YEAR, ASSESSMENT_YEAR, PAN, TAN, IFSC, ACCOUNT_NUMBER, NAME, TEXT, ENUM,
    /** a plain number such as days paid or a quantity, printed without grouping */
    NUMBER;

    /** Names and free text compare case-insensitively; every other kind compares exactly. */
    public boolean caseInsensitive() {
        return this == NAME || this == TEXT;
    }
}
