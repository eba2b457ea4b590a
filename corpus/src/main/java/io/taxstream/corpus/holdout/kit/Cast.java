package io.taxstream.corpus.holdout.kit;

import io.taxstream.corpus.data.Bank;
import io.taxstream.corpus.data.Employer;
import io.taxstream.corpus.data.Ids;
import io.taxstream.corpus.data.Place;
import io.taxstream.corpus.kit.Deductors;
import io.taxstream.corpus.kit.Who;
import io.taxstream.corpus.util.Rng;
import java.time.LocalDate;
import java.util.List;

/**
 * The people, towns, banks and employers of the holdout corpus. The lists are its own (other
 * cities, other banks, other naming customs than the main corpus), so that a layout's data does
 * not repeat what the extractors were tuned on.
 */
public final class Cast {

    /** Towns of the holdout corpus, with the TAN jurisdiction codes used for deductors there. */
    public static final List<Place> PLACES = List.of(
            new Place("Nagpur", "Maharashtra", "440", "NGP", List.of("Dharampeth", "Sitabuldi", "Civil Lines",
                    "Manish Nagar", "Hingna MIDC")),
            new Place("Bhubaneswar", "Odisha", "751", "BBN", List.of("Saheed Nagar", "Patia", "Chandrasekharpur",
                    "Nayapalli", "Infocity")),
            new Place("Guwahati", "Assam", "781", "SHL", List.of("Dispur", "Ganeshguri", "Paltan Bazaar",
                    "Beltola", "Zoo Road")),
            new Place("Visakhapatnam", "Andhra Pradesh", "530", "VPN", List.of("Dwaraka Nagar", "MVP Colony",
                    "Gajuwaka", "Rushikonda", "Siripuram")),
            new Place("Mysuru", "Karnataka", "570", "MYS", List.of("Vijayanagar", "Kuvempunagar", "Saraswathipuram",
                    "Hebbal Industrial Area")),
            new Place("Thiruvananthapuram", "Kerala", "695", "TVD", List.of("Technopark", "Pattom", "Kowdiar",
                    "Vazhuthacaud", "Kazhakuttam")),
            new Place("Patna", "Bihar", "800", "PTN", List.of("Boring Road", "Kankarbagh", "Bailey Road",
                    "Rajendra Nagar")),
            new Place("Dehradun", "Uttarakhand", "248", "MRT", List.of("Rajpur Road", "Clement Town",
                    "Sahastradhara Road", "Vasant Vihar")),
            new Place("Vadodara", "Gujarat", "390", "BRD", List.of("Alkapuri", "Akota", "Gotri", "Makarpura GIDC")),
            new Place("Surat", "Gujarat", "395", "SRT", List.of("Adajan", "Vesu", "Athwa Lines", "Udhna")),
            new Place("Nashik", "Maharashtra", "422", "NSK", List.of("College Road", "Satpur MIDC", "Gangapur Road",
                    "Indira Nagar")),
            new Place("Madurai", "Tamil Nadu", "625", "MDU", List.of("Anna Nagar", "K.K. Nagar", "Tallakulam",
                    "Kappalur")),
            new Place("Ludhiana", "Punjab", "141", "LDH", List.of("Sarabha Nagar", "Model Town", "Focal Point",
                    "Civil Lines")),
            new Place("Bhopal", "Madhya Pradesh", "462", "BPL", List.of("Arera Colony", "MP Nagar Zone II",
                    "Kolar Road", "Govindpura")),
            new Place("Raipur", "Chhattisgarh", "492", "RPR", List.of("Shankar Nagar", "Telibandha", "Pandri",
                    "Urla Industrial Area")),
            new Place("Mangaluru", "Karnataka", "575", "BLR", List.of("Kadri", "Bejai", "Hampankatta", "Baikampady")),
            new Place("Navi Mumbai", "Maharashtra", "400", "MUM", List.of("Vashi", "Airoli", "Belapur CBD",
                    "Ghansoli")),
            new Place("Noida", "Uttar Pradesh", "201", "MRT", List.of("Sector 63", "Sector 16A", "Sector 142")));

