package io.taxstream.processors.eval;

import io.taxstream.avro.DocType;
import io.taxstream.processors.contract.ContractFields;
import io.taxstream.processors.contract.FieldKind;
import io.taxstream.processors.contract.FieldSpec;
import java.util.Locale;
import java.util.Map;

/** The contract's comparison of values: names and free text case-insensitively, everything else exactly. */
public final class Comparison {

    private Comparison() {
    }

    public static boolean sameField(DocType type, String field, String expected, String actual) {
        FieldKind kind = ContractFields.field(type, field).map(FieldSpec::kind).orElse(FieldKind.TEXT);
        return same(kind, expected, actual);
    }

    public static boolean sameItem(Truth.ItemValues expected, Truth.ItemValues actual) {
        if (!expected.kind().equals(actual.kind())) {
            return false;
        }
        Map<String, FieldKind> kinds = ContractFields.itemValueKinds(expected.kind());
        if (!expected.values().keySet().equals(actual.values().keySet())) {
            return false;
        }
        for (Map.Entry<String, String> e : expected.values().entrySet()) {
            if (!same(kinds.getOrDefault(e.getKey(), FieldKind.TEXT), e.getValue(), actual.values().get(e.getKey()))) {
                return false;
            }
        }
        return true;
    }

    static boolean same(FieldKind kind, String expected, String actual) {
        if (expected == null || actual == null) {
            return expected == actual;
        }
        if (kind.caseInsensitive()) {
            return fold(expected).equals(fold(actual));
        }
        return expected.equals(actual);
    }

    private static String fold(String s) {
        return s.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
