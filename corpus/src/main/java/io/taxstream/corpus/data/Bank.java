package io.taxstream.corpus.data;

import io.taxstream.corpus.util.Rng;
import java.util.List;

/**
 * A bank with the IFSC prefix of its branches.
 *
 * @param name      the bank's name as it prints it
 * @param ifscCode  the four-letter IFSC prefix
 * @param accountDigits length of its savings account numbers
 */
public record Bank(String name, String ifscCode, int accountDigits) {

    public static final List<Bank> ALL = List.of(
            new Bank("State Bank of India", "SBIN", 11), new Bank("HDFC Bank Ltd", "HDFC", 14),
            new Bank("ICICI Bank Limited", "ICIC", 12), new Bank("Axis Bank Ltd", "UTIB", 15),
            new Bank("Kotak Mahindra Bank", "KKBK", 10), new Bank("Punjab National Bank", "PUNB", 16),
            new Bank("Bank of Baroda", "BARB", 14), new Bank("Canara Bank", "CNRB", 13),
            new Bank("Union Bank of India", "UBIN", 15), new Bank("IDFC FIRST Bank", "IDFB", 11),
            new Bank("Yes Bank Ltd", "YESB", 15), new Bank("IndusInd Bank", "INDB", 12),
            new Bank("The Federal Bank Ltd", "FDRL", 14), new Bank("Bank of India", "BKID", 15),
            new Bank("Indian Bank", "IDIB", 10), new Bank("Central Bank of India", "CBIN", 10),
            new Bank("The Karur Vysya Bank Ltd", "KVBL", 16), new Bank("South Indian Bank", "SIBL", 16));

    public static Bank random(Rng rng) {
        return rng.pick(ALL);
    }

    /** A branch of this bank in the given city. */
    public Branch branch(Rng rng, Place place) {
        String locality = rng.pick(place.localities());
        return new Branch(this, locality + " Branch", place.address(rng), Ids.ifsc(rng, ifscCode),
                rng.number(3) + rng.digits(6));
    }

    /**
     * A branch.
     *
     * @param bank     the bank
     * @param name     branch name, e.g. {@code Koramangala Branch}
     * @param address  branch address
     * @param ifsc     IFSC of the branch
     * @param micr     nine-digit MICR code
     */
    public record Branch(Bank bank, String name, Place.Address address, String ifsc, String micr) {
    }
}
