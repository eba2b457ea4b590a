package io.taxstream.processors.rules;

import java.util.Optional;

/** Finds the first value of one kind in a piece of text, in the contract's form. */
@FunctionalInterface
public interface ValueParser {

    Optional<Parsed> first(String text);
}
