package io.taxstream.corpus.data;

import io.taxstream.corpus.util.Rng;
import java.util.List;

/**
 * A city with its state, PIN prefix, TAN jurisdiction code and localities.
 *
 * @param city       city name
 * @param state      state name
 * @param pinPrefix  first three digits of its PIN codes
 * @param tanCode    the three-letter jurisdiction code TANs of the city start with
 * @param localities neighbourhoods used in addresses and branch names
 */
public record Place(String city, String state, String pinPrefix, String tanCode, List<String> localities) {

    static final List<Place> ALL = List.of(
            new Place("Mumbai", "Maharashtra", "400", "MUM", List.of("Andheri East", "Powai", "Goregaon West",
                    "Lower Parel", "Bandra Kurla Complex", "Malad West", "Vikhroli", "Fort")),
            new Place("Pune", "Maharashtra", "411", "PNE", List.of("Hinjewadi Phase 1", "Kharadi", "Baner",
                    "Viman Nagar", "Shivajinagar", "Kothrud", "Magarpatta")),
            new Place("Bengaluru", "Karnataka", "560", "BLR", List.of("Whitefield", "Koramangala", "Electronic City",
                    "Indiranagar", "Jayanagar", "Marathahalli", "HSR Layout", "Hebbal")),
            new Place("Chennai", "Tamil Nadu", "600", "CHE", List.of("Guindy", "T. Nagar", "Velachery", "Adyar",
                    "Perungudi", "Anna Nagar", "Sholinganallur")),
            new Place("Hyderabad", "Telangana", "500", "HYD", List.of("Gachibowli", "Madhapur", "HITEC City",
                    "Banjara Hills", "Kondapur", "Begumpet", "Secunderabad")),
            new Place("New Delhi", "Delhi", "110", "DEL", List.of("Connaught Place", "Nehru Place", "Saket",
                    "Karol Bagh", "Janakpuri", "Okhla Phase II", "Dwarka Sector 10")),
            new Place("Gurugram", "Haryana", "122", "RTK", List.of("DLF Cyber City", "Sector 44", "Udyog Vihar Phase IV",
                    "Golf Course Road", "Sohna Road")),
            new Place("Noida", "Uttar Pradesh", "201", "MRT", List.of("Sector 62", "Sector 18", "Sector 135",
                    "Sector 125")),
            new Place("Kolkata", "West Bengal", "700", "CAL", List.of("Salt Lake Sector V", "Park Street",
                    "New Town", "Ballygunge", "Howrah")),
            new Place("Ahmedabad", "Gujarat", "380", "AHM", List.of("Navrangpura", "Satellite", "SG Highway",
                    "Maninagar", "Bodakdev")),
            new Place("Jaipur", "Rajasthan", "302", "JPR", List.of("Malviya Nagar", "C-Scheme", "Vaishali Nagar",
                    "Mansarovar")),
            new Place("Kochi", "Kerala", "682", "CHN", List.of("Kakkanad", "Edappally", "Marine Drive",
                    "Vyttila")),
            new Place("Lucknow", "Uttar Pradesh", "226", "LKN", List.of("Gomti Nagar", "Hazratganj", "Aliganj",
                    "Indira Nagar")),
            new Place("Indore", "Madhya Pradesh", "452", "BPL", List.of("Vijay Nagar", "Palasia", "Rau")),
            new Place("Chandigarh", "Chandigarh", "160", "PTL", List.of("Sector 17", "Sector 34", "IT Park")),
            new Place("Coimbatore", "Tamil Nadu", "641", "CMB", List.of("RS Puram", "Peelamedu", "Saravanampatti")));

    public static Place random(Rng rng) {
        return rng.pick(ALL);
    }

    /** A six-digit PIN code of this city. */
    public String pin(Rng rng) {
        return pinPrefix + rng.digits(1) + rng.between(1, 9) + rng.digits(1);
    }

    /** A street address line ending in the city, state and PIN. */
    public Address address(Rng rng) {
        String locality = rng.pick(localities);
        String first = rng.pickOf("Flat No. " + rng.between(101, 1904) + ", " + rng.pick(Names.BUILDINGS),
                rng.between(1, 299) + ", " + rng.pick(Names.STREETS),
                "Plot No. " + rng.between(2, 88) + ", " + rng.pick(Names.BUILDINGS),
                "House No. " + rng.between(3, 650) + ", " + rng.pick(Names.STREETS));
        return new Address(first, locality, city, state, pin(rng));
    }

    /**
     * A postal address.
     *
     * @param line1    building or house and street
     * @param locality neighbourhood
     * @param city     city
     * @param state    state
     * @param pin      six-digit PIN code
     */
    public record Address(String line1, String locality, String city, String state, String pin) {
        public String oneLine() {
            return line1 + ", " + locality + ", " + city + ", " + state + " - " + pin;
        }

        public List<String> lines() {
            return List.of(line1 + ",", locality + ", " + city + " - " + pin + ",", state);
        }
    }
}
