package io.taxstream.processors.contract;

import java.util.List;

/**
 * One field of the contract.
 *
 * @param name     the contract's field name, fixed
 * @param kind     how its value is normalised and compared
 * @param required whether EXTRACTED needs it (conditional requirements live in {@link ContractFields})
 * @param symbols  the allowed words of an {@link FieldKind#ENUM} field, else empty
 */
public record FieldSpec(String name, FieldKind kind, boolean required, List<String> symbols) {

    public FieldSpec {
        symbols = List.copyOf(symbols);
    }

    public static FieldSpec required(String name, FieldKind kind) {
        return new FieldSpec(name, kind, true, List.of());
    }

    public static FieldSpec optional(String name, FieldKind kind) {
        return new FieldSpec(name, kind, false, List.of());
    }

    public static FieldSpec enumeration(String name, boolean required, String... symbols) {
        return new FieldSpec(name, FieldKind.ENUM, required, List.of(symbols));
    }
}