    /**
     * Banks with the name they print on their documents.
     */
    public static final List<Bank> BANKS = List.of(new Bank("Indian Overseas Bank", "IOBA", 15),
            new Bank("UCO Bank", "UCBA", 14), new Bank("Bank of Maharashtra", "MAHB", 11),
            new Bank("Punjab & Sind Bank", "PSIB", 14), new Bank("RBL Bank Limited", "RATN", 12),
            new Bank("DBS Bank India Limited", "DBSS", 12), new Bank("AU Small Finance Bank Limited", "AUBL", 16),
            new Bank("Equitas Small Finance Bank", "ESFB", 12), new Bank("Saraswat Co-operative Bank Ltd.", "SRCB", 15),
            new Bank("Karnataka Bank Ltd.", "KARB", 16), new Bank("City Union Bank Limited", "CIUB", 15),
            new Bank("The Jammu & Kashmir Bank Ltd.", "JAKA", 16), new Bank("Tamilnad Mercantile Bank Ltd.", "TMBL", 15),
            new Bank("Dhanlaxmi Bank", "DLXB", 14), new Bank("CSB Bank Limited", "CSBK", 14),
            new Bank("Bandhan Bank Limited", "BDBL", 14), new Bank("IDBI Bank Limited", "IBKL", 16),
            new Bank("The Cosmos Co-operative Bank Ltd.", "COSB", 15), new Bank("Standard Chartered Bank", "SCBL", 11),
            new Bank("STATE BANK OF INDIA", "SBIN", 11), new Bank("HDFC BANK LIMITED", "HDFC", 14),
            new Bank("ICICI Bank", "ICIC", 12), new Bank("Axis Bank Limited", "UTIB", 15),
            new Bank("Canara Bank", "CNRB", 13));

    /** Public-sector banks, for layouts modelled on their certificates. */
    public static final List<Bank> PSU_BANKS = List.of(BANKS.get(0), BANKS.get(1), BANKS.get(2), BANKS.get(3),
            BANKS.get(16), BANKS.get(19), BANKS.get(23), new Bank("Bank of Baroda", "BARB", 14),
            new Bank("Central Bank of India", "CBIN", 10), new Bank("Indian Bank", "IDIB", 10),
            new Bank("Union Bank of India", "UBIN", 15), new Bank("Punjab National Bank", "PUNB", 16));

    private static final List<String> EMPLOYERS = List.of("Kalinga Steel Processors Limited",
            "Trikon Software Labs Private Limited", "Meghdoot Logistics LLP", "Sahyog Microfinance Private Limited",
            "Vidarbha Agro Industries Ltd.", "Nirmaan Infra Developers Pvt. Ltd.", "Konark Power Systems Limited",
            "Sharada Educational Trust", "Brahmagiri Coffee Curing Works Pvt Ltd", "Ashoka Hospitals Private Limited",
            "Lumina Semiconductor Design India Pvt. Ltd.", "Orbitwave Telecom Services Limited",
            "Hindustan Precision Bearings Ltd", "Tapti Textile Mills Limited", "Dhruva Aerospace Components Pvt Ltd",
            "Annapurna Dairy Products Co-operative Ltd", "Maitri Insurance Brokers Private Limited",
            "Sunderbans Fisheries Exports Pvt. Ltd.", "Quantix Analytics India Private Limited",
            "Garuda Security Services Pvt. Ltd.", "Neelachal Ispat Fabricators Limited",
            "Kshitij Pharma Formulations Limited", "Bluefin Payments Technologies Pvt Ltd",
            "Western Ghats Hydro Projects Limited", "Chola Auto Ancillaries Private Limited");

    private static final List<String> STREETS = List.of("Wardha Road", "Janpath", "G.S. Road", "Beach Road",
            "Sayyaji Rao Road", "M.G. Road", "Ring Road No. 1", "Frazer Road", "Old Padra Road", "Ghod Dod Road",
            "Trimbak Road", "Bypass Road", "Ferozepur Road", "Hoshangabad Road", "G.E. Road", "Lalbagh Road",
            "Palm Beach Road", "Industrial Estate Road");

