package io.taxstream.corpus.payslip;

import io.taxstream.corpus.util.Rng;
import java.util.List;
import java.util.Map;

/** What payroll systems call each pay component, and which contract field a component fills. */
final class PayLabels {

    private static final Map<String, List<String>> ENGLISH = Map.ofEntries(
            Map.entry("BASIC", List.of("Basic", "Basic Salary", "BASIC PAY", "Basic Pay")),
            Map.entry("HRA", List.of("HRA", "House Rent Allowance", "H.R.A.")),
            Map.entry("SPECIAL", List.of("Special Allowance", "Spl. Allowance", "SPECIAL ALLOWANCE")),
            Map.entry("CONVEYANCE", List.of("Conveyance", "Conveyance Allowance", "Transport Allowance")),
            Map.entry("MEDICAL", List.of("Medical Allowance", "Medical Reimbursement")),
            Map.entry("LTA", List.of("LTA", "Leave Travel Allowance")),
            Map.entry("OTHER", List.of("Other Allowance", "Dearness Allowance", "Attendance Allowance")),
            Map.entry("OVERTIME", List.of("Overtime", "OT Amount", "Over Time")),
            Map.entry("BONUS", List.of("Bonus", "Performance Bonus", "Statutory Bonus")),
            Map.entry("ARREARS", List.of("Arrears", "Salary Arrears", "Arrear Basic")),
            Map.entry("PF", List.of("Provident Fund", "PF", "EPF", "PF Employee Contribution", "Employee PF")),
            Map.entry("PT", List.of("Professional Tax", "Prof. Tax", "P.Tax", "PT")),
            Map.entry("TDS", List.of("Income Tax", "TDS", "I.Tax", "Income Tax (TDS)")),
            Map.entry("ESI", List.of("ESI", "ESIC", "Employee State Insurance")),
            Map.entry("VPF", List.of("VPF", "Voluntary PF")),
            Map.entry("LOAN", List.of("Loan EMI", "Loan Recovery", "Salary Advance Recovery")),
            Map.entry("LWF", List.of("Labour Welfare Fund", "LWF")));

    private static final Map<String, String> HINDI = Map.ofEntries(Map.entry("BASIC", "मूल वेतन"),
            Map.entry("HRA", "मकान किराया भत्ता"), Map.entry("SPECIAL", "विशेष भत्ता"), Map.entry("CONVEYANCE", "वाहन भत्ता"),
            Map.entry("MEDICAL", "चिकित्सा भत्ता"), Map.entry("LTA", "यात्रा अवकाश भत्ता"), Map.entry("OTHER", "अन्य भत्ता"),
            Map.entry("OVERTIME", "समयोपरि भत्ता"), Map.entry("BONUS", "बोनस"), Map.entry("ARREARS", "बकाया"),
            Map.entry("PF", "भविष्य निधि"), Map.entry("PT", "व्यवसाय कर"), Map.entry("TDS", "आयकर"),
            Map.entry("ESI", "कर्मचारी राज्य बीमा"), Map.entry("VPF", "स्वैच्छिक भविष्य निधि"), Map.entry("LOAN", "ऋण किस्त"),
            Map.entry("LWF", "श्रम कल्याण निधि"));

    private static final Map<String, String> FIELDS = Map.of("BASIC", "basic", "HRA", "hra", "SPECIAL",
            "special_allowance", "PF", "provident_fund", "PT", "professional_tax", "TDS", "income_tax");

    private PayLabels() {
    }

    /** One system's name for a component. */
    static String english(String key, Rng rng) {
        return rng.pick(ENGLISH.get(key));
    }

    /** The Hindi name of a component, for bilingual slips. */
    static String hindi(String key) {
        return HINDI.get(key);
    }

    /** The contract field a component fills, or null. */
    static String field(String key) {
        return FIELDS.get(key);
    }
}
