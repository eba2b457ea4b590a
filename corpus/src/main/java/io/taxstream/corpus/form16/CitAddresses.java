package io.taxstream.corpus.form16;

import io.taxstream.corpus.data.Place;
import io.taxstream.corpus.util.Rng;
import java.util.List;

/** Addresses of the Commissioner of Income Tax (TDS) printed in Part A. */
final class CitAddresses {

    private CitAddresses() {
    }

    static List<String> of(Place place, Rng rng) {
        String building = rng.pickOf("Aayakar Bhawan", "Pratyaksh Kar Bhawan", "C.R. Building", "Income Tax Towers");
        return List.of("The Commissioner of Income Tax (TDS)",
                rng.pickOf("Room No. ", "Floor ", "Wing ") + rng.between(1, 12) + ", " + building + ", "
                        + rng.pick(place.localities()),
                place.city() + " - " + place.pinPrefix() + "0" + rng.digits(2));
    }
}
