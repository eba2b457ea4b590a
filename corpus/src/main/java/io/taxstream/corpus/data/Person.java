package io.taxstream.corpus.data;

import io.taxstream.corpus.util.Rng;
import java.time.LocalDate;
import java.util.Locale;

/**
 * An individual: employee, depositor, investor or account holder.
 *
 * @param first   given name
 * @param middle  middle name or empty
 * @param last    surname
 * @param female  gender, for salutations
 * @param pan     PAN with P as the fourth letter
 * @param dob     date of birth
 * @param place   city of residence
 * @param address postal address
 * @param mobile  ten-digit mobile number
 */
public record Person(String first, String middle, String last, boolean female, String pan, LocalDate dob,
        Place place, Place.Address address, String mobile) {

    public static Person random(Rng rng) {
        boolean female = rng.chance(0.45);
        String first = rng.pick(female ? Names.FEMALE : Names.MALE);
        String middle = rng.chance(0.3) ? rng.pick(Names.MIDDLE) : "";
        String last = rng.pick(Names.SURNAMES);
        Place place = Place.random(rng);
        LocalDate dob = LocalDate.of(rng.between(1962, 2001), rng.between(1, 12), rng.between(1, 28));
        String mobile = rng.pickOf("9", "8", "7", "6") + rng.digits(9);
        return new Person(first, middle, last, female, Ids.personPan(rng, last), dob, place, place.address(rng),
                mobile);
    }

    /** The full name in natural order: {@code Rahul Kumar Sharma}. */
    public String fullName() {
        return middle.isEmpty() ? first + " " + last : first + " " + middle + " " + last;
    }

    public String upperName() {
        return fullName().toUpperCase(Locale.ROOT);
    }

    /** The name as a document prints it: natural, upper case, or surname first. */
    public String printedName(Rng rng) {
        return switch (rng.between(0, 3)) {
            case 0, 1 -> upperName();
            case 2 -> fullName();
            default -> (last + " " + first + (middle.isEmpty() ? "" : " " + middle)).toUpperCase(Locale.ROOT);
        };
    }

    public String salutation() {
        return female ? "Ms." : "Mr.";
    }
}
