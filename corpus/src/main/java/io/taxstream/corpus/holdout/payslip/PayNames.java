package io.taxstream.corpus.holdout.payslip;

import java.util.Map;

/**
 * What holdout payroll systems call each component. Each vocabulary is one system's wording;
 * a slip uses one vocabulary throughout, as real systems do.
 */
final class PayNames {

    private static final Map<String, String[]> NAMES = Map.ofEntries(
            Map.entry("BASIC", new String[] {"Basic Wage", "BASIC", "Basic Pay"}),
            Map.entry("DA", new String[] {"Dearness Allowance", "D.A.", "Dearness Allow."}),
            Map.entry("HRA", new String[] {"House Rent Allow.", "HRA", "House Rent Allowance"}),
            Map.entry("CCA", new String[] {"City Compensatory Allow.", "C.C.A.", "CCA"}),
            Map.entry("CONVEYANCE", new String[] {"Transport Allow.", "CONVEYANCE REIMB.", "Conveyance"}),
            Map.entry("MEDICAL", new String[] {"Medical Allow.", "MEDICAL ALLOWANCE", "Medical"}),
            Map.entry("CHILD_EDU", new String[] {"Children Education Allow.", "CEA", "Child Education"}),
            Map.entry("LTA", new String[] {"Leave Travel Assistance", "LTA", "Leave Travel Allow."}),
            Map.entry("SPECIAL", new String[] {"Special Allow.", "SPECIAL ALLOWANCE", "Spl Allowance"}),
            Map.entry("OTHER", new String[] {"Washing Allowance", "OTHER ALLOWANCE", "Other Allow."}),
            Map.entry("OVERTIME", new String[] {"OT Wages", "OVERTIME", "Overtime Earnings"}),
            Map.entry("INCENTIVE", new String[] {"Variable Pay", "INCENTIVE", "Performance Incentive"}),
            Map.entry("PF", new String[] {"EPF Contribution", "PF (EMPLOYEE)", "Provident Fund"}),
            Map.entry("ESI", new String[] {"ESIC (Employee)", "E.S.I.", "ESI Contribution"}),
            Map.entry("PT", new String[] {"Profession Tax", "P. TAX", "Professional Tax"}),
            Map.entry("TDS", new String[] {"TDS on Salary", "INCOME TAX", "Income Tax Deducted"}),
            Map.entry("VPF", new String[] {"VPF Contribution", "VOLUNTARY PF", "Voluntary Provident Fund"}),
            Map.entry("CANTEEN", new String[] {"Canteen Recovery", "CANTEEN", "Canteen Charges"}),
            Map.entry("GMC", new String[] {"Group Mediclaim", "GMC PREMIUM", "Mediclaim Premium"}),
            Map.entry("ADVANCE", new String[] {"Salary Advance Recovery", "ADVANCE RECOVERY", "Advance Recovery"}),
            Map.entry("PF_ER", new String[] {"Employer PF Contribution", "PF (EMPLOYER)", "PF - Employer Share"}),
            Map.entry("ESI_ER", new String[] {"Employer ESIC", "E.S.I. (EMPLOYER)", "ESI - Employer Share"}),
            Map.entry("GRATUITY", new String[] {"Gratuity Provision", "GRATUITY", "Gratuity (Provision)"}));

    private PayNames() {
    }

    static String of(String key, int vocabulary) {
        String[] names = NAMES.get(key);
        if (names == null) {
            throw new IllegalArgumentException("no name for " + key);
        }
        return names[vocabulary % names.length];
    }
}
