package io.taxstream.corpus.kit;

import io.taxstream.corpus.data.Place;
import java.time.LocalDate;
import java.util.Locale;

/**
 * An individual of a holdout set. Southern names are often written with an initial for the
 * father's or village name ({@code K. Ramachandran}); {@code initial} holds it when the name is
 * of that kind, and the printed forms respect it.
 *
 * @param given   given name(s)
 * @param middle  middle name or father's name, or empty
 * @param family  surname, or empty for initial-style and single-name people
 * @param initial leading initial such as {@code K.} or empty
 * @param female  gender, for salutations and relations
 * @param pan     PAN with P as the fourth letter
 * @param dob     date of birth
 * @param place   city of residence
 * @param address postal address
 * @param mobile  ten-digit mobile number
 */
public record Who(String given, String middle, String family, String initial, boolean female, String pan,
        LocalDate dob, Place place, Place.Address address, String mobile) {

    /** {@code Ramesh Babu Naidu} or {@code K. Ramachandran}. */
    public String natural() {
        StringBuilder sb = new StringBuilder();
        if (!initial.isEmpty()) {
            sb.append(initial).append(' ');
        }
        sb.append(given);
        if (!middle.isEmpty()) {
            sb.append(' ').append(middle);
        }
        if (!family.isEmpty()) {
            sb.append(' ').append(family);
        }
        return sb.toString();
    }

    public String upper() {
        return natural().toUpperCase(Locale.ROOT);
    }

    /** {@code NAIDU RAMESH BABU}, as some core-banking systems store names; initial-style names stay natural. */
    public String surnameFirst() {
        if (family.isEmpty()) {
            return upper();
        }
        return (family + " " + given + (middle.isEmpty() ? "" : " " + middle)).toUpperCase(Locale.ROOT);
    }

    /** {@code R. B. NAIDU}: given names cut to initials, as payroll and pension systems print them. */
    public String initials() {
        if (family.isEmpty()) {
            return upper();
        }
        String m = middle.isEmpty() ? "" : middle.charAt(0) + ". ";
        return (given.charAt(0) + ". " + m + family).toUpperCase(Locale.ROOT);
    }

    /** {@code Shri} / {@code Smt.} / {@code Kum.} as Hindi-belt offices write. */
    public String honorific() {
        return female ? "Smt." : "Shri";
    }

    public String salutation() {
        return female ? "Ms." : "Mr.";
    }

    /** A relation's name for forms that ask for it ("S/o", "D/o", "W/o"). */
    public String relationPrefix() {
        return female ? "D/o" : "S/o";
    }

    public int age(LocalDate on) {
        return dob.until(on).getYears();
    }
}
