package io.taxstream.corpus.holdout2.kit;

import io.taxstream.corpus.data.Bank;
import io.taxstream.corpus.data.Ids;
import io.taxstream.corpus.data.Place;
import io.taxstream.corpus.kit.Deductors;
import io.taxstream.corpus.kit.Who;
import io.taxstream.corpus.util.Rng;
import java.time.LocalDate;
import java.util.List;

/**
 * The towns, people, banks and employers of the second holdout set: lists of its own, apart from
 * the development corpus and the first holdout set, so its data repeats neither.
 */
public final class Cast2 {

    public static final List<Place> TOWNS = List.of(
            new Place("Jabalpur", "Madhya Pradesh", "482", "JBP", List.of("Napier Town", "Wright Town", "Vijay Nagar",
                    "Madan Mahal", "Adhartal")),
            new Place("Siliguri", "West Bengal", "734", "SLG", List.of("Sevoke Road", "Pradhan Nagar", "Hakimpara",
                    "Matigara")),
            new Place("Tiruchirappalli", "Tamil Nadu", "620", "TRY", List.of("Thillai Nagar", "Srirangam",
                    "Cantonment", "K.K. Nagar", "BHEL Township")),
            new Place("Hubballi", "Karnataka", "580", "HBL", List.of("Vidyanagar", "Keshwapur", "Gokul Road",
                    "Deshpande Nagar")),
            new Place("Kozhikode", "Kerala", "673", "KKD", List.of("Mavoor Road", "Nadakkavu", "West Hill",
                    "Eranhipalam")),
            new Place("Ajmer", "Rajasthan", "305", "AJM", List.of("Vaishali Nagar", "Civil Lines", "Pushkar Road",
                    "Kesarganj")),
            new Place("Varanasi", "Uttar Pradesh", "221", "VNS", List.of("Sigra", "Lanka", "Mahmoorganj",
                    "Cantt Area", "Sarnath")),
            new Place("Jammu", "Jammu and Kashmir", "180", "JMU", List.of("Gandhi Nagar", "Trikuta Nagar",
                    "Channi Himmat", "Bakshi Nagar")),
            new Place("Udaipur", "Rajasthan", "313", "UDR", List.of("Hiran Magri", "Fatehpura", "Sukher",
                    "Bhupalpura")),
            new Place("Chhatrapati Sambhajinagar", "Maharashtra", "431", "AUR", List.of("CIDCO N-4", "Osmanpura",
                    "Waluj MIDC", "Jalna Road")),
            new Place("Shillong", "Meghalaya", "793", "SHG", List.of("Laitumkhrah", "Police Bazar", "Nongthymmai",
                    "Rynjah")),
            new Place("Puducherry", "Puducherry", "605", "PDY", List.of("White Town", "Lawspet", "Muthialpet",
                    "Reddiarpalayam")),
            new Place("Rajkot", "Gujarat", "360", "RKT", List.of("Kalawad Road", "Yagnik Road", "Aji GIDC",
                    "University Road")),
            new Place("Belagavi", "Karnataka", "590", "BGM", List.of("Tilakwadi", "Camp", "Shahapur",
                    "Udyambag")),
            new Place("Gwalior", "Madhya Pradesh", "474", "GWL", List.of("Lashkar", "City Centre", "Morar",
                    "Thatipur")),
            new Place("Kolhapur", "Maharashtra", "416", "KLP", List.of("Rajarampuri", "Shahupuri", "Tarabai Park",
                    "Shiroli MIDC")),
            new Place("Cuttack", "Odisha", "753", "CTK", List.of("Buxi Bazar", "Link Road", "Badambadi",
                    "CDA Sector 9")),
            new Place("Vijayawada", "Andhra Pradesh", "520", "VJW", List.of("Benz Circle", "Governorpet",
                    "Labbipet", "Auto Nagar")),
            new Place("Jamshedpur", "Jharkhand", "831", "JSR", List.of("Bistupur", "Sakchi", "Kadma", "Adityapur")),
            new Place("Agra", "Uttar Pradesh", "282", "AGR", List.of("Kamla Nagar", "Sanjay Place", "Dayal Bagh",
                    "Sikandra")));

    /** Banks of this set, as they print their names; IFSC prefixes are the banks' own. */
    public static final List<Bank> BANKS = List.of(new Bank("Ujjivan Small Finance Bank", "UJVN", 14),
            new Bank("Jana Small Finance Bank Ltd", "JSFB", 13), new Bank("Suryoday Small Finance Bank Ltd.", "SURY", 12),
            new Bank("Utkarsh Small Finance Bank", "UTKS", 14), new Bank("ESAF Small Finance Bank", "ESMF", 15),
            new Bank("DCB Bank Limited", "DCBL", 14), new Bank("The Nainital Bank Ltd.", "NTBL", 13),
            new Bank("HSBC India", "HSBC", 12), new Bank("Deutsche Bank AG", "DEUT", 12),
            new Bank("Karur Vysya Bank", "KVBL", 16), new Bank("Bank of India", "BKID", 15),
            new Bank("Punjab National Bank", "PUNB", 16), new Bank("Kotak Mahindra Bank Ltd.", "KKBK", 10),
            new Bank("IndusInd Bank Ltd.", "INDB", 12), new Bank("YES BANK", "YESB", 15));

