package io.taxstream.corpus.kit;

import io.taxstream.corpus.data.Bank;
import io.taxstream.corpus.data.Ids;
import io.taxstream.corpus.data.Place;
import io.taxstream.corpus.util.Rng;
import java.util.Locale;
import java.util.function.BiFunction;

/** Identifiers of the deductors and branches in the holdout sets: TANs and bank branches in a town. */
public final class Deductors {

    private Deductors() {
    }

    /** A TAN for a deductor in the town: its jurisdiction code, the name's initial, five digits, a letter. */
    public static String tan(Rng rng, Place town, String deductor) {
        return town.tanCode() + initial(deductor) + rng.number(5) + rng.letters(1);
    }

    /** The first letter of the name, or {@code X} when it has none. */
    public static String initial(String name) {
        for (char c : name.toUpperCase(Locale.ROOT).toCharArray()) {
            if (c >= 'A' && c <= 'Z') {
                return String.valueOf(c);
            }
        }
        return "X";
    }

    /** A branch of the bank in the town, at an address the set's own cast draws. */
    public static Bank.Branch branch(Rng rng, Bank bank, Place town, BiFunction<Rng, Place, Place.Address> address) {
        String locality = rng.pick(town.localities());
        return new Bank.Branch(bank, locality, address.apply(rng, town), Ids.ifsc(rng, bank.ifscCode()),
                town.pinPrefix() + rng.digits(6));
    }
}
