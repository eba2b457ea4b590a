package io.taxstream.processors.validate;

import io.taxstream.avro.Severity;

/**
 * A validation finding, e.g. {@code form16.tds_quarters_sum} ERROR "quarterly TDS adds up to ...".
 * Messages carry rule names and numbers, never PANs or document text.
 */
public record Issue(String rule, Severity severity, String message) {

    public static Issue error(String rule, String message) {
        return new Issue(rule, Severity.ERROR, message);
    }

    public static Issue warn(String rule, String message) {
        return new Issue(rule, Severity.WARN, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
