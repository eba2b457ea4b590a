package io.taxstream.corpus.holdout2.kit;

import io.taxstream.corpus.data.Place;
import java.time.LocalDate;
import java.util.Locale;

/**
 * An individual of the second holdout set.
 *
 * @param given   given name
 * @param middle  middle name or father's name, or empty
 * @param surname surname, or empty for single-name people
 * @param female  gender, for salutations and relations
 * @param pan     PAN (fourth letter P)
 * @param dob     date of birth
 * @param place   town of residence
 * @param address postal address
 * @param mobile  ten-digit mobile number
 */
public record Folk(String given, String middle, String surname, boolean female, String pan, LocalDate dob,
        Place place, Place.Address address, String mobile) {

    /** {@code Harpreet Kaur Sodhi}. */
    public String natural() {
        StringBuilder sb = new StringBuilder(given);
        if (!middle.isEmpty()) {
            sb.append(' ').append(middle);
        }
        if (!surname.isEmpty()) {
            sb.append(' ').append(surname);
        }
        return sb.toString();
    }

    public String upper() {
        return natural().toUpperCase(Locale.ROOT);
    }

    /** {@code SODHI HARPREET KAUR}. */
    public String surnameFirst() {
        if (surname.isEmpty()) {
            return upper();
        }
        return (surname + " " + given + (middle.isEmpty() ? "" : " " + middle)).toUpperCase(Locale.ROOT);
    }

    /** {@code Shri} / {@code Smt.} / {@code Kum.} as Hindi-belt offices write. */
    public String honorific() {
        return female ? "Smt." : "Shri";
    }

    public String salutation() {
        return female ? "Ms." : "Mr.";
    }

    public int age(LocalDate on) {
        return dob.until(on).getYears();
    }
}