    /** Co-operative banks, which print ledger-style statements and FD registers. */
    public static final List<Bank> COOP_BANKS = List.of(
            new Bank("The Kalupur Commercial Co-operative Bank Ltd.", "KCCB", 14),
            new Bank("TJSB Sahakari Bank Ltd.", "TJSB", 15), new Bank("Abhyudaya Co-operative Bank Ltd.", "ABHY", 15),
            new Bank("Janata Sahakari Bank Ltd., Pune", "JSBP", 15), new Bank("NKGSB Co-operative Bank Ltd.", "NKGS", 15),
            new Bank("SVC Co-operative Bank Ltd.", "SVCB", 15), new Bank("The Apna Sahakari Bank Ltd.", "ASBL", 15),
            new Bank("Kerala State Co-operative Bank Ltd.", "KSBK", 14),
            new Bank("The Rajkot Nagarik Sahakari Bank Ltd.", "RNSB", 15));

    /** Public-sector banks with their names in Hindi, for bilingual documents. */
    public static final List<String[]> PSU_BILINGUAL = List.of(
            new String[] {"Bank of India", "बैंक ऑफ इंडिया", "BKID"},
            new String[] {"Punjab National Bank", "पंजाब नैशनल बैंक", "PUNB"},
            new String[] {"Central Bank of India", "सेंट्रल बैंक ऑफ इंडिया", "CBIN"},
            new String[] {"Indian Bank", "इंडियन बैंक", "IDIB"},
            new String[] {"Union Bank of India", "यूनियन बैंक ऑफ इंडिया", "UBIN"},
            new String[] {"Bank of Baroda", "बैंक ऑफ़ बड़ौदा", "BARB"},
            new String[] {"Canara Bank", "केनरा बैंक", "CNRB"});

    private static final List<String> EMPLOYERS = List.of("Vindhyachal Cement Works Limited",
            "Koshi Agritech Private Limited", "Nilachal Ispat Traders Pvt. Ltd.", "Malwa Polymers Private Limited",
            "Purvanchal Textiles Limited", "Zuari Ceramics Pvt Ltd", "Chambal Foods & Beverages Ltd.",
            "Teesta Tea Estates Private Limited", "Hoysala Digital Services LLP", "Marwar Handicrafts Exports Pvt. Ltd.",
            "Saurashtra Salt Works Limited", "Banas Valley Dairy Products Pvt Ltd", "Brahmani Alloys Limited",
            "Garhwal Hydro Projects Ltd.", "Tapti Engineering Co. Pvt. Ltd.", "Godavari Aqua Farms Private Limited",
            "Shivneri Hospitals & Research Centre Pvt Ltd", "St. Aloysius Educational Society",
            "Kaveri Motors Dealership Pvt Ltd", "Pench Valley Mining Services Limited", "Konkan Cashew Processors LLP",
            "Mahanadi Cables Limited", "Sundarban Fisheries Co-operative Federation Ltd.",
            "Aravali Auto Components Pvt. Ltd.", "Narayani Software Technologies Pvt Ltd");

