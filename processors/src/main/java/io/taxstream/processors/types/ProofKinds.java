package io.taxstream.processors.types;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The kinds of investment proof as data: for each, the words that are evidence of it (weighted),
 * the section of the Income-tax Act it supports and how that section is printed, and the labels of
 * the amount it certifies. A proof's kind is the one with the most evidence; its section is given
 * only when the document prints it.
 */
final class ProofKinds {

    /**
     * One kind of proof.
     *
     * @param name         the contract's proof_kind
     * @param section      the contract's section, or null
     * @param sectionForms how the section is printed (lower-case regular expression)
     * @param cues         evidence phrase → weight
     * @param amounts      labels of the certified amount, most specific first
     */
    record Kind(String name, String section, Pattern sectionForms, Map<Pattern, Integer> cues, List<String> amounts) {
    }

    /** Weight below which no kind is evidenced: the proof is OTHER. */
    static final int MIN_EVIDENCE = 4;
    static final String OTHER = "OTHER";

    private static final String S80C = "\\b80 ?-?c\\b(?!c)";
    /** "... paid during the financial year 2023-24": the year a total covers belongs to its label. */
    private static final String IN_YEAR = "( (during|for|in) (the )?(financial year|f\\.? ?y\\.?|year)( \\d{4} ?- ?\\d{2,4})?)?";
    private static final String PREMIUM_TOTALS = "total (amount|premium)( amount)? (received|paid|collected)" + IN_YEAR + "|"
            + "total premium|(premium|amount) (paid|received)" + IN_YEAR + "|premium amount";
    private static final List<Kind> KINDS = new ArrayList<>();

    static {
        // premium receipts and certificates are issued for life and health cover alike: what tells them apart is the
        // cover (sum assured, life assured; sum insured, members), the insurer (life or general) and the section
        kind("LIFE_INSURANCE_PREMIUM", "80C", S80C, PREMIUM_TOTALS, "life insurance", 4, "renewal premium", 2,
                "premium receipt", 1, "premium paid certificate", 1, "policy ?holder", 2, "sum assured", 3, "life assured", 3,
                "proposer", 1, "\\bpolicy\\b", 1, "\\bpremium\\b", 1, "\\b80 ?-?c\\b(?!c)", 1, "जीवन बीमा", 4);
        kind("HEALTH_INSURANCE_PREMIUM", "80D", "\\b80 ?-?d\\b", PREMIUM_TOTALS, "health insurance", 5, "mediclaim", 5,
                "\\b80 ?-?d\\b", 5, "sum insured", 3, "members covered|insured members|insured persons|name of (the )?insured", 2,
                "general insurance", 3, "preventive health", 2, "hospitali[sz]ation", 1, "\\bpremium\\b", 1, "स्वास्थ्य बीमा", 4);
        kind("HOME_LOAN_INTEREST", "24(b)", "\\b24 ?\\( ?b ?\\)|\\b24 ?b\\b|section 24\\b",
                "interest (paid|payable|charged|component|amount|portion)( during the( financial)? year)?|interest on (home|housing) loan"
                + "|\\binterest\\b",
                "home loan", 4, "housing (loan|finance)", 4, "\\b24 ?\\( ?b ?\\)", 3, "borrower", 3, "loan account", 2,
                "principal (repaid|component)", 1, "\\bproperty\\b", 1, "\\bemi\\b", 1, "गृह ऋण", 4);
        kind("TUITION_FEES", "80C", S80C, "tuition fees?( paid)?|\\btuition\\b", "tuition", 5, "\\bschool\\b", 2,
                "\\bstudent\\b", 2, "academic (year|session)", 2, "fee (certificate|receipt)", 3,
                "\\b(college|university|vidyalaya)\\b", 2, "शिक्षण शुल्क", 5);
        kind("RENT_RECEIPT", "10(13A)", "10 ?\\( ?13 ?a ?\\)", "total rent( paid| received)?|rent (paid|received)|amount (paid|received)",
                "rent receipt", 5, "landlord", 4, "\\btenant\\b", 3, "towards rent", 4, "\\brent\\b", 2, "10 ?\\( ?13 ?a ?\\)", 3,
                "revenue stamp", 2, "\\bpremises\\b", 1, "\\bhra\\b", 2, "किराया", 4);
        kind("ELSS", "80C", S80C, "total (amount )?invested|total investment|amount invested|total purchases?",
                "\\belss\\b", 5, "equity linked savings", 5, "tax saver", 3, "lock-?in", 2, "mutual fund", 1, "\\bfolio\\b", 1,
                "\\bnav\\b", 1);
        kind("PPF", "80C", S80C, "total deposits?( made)?( in| during)( the)?( financial)? year|total deposits?"
                + "|deposits? (made )?(in|during) the year|total (subscription|contribution)",
                "public provident fund", 6, "\\bppf\\b", 5, "लोक भविष्य निधि", 6);
        kind("NPS", "80CCD(1B)", "80 ?ccd ?\\( ?1 ?b ?\\)", "total( tier i| tier 1| tier-i)? contributions?|contributions? (total|made)",
                "national pension system", 6, "\\bnps\\b", 4, "\\bpran\\b", 4, "80 ?ccd", 3, "\\bpfrda\\b", 3, "\\btier ?-?i\\b", 2,
                "record ?keeping agency", 3, "राष्ट्रीय पेंशन", 6);
        kind("HOME_LOAN_PRINCIPAL", "80C", S80C,
                "principal (repaid|paid|component|amount|portion)( during the( financial)? year)?|\\bprincipal\\b");
    }

    private ProofKinds() {
    }

    private static void kind(String name, String section, String sectionForms, String amounts, Object... cues) {
        Map<Pattern, Integer> weights = new LinkedHashMap<>();
        for (int i = 0; i < cues.length; i += 2) {
            weights.put(Pattern.compile(((String) cues[i]).replace(" ?", "\\s*").replace(" ", "\\s+")), (Integer) cues[i + 1]);
        }
        KINDS.add(new Kind(name, section, Pattern.compile(sectionForms.replace(" ?", "\\s*")), weights, List.of(amounts.split("\\|(?![^()]*\\))"))));
    }

    static List<Kind> all() {
        return KINDS;
    }

    static Kind named(String name) {
        return KINDS.stream().filter(k -> k.name().equals(name)).findFirst().orElseThrow();
    }

    /** The kind with the most evidence in the lower-case text, or null when none reaches {@link #MIN_EVIDENCE}. */
    static Kind evidenced(String lower) {
        Kind best = null;
        int bestScore = MIN_EVIDENCE - 1;
        for (Kind k : KINDS) {
            int score = score(k, lower);
            if (score > bestScore) {
                best = k;
                bestScore = score;
            }
        }
        return best;
    }

    /** Lead a kind needs over every other evidenced kind to be taken without review. */
    static final int CLEAR_LEAD = 2;

    /** Whether another kind has about as much evidence as the chosen one: the document may be either. */
    static boolean contested(Kind chosen, String lower) {
        int own = score(chosen, lower);
        for (Kind k : KINDS) {
            int score = score(k, lower);
            if (k != chosen && score >= MIN_EVIDENCE && own - score < CLEAR_LEAD) {
                return true;
            }
        }
        return false;
    }

    private static int score(Kind k, String lower) {
        int score = 0;
        for (Map.Entry<Pattern, Integer> cue : k.cues().entrySet()) {
            if (cue.getKey().matcher(lower).find()) {
                score += cue.getValue();
            }
        }
        return score;
    }
}
