package io.taxstream.processors.validate;

import static io.taxstream.processors.validate.Amounts.format;
import static io.taxstream.processors.validate.Amounts.parse;

import io.taxstream.avro.DocType;
import io.taxstream.processors.contract.ContractFields;
import io.taxstream.processors.contract.FieldKind;
import io.taxstream.processors.contract.FieldSpec;
import io.taxstream.processors.extract.Extraction;
import io.taxstream.processors.extract.Item;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Rules every document type shares, and small builders for the arithmetic rules types declare:
 * "these add up to that", "this is at most that", "each row's balance follows from the last".
 * Messages carry the rule's numbers, never identifiers or document text.
 */
public final class ContractRules {

    private ContractRules() {
    }

    /** PAN, TAN and IFSC fields match their patterns (a PAN's fourth letter included). */
    public static Rule identifiers(DocType type) {
        return extraction -> {
            List<Issue> issues = new ArrayList<>();
            for (FieldSpec spec : ContractFields.of(type)) {
                String value = extraction.value(spec.name());
                if (value == null) {
                    continue;
                }
                if (spec.kind() == FieldKind.PAN && !Identifiers.isValidPan(value)) {
                    issues.add(Issue.error("pan_format", spec.name() + " is not a valid PAN ([A-Z]{5}[0-9]{4}[A-Z], fourth letter one of ABCFGHLJPT)"));
                } else if (spec.kind() == FieldKind.TAN && !Identifiers.isValidTan(value)) {
                    issues.add(Issue.error("tan_format", spec.name() + " is not a valid TAN ([A-Z]{4}[0-9]{5}[A-Z])"));
                } else if (spec.kind() == FieldKind.IFSC && !Identifiers.isValidIfsc(value)) {
                    issues.add(Issue.error("ifsc_format", spec.name() + " is not a valid IFSC ([A-Z]{4}0[A-Z0-9]{6})"));
                }
            }
            return issues;
        };
    }

    /** The named fields add up to {@code total} within {@code tolerance}; checked only when all are present. */
    public static Rule fieldsSum(String rule, String total, BigDecimal tolerance, String... parts) {
        return extraction -> {
            BigDecimal expected = parse(extraction.value(total));
            List<BigDecimal> values = new ArrayList<>();
            for (String part : parts) {
                values.add(parse(extraction.value(part)));
            }
            if (expected == null || values.stream().anyMatch(Objects::isNull)) {
                return List.of();
            }
            BigDecimal sum = Amounts.sum(values);
            return Amounts.close(sum, expected, tolerance) ? List.of()
                    : List.of(Issue.error(rule, String.join(" + ", parts) + " = " + format(sum) + " but " + total + " is " + format(expected)));
        };
    }

    /** {@code minuend − subtrahend = result} within the tolerance. */
    public static Rule difference(String rule, String minuend, String subtrahend, String result, BigDecimal tolerance) {
        return extraction -> {
            BigDecimal a = parse(extraction.value(minuend));
            BigDecimal b = parse(extraction.value(subtrahend));
            BigDecimal c = parse(extraction.value(result));
            if (a == null || b == null || c == null) {
                return List.of();
            }
            BigDecimal d = a.subtract(b);
            return Amounts.close(d, c, tolerance) ? List.of()
                    : List.of(Issue.error(rule, minuend + " − " + subtrahend + " = " + format(d) + " but " + result + " is " + format(c)));
        };
    }

    /** {@code smaller ≤ larger}. */
    public static Rule atMost(String rule, String smaller, String larger) {
        return atMost(rule, smaller, larger, BigDecimal.ZERO);
    }

    /** {@code smaller ≤ larger + tolerance}. */
    public static Rule atMost(String rule, String smaller, String larger, BigDecimal tolerance) {
        return extraction -> {
            BigDecimal a = parse(extraction.value(smaller));
            BigDecimal b = parse(extraction.value(larger));
            if (a == null || b == null || a.compareTo(b.add(tolerance)) <= 0) {
                return List.of();
            }
            return List.of(Issue.error(rule, smaller + " " + format(a) + " exceeds " + larger + " " + format(b)));
        };
    }

    /**
     * The values {@code value} of the items of {@code kind} (optionally only those whose
     * {@code filterKey} equals {@code filterValue}) add up to the field {@code total}.
     */
    public static Rule itemsSum(String rule, String kind, String value, String filterKey, String filterValue,
                                String total, BigDecimal tolerance) {
        return extraction -> {
            BigDecimal expected = parse(extraction.value(total));
            List<Item> items = extraction.items(kind).stream()
                    .filter(i -> filterKey == null || filterValue.equals(i.get(filterKey)))
                    .toList();
            if (expected == null || items.isEmpty()) {
                return List.of();
            }
            List<BigDecimal> values = items.stream().map(i -> parse(i.get(value))).toList();
            if (values.stream().anyMatch(Objects::isNull)) {
                return List.of(Issue.error(rule, "an item of kind " + kind + " has no " + value));
            }
            BigDecimal sum = Amounts.sum(values);
            String what = filterKey == null ? kind : kind + " (" + filterValue + ")";
            return Amounts.close(sum, expected, tolerance) ? List.of()
                    : List.of(Issue.error(rule, what + " " + value + " values add up to " + format(sum) + " but " + total + " is " + format(expected)));
        };
    }
}
