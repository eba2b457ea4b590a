package io.taxstream.corpus.testkit;

/** What a document's text shows, asked value by value in the contract's form. */
public interface Printed {

    /** An amount such as {@code 1234.50}, printed in any grouping (or as nil when zero). */
    boolean showsAmount(String value);

    /** An ISO date, printed in any of the forms the layouts use. */
    boolean showsDate(String iso);

    /** A month such as {@code 2024-04}. */
    boolean showsMonth(String ym);

    /** A year span such as {@code 2023-24}. */
    boolean showsYears(String span);

    /** Text as printed (case-insensitive); a wrapped value only needs each of its pieces. */
    boolean showsText(String value);

    /** An account number, printed with or without spaces and dashes. */
    boolean showsAccount(String value);
}