    private static final List<String> MALE = List.of("Sanjay", "Harpreet", "Devendra", "Mohd. Arif", "Sushant",
            "Ritesh", "Anupam", "Bhupinder", "Chinmay", "Dhruv", "Gopinath", "Ishaan", "Jitendra", "Kamlesh",
            "Lalit", "Mrinal", "Nilesh", "Pankaj", "Rakesh", "Shailesh", "Tarun", "Uday", "Vivek", "Wasim",
            "Xavier", "Yogendra", "Zaheer", "Anand", "Biswajit", "Sreejith", "Kiran", "Manjunath", "Suhas", "Dinesh");
    private static final List<String> FEMALE = List.of("Harleen", "Sunaina", "Deepika", "Shabnam", "Anita",
            "Bhavana", "Charulata", "Durga", "Geetanjali", "Ila", "Jaya", "Kusum", "Lavanya", "Mallika", "Nandita",
            "Poonam", "Radhika", "Savita", "Trupti", "Usha", "Vandana", "Rehana", "Sreelakshmi", "Manjula",
            "Ashwini", "Priyanka", "Tanuja");
    private static final List<String> MIDDLE_MALE = List.of("Kumar", "Singh", "Prasad", "Nath", "Shankar", "Lal");
    private static final List<String> MIDDLE_FEMALE = List.of("Kaur", "Kumari", "Devi", "Bai");
    private static final List<String> SURNAMES = List.of("Sengupta", "Majumdar", "Chakraborty", "Sarkar", "Pawar",
            "Shinde", "Kale", "Sawant", "Naik", "Gowda", "Hiremath", "Nambiar", "Kurup", "Panicker", "Chettiar",
            "Pandian", "Murthy", "Sastry", "Raju", "Chaudhary", "Saini", "Bansal", "Goyal", "Mittal", "Arora",
            "Sethi", "Sodhi", "Chadha", "Sachdeva", "Bhalla", "Hazarika", "Borah", "Sangma", "Lyngdoh", "Almeida",
            "Coutinho", "Gonsalves", "Khatri", "Zaidi", "Rizvi", "Naqvi", "Pathan", "Contractor", "Wadia", "Mistry",
            "Daruwalla", "Tandon", "Agnihotri", "Upadhyay", "Solanki", "Rathod", "Vaghela", "Mohapatra", "Pradhan");
    private static final List<String> STREETS = List.of("Station Road", "Court Road", "Kutchery Road",
            "Hospital Road", "Mission Compound", "Subhash Marg", "Shastri Chowk", "College Road", "Sadar Bazar",
            "Kalpana Chawla Marg", "Gandhi Path", "Jail Road", "Old Market Road", "Canal Road");
    private static final List<String> HOUSES = List.of("Ganesh Kripa", "Shree Niwas", "Om Sai Apartment",
            "Parvati Sadan", "Rosewood Villa", "Neelkanth Residency", "Annapurna Complex", "Himgiri Enclave",
            "Maitri Park", "Jasmine Court");

    private Cast2() {
    }

    /** A man's given name, for fathers and husbands on forms. */
    public static String maleGiven(Rng rng) {
        return rng.pick(MALE);
    }

    public static Place town(Rng rng) {
        return rng.pick(TOWNS);
    }

    public static Place.Address address(Rng rng, Place p) {
        String first = switch (rng.between(0, 3)) {
            case 0 -> "Flat No. " + rng.between(1, 24) + rng.pickOf("01", "02", "03", "04") + ", " + rng.pick(HOUSES);
            case 1 -> "House No. " + rng.between(12, 980) + "/" + rng.between(1, 40) + ", " + rng.pick(STREETS);
            case 2 -> "Qtr. No. " + rng.letters(1) + "-" + rng.between(1, 220) + ", " + rng.pick(STREETS);
            default -> "Ward No. " + rng.between(1, 45) + ", " + rng.pick(HOUSES);
        };
        return new Place.Address(first, rng.pick(p.localities()), p.city(), p.state(),
                p.pinPrefix() + rng.digits(1) + rng.between(1, 9) + rng.digits(1));
    }

    public static Who folk(Rng rng) {
        return folk(rng, 1958, 2001);
    }

    /** Someone born between the given years (inclusive). */
    public static Who folk(Rng rng, int bornFrom, int bornTo) {
        boolean female = rng.chance(0.45);
        Place town = town(rng);
        LocalDate dob = LocalDate.of(rng.between(bornFrom, bornTo), rng.between(1, 12), rng.between(1, 28));
        String mobile = rng.pickOf("9", "8", "7", "6") + rng.digits(9);
        String given = rng.pick(female ? FEMALE : MALE);
        String middle = rng.chance(0.3) ? rng.pick(female ? MIDDLE_FEMALE : MIDDLE_MALE) : "";
        String surname = rng.pick(SURNAMES);
        return new Who(given, middle, surname, "", female, Ids.personPan(rng, surname), dob, town, address(rng, town),
                mobile);
    }

    /**
     * An employer.
     *
     * @param name    registered name
     * @param town    town of the office that deducts tax
     * @param address office address
     * @param pan     company PAN
     * @param tan     TAN
     */
    public record Firm(String name, Place town, Place.Address address, String pan, String tan) {
    }

    public static Firm firm(Rng rng) {
        String name = rng.pick(EMPLOYERS);
        Place town = town(rng);
        Place.Address a = address(rng, town);
        Place.Address office = new Place.Address(rng.pickOf("Plot No. ", "Khasra No. ", "Gat No. ", "Shed No. ")
                + rng.between(3, 420) + ", " + rng.pick(STREETS), a.locality(), a.city(), a.state(), a.pin());
        String initial = Deductors.initial(name);
        String pan = name.endsWith("LLP") ? rng.letters(3) + "F" + initial + rng.number(4) + rng.letters(1)
                : name.contains("Society") || name.contains("Federation") ? rng.letters(3) + "A" + initial
                + rng.number(4) + rng.letters(1) : Ids.companyPan(rng, name);
        return new Firm(name, town, office, pan, tan(rng, town, name));
    }

    public static String tan(Rng rng, Place town, String deductor) {
        return Deductors.tan(rng, town, deductor);
    }

    public static Bank.Branch branch(Rng rng, Bank bank, Place town) {
        return Deductors.branch(rng, bank, town, Cast2::address);
    }
}
