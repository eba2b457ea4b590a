package io.taxstream.corpus.data;

import io.taxstream.corpus.util.Rng;
import java.util.List;

/**
 * An employer and deductor of tax.
 *
 * @param name     registered name
 * @param place    city of the office that deducts tax
 * @param address  office address
 * @param pan      company PAN (fourth letter C)
 * @param tan      tax deduction account number
 */
public record Employer(String name, Place place, Place.Address address, String pan, String tan) {

    private static final List<String> NAMES = List.of("Tata Consultancy Services Limited", "Infosys Limited",
            "Wipro Limited", "HCL Technologies Limited", "Tech Mahindra Limited", "Larsen & Toubro Limited",
            "Mphasis Limited", "Persistent Systems Limited", "Zensar Technologies Limited", "Bajaj Auto Limited",
            "Mahindra & Mahindra Limited", "Hindustan Unilever Limited", "Asian Paints Limited", "Godrej Consumer Products Limited",
            "Titan Company Limited", "Sun Pharmaceutical Industries Limited", "Dr. Reddy's Laboratories Limited",
            "Cipla Limited", "Bharat Forge Limited", "Thermax Limited", "Sahyadri Precision Castings Private Limited",
            "Kaveri Agro Foods Private Limited", "Nilgiri Software Solutions Pvt. Ltd.", "Ganga Textiles Limited",
            "Vindhya Infra Projects Pvt Ltd", "Brahmaputra Logistics Private Limited", "Konkan Coastal Foods Pvt. Ltd.",
            "Aravalli Fintech Services Private Limited", "Deccan Analytics LLP", "Malabar Spices Exports Pvt Ltd",
            "Sapthagiri Engineering Works Pvt. Ltd.", "Narmada Cables & Wires Limited", "Pinnacle Healthcare Pvt Ltd",
            "Shivalik Pharma Private Limited", "Cauvery Digital Media Private Limited", "Bluechip Retail India Pvt. Ltd.");

    private static final List<String> OFFICES = List.of("Tower A, ", "Building No. 3, ", "Plot No. ", "Survey No. ",
            "Unit No. ", "Block B, ");

    public static Employer random(Rng rng) {
        String name = rng.pick(NAMES);
        Place place = Place.random(rng);
        Place.Address a = place.address(rng);
        Place.Address office = new Place.Address(rng.pick(OFFICES) + rng.between(2, 180) + ", "
                + rng.pick(Names.STREETS), a.locality(), a.city(), a.state(), a.pin());
        return new Employer(name, place, office, Ids.companyPan(rng, name), Ids.tan(rng, place, name));
    }
}