    private static final List<String> MALE = List.of("Debasish", "Pranab", "Himanshu", "Ashutosh", "Tushar",
            "Sachin", "Rituraj", "Bhaskar", "Chandan", "Dhananjay", "Gopinath", "Jatin", "Kaushik", "Lokesh", "Mihir",
            "Nitin", "Omkar", "Parag", "Raghav", "Saurabh", "Tanmay", "Umesh", "Vinayak", "Yash", "Zubin", "Akhil",
            "Bikash", "Jagdish", "Rupinder", "Tenzing", "Feroze", "Irfan", "Alwyn", "Sebastian", "Hemanth");
    private static final List<String> FEMALE = List.of("Aparna", "Bhagyashree", "Chitra", "Damini", "Esha",
            "Gargi", "Hema", "Indrani", "Jasleen", "Kalyani", "Madhavi", "Nirmala", "Oindrila", "Prerna", "Rupali",
            "Sayali", "Tejaswini", "Urmila", "Vaishali", "Yamini", "Zeenat", "Anupama", "Bernadette", "Ruksana",
            "Manpreet", "Pemba", "Sharmistha", "Leena");
    private static final List<String> MIDDLE_MALE = List.of("Kumar", "Chandra", "Prakash", "Ranjan", "Kant",
            "Singh");
    private static final List<String> MIDDLE_FEMALE = List.of("Rani", "Kumari", "Lata", "Bala", "Devi");
    private static final List<String> SURNAMES = List.of("Mohanty", "Panda", "Baruah", "Kalita", "Bhattacharya",
            "Dutta", "Deshmukh", "Wankhede", "Bhosale", "Gaikwad", "Kashyap", "Thakkar", "Parekh", "Vyas", "Trivedi",
            "Grewal", "Bajwa", "Ahluwalia", "Rawat", "Negi", "Bisht", "Kurian", "Thomas", "Rodrigues", "Lobo",
            "Pai", "Shenoy", "Acharya", "Hussain", "Siddiqui", "Mirza", "Bhutia", "Lepcha", "Tripathi", "Dwivedi",
            "Jha", "Choudhury", "Sahu", "Behera", "Nayak", "Bharucha", "Irani");
    private static final List<String> SOUTHERN = List.of("Ramachandran", "Senthil Kumar", "Lakshmi Narayanan",
            "Muthukumar", "Saravanan", "Venkatesan", "Karthikeyan", "Anbarasi", "Kalaiselvi", "Meenakshi Sundaram",
            "Sudha Rani", "Rajeswari", "Padmavathi", "Srinivasan", "Balasubramanian");
    private static final List<String> BUILDINGS = List.of("Shivam Residency", "Navratna Apartments",
            "Gulmohar Co-op Housing Society", "Sai Sadan", "Silver Oak Enclave", "Kanchanjunga Towers", "Anand Vihar",
            "Panchsheel Heights", "Sapphire Court", "Krishna Kunj", "Tulip Greens", "Vishwas Niwas");

    private Cast() {
    }

    public static Place place(Rng rng) {
        return rng.pick(PLACES);
    }

    public static Bank bank(Rng rng) {
        return rng.pick(BANKS);
    }

    /** An address in the town: house and street, locality, town, state and PIN. */
    public static Place.Address address(Rng rng, Place p) {
        String first = switch (rng.between(0, 3)) {
            case 0 -> "Flat " + rng.pickOf("A", "B", "C", "D") + "-" + rng.between(101, 1204) + ", "
                    + rng.pick(BUILDINGS);
            case 1 -> "H.No. " + rng.between(1, 40) + "-" + rng.between(1, 300) + "/" + rng.between(1, 9) + ", "
                    + rng.pick(STREETS);
            case 2 -> "Plot " + rng.between(10, 400) + ", " + rng.pick(BUILDINGS);
            default -> rng.between(2, 980) + ", " + rng.pick(STREETS);
        };
        return new Place.Address(first, rng.pick(p.localities()), p.city(), p.state(), p.pinPrefix()
                + rng.digits(1) + rng.between(1, 9) + rng.digits(1));
    }

    public static Who person(Rng rng) {
        boolean female = rng.chance(0.45);
        Place place = place(rng);
        LocalDate dob = LocalDate.of(rng.between(1958, 2002), rng.between(1, 12), rng.between(1, 28));
        String mobile = rng.pickOf("9", "8", "7", "6") + rng.digits(9);
        if (rng.chance(0.18)) {
            String given = rng.pick(SOUTHERN);
            String initial = rng.letters(1) + ".";
            return new Who(given, "", "", initial, female, Ids.personPan(rng, given), dob, place,
                    address(rng, place), mobile);
        }
        String given = rng.pick(female ? FEMALE : MALE);
        String middle = rng.chance(0.25) ? rng.pick(female ? MIDDLE_FEMALE : MIDDLE_MALE) : "";
        String family = rng.pick(SURNAMES);
        return new Who(given, middle, family, "", female, Ids.personPan(rng, family), dob, place, address(rng, place),
                mobile);
    }

    public static Employer employer(Rng rng) {
        String name = rng.pick(EMPLOYERS);
        Place place = place(rng);
        Place.Address a = address(rng, place);
        Place.Address office = new Place.Address(rng.pickOf("Plot No. ", "Survey No. ", "Unit ", "Door No. ")
                + rng.between(3, 220) + ", " + rng.pick(STREETS), a.locality(), a.city(), a.state(), a.pin());
        return new Employer(name, place, office, Ids.companyPan(rng, name), tan(rng, place, name));
    }

    /** A TAN for a deductor in the town. */
    public static String tan(Rng rng, Place place, String deductor) {
        return Deductors.tan(rng, place, deductor);
    }

    /** A branch of the bank in the town. */
    public static Bank.Branch branch(Rng rng, Bank bank, Place place) {
        return Deductors.branch(rng, bank, place, Cast::address);
    }
}
