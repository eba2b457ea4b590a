package io.taxstream.processors.extract;

import java.util.Map;

/**
 * A line item of the contract, e.g. a {@code transaction} or a {@code tds_quarter}.
 *
 * @param kind   the contract's line-item kind
 * @param values normalised values by the contract's names; absent values are left out
 * @param page   1-based page where the item was found, 0 when unknown
 */
public record Item(String kind, Map<String, String> values, int page) {

    public Item {
        values = Map.copyOf(values);
    }

    public String get(String name) {
        return values.get(name);
    }
}
