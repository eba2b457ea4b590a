package io.taxstream.processors.classify;

import java.util.List;

/**
 * Evidence tables of documents that resemble a contract type but are not one. Each competes with
 * the types; when one wins, the verdict is UNKNOWN. Titles weigh most, as for the types.
 */
final class NearMissEvidence {

    private NearMissEvidence() {
    }

    static List<Evidence> all() {
        return List.of(
                Evidence.nearMiss("gst_invoice")
                        .cue(6, "tax invoice")
                        .cue(3, "hsn", "hsn sac", "place of supply", "reverse charge", "taxable value", "invoice no",
                                "invoice number", "invoice date", "bill to", "ship to")
                        .cue(1, "gstin", "cgst", "sgst", "igst", "qty", "sac").build(),
                Evidence.nearMiss("electricity_bill")
                        .cue(6, "electricity bill", "energy bill")
                        .cue(3, "units consumed", "meter reading", "current reading", "previous reading", "kwh",
                                "sanctioned load", "connected load", "energy charges", "consumer no", "consumer number",
                                "billing unit", "tariff", "fixed charges", "electricity duty")
                        .cue(1, "bill amount", "due date", "meter", "consumer").build(),
                Evidence.nearMiss("credit_card_statement")
                        .cue(6, "credit card statement", "card statement")
                        .cue(4, "credit card", "minimum amount due", "total amount due", "credit limit",
                                "available credit limit", "cash limit", "reward points", "payment due date")
                        .cue(1, "card number", "card no", "finance charges", "statement date").build(),
                Evidence.nearMiss("form_26as_or_ais")
                        .cue(8, "annual tax statement", "section 203aa", "annual information statement",
                                "taxpayer information summary")
                        .cue(5, "details of tax collected at source", "details of tax paid",
                                "details of paid refund", "details of tax deducted at source for 15g 15h")
                        // other documents mention Form 26AS in passing ("will be reflected in Form 26AS")
                        .cue(3, "form 26as", "26as")
                        .cue(-6, "interest certificate", "certificate of interest", "this is to certify", "form no 16")
                        .cue(2, "part a1", "part a2", "tax credit", "compliance portal", "sft").build(),
                // Form 16 certifies TDS on salary (section 192) only; the TRACES certificates for other payments share its
                // whole frame (deductor, deductee, quarterly receipts, section 203), so the form number and the payment's
                // section are what tell them apart
                Evidence.nearMiss("non_salary_tds_certificate")
                        .cue(16, "form no 16a", "form 16a", "form no 16b", "form 16b", "form no 16c", "form 16c",
                                "form no 16d", "form 16d")
                        .cue(8, "see rule 31 1 b", "nature of payment", "interest other than interest on securities")
                        .cue(4, "194a", "194b", "194c", "194d", "194h", "194i", "194ia", "194ib", "194j", "194k", "194m",
                                "194n", "194o", "194q", "194r", "194s", "transferee", "transferor", "payment credit")
                        .cue(2, "deductee", "deductor").build(),
                // a claim settlement letter names a policy, its holder and the insurer like a premium receipt does, but it
                // records money paid out by the insurer, not a premium paid
                Evidence.nearMiss("insurance_claim")
                        .cue(12, "claim settlement", "settlement letter", "claim intimation", "discharge voucher",
                                "claim approval", "claim rejection", "repudiation")
                        .cue(5, "claim no", "claim number", "amount claimed", "claimed amount", "amount settled",
                                "settled amount", "claim amount", "date of admission", "cashless", "non payable",
                                "co payment", "claims department", "third party administrator")
                        .cue(2, "hospital", "patient", "ailment", "diagnosis", "discharge", "admission", "tpa").build(),
                // a municipality's receipt for property or water tax is a payment receipt but for no deduction
                Evidence.nearMiss("municipal_tax_receipt")
                        .cue(12, "property tax receipt", "house tax receipt", "water tax receipt", "municipal tax receipt")
                        .cue(5, "property tax", "house tax", "municipal corporation", "municipal council", "nagar nigam",
                                "nagar palika", "property id", "assessment no", "general tax", "water tax",
                                "sewerage", "ward zone")
                        .cue(1, "ward", "zone", "cess").build(),
                Evidence.nearMiss("itr_acknowledgement")
                        .cue(8, "itr v", "income tax return verification form", "indian income tax return acknowledgement")
                        .cue(4, "e filing acknowledgement number", "acknowledgement number", "date of e filing",
                                "sahaj", "sugam", "form itr", "filed u s", "centralized processing centre")
                        .cue(1, "return of income", "itr 1", "itr 2", "itr 3", "itr 4").build(),
                Evidence.nearMiss("form_12bb")
                        .cue(8, "form no 12bb", "form 12bb", "particulars of claims by an employee")
                        .cue(4, "rule 26c", "evidence particulars", "nature of claim", "leave travel concessions",
                                "deduction of interest on borrowing").build(),
                Evidence.nearMiss("mutual_fund_holdings")
                        .cue(5, "consolidated account statement", "holding statement", "statement of holdings",
                                "holdings statement")
                        .cue(3, "portfolio summary", "portfolio valuation", "market value", "closing unit balance",
                                "opening unit balance", "valuation as on", "unrealised gain", "unrealized gain", "xirr",
                                "current value", "cost value")
                        .cue(1, "nav on", "absolute return", "total investment").build(),
                Evidence.nearMiss("account_opening_form")
                        .cue(8, "account opening form", "account opening application", "application for opening",
                                "customer information form", "kyc application form")
                        .cue(4, "for bank use", "signature of applicant", "signature of the applicant", "services required",
                                "initial deposit", "date of opening", "account no allotted", "personal details")
                        .cue(2, "date of birth", "gender", "occupation", "annual income", "residential status",
                                "nomination", "form da 1", "declaration", "aadhaar", "mother s maiden name", "marital status")
                        .cue(1, "nominee", "relationship", "applicant", "debit card", "cheque book").build(),
                Evidence.nearMiss("loan_sanction_letter")
                        .cue(8, "sanction letter", "sanction of home loan", "sanction of loan", "loan sanction",
                                "in principle approval")
                        .cue(4, "has been sanctioned", "loan amount sanctioned", "amount sanctioned", "this sanction is valid",
                                "sanction is valid", "processing fee", "subject to legal and technical", "disbursement is subject",
                                "we are pleased to inform you")
                        .cue(2, "tenure", "emi indicative", "rate of interest", "co applicant", "pre payment charges",
                                "your application dated", "applicant", "terms and conditions")
                        .cue(1, "accepted", "yours faithfully", "secured by").build(),
                Evidence.nearMiss("general_insurance_schedule")
                        .cue(8, "policy schedule", "certificate of insurance cum policy schedule", "motor insurance",
                                "private car package policy", "two wheeler package policy", "travel insurance",
                                "home insurance", "fire insurance")
                        .cue(5, "own damage", "third party liability", "insured declared value", "no claim bonus",
                                "not eligible for any deduction", "registration no", "engine no", "chassis no",
                                "make model", "driving licence", "pa cover for owner driver")
                        .cue(2, "premium computation", "net premium", "period of insurance", "idv", "vehicle",
                                "limitations as to use", "policy wordings")
                        .cue(1, "insured", "gst").build(),
                Evidence.nearMiss("rent_or_lease_agreement")
                        .cue(8, "leave and license agreement", "leave and licence agreement", "rent agreement",
                                "rental agreement", "lease agreement", "lease deed", "tenancy agreement")
                        .cue(5, "licensor", "licensee", "lessor", "lessee", "hereinafter called", "hereinafter referred to as",
                                "made and executed", "in witness whereof", "schedule of the premises")
                        .cue(3, "security deposit", "license fee", "licence fee", "stamp duty", "witness 1", "witness 2",
                                "of the one part", "of the other part", "monthly rent of", "lock in period")
                        .cue(1, "premises", "agreement", "terminate", "notice").build(),
                Evidence.nearMiss("employment_certificate")
                        .cue(8, "employment certificate", "experience certificate", "employment verification",
                                "relieving letter", "service certificate")
                        .cue(5, "has been working with", "is working with", "is presently designated as", "presently designated",
                                "has been employed with", "is employed with", "break up of which is given below",
                                "does not constitute a guarantee", "issued at the request of the employee")
                        .cue(3, "cost to company", "ctc", "date of joining", "per annum", "gratuity",
                                "employer s contribution to pf", "human resources", "hr manager")
                        .cue(1, "to whomsoever it may concern", "designation", "employee").build(),
                Evidence.nearMiss("loan_account_statement")
                        .cue(8, "loan account statement", "statement of loan account", "loan statement", "repayment schedule",
                                "amortisation schedule", "amortization schedule")
                        .cue(3, "principal outstanding", "outstanding principal", "emi amount", "emi due", "overdue",
                                "disbursed amount", "loan amount disbursed", "instalment", "installment")
                        .cue(1, "emi", "principal", "tenure").build(),
                Evidence.nearMiss("deposit_receipt")
                        .cue(8, "fixed deposit receipt", "term deposit receipt", "deposit advice", "fd advice", "fd receipt",
                                "deposit confirmation")
                        .cue(3, "maturity value", "maturity amount", "maturity instructions", "auto renewal", "on maturity")
                        .cue(1, "maturity date", "deposit amount").build(),
                Evidence.nearMiss("offer_letter")
                        .cue(6, "offer letter", "letter of offer", "appointment letter", "letter of appointment",
                                "we are pleased to offer")
                        .cue(3, "cost to company", "annual ctc", "date of joining", "joining date", "probation",
                                "notice period", "compensation structure", "acceptance", "sign and return",
                                "terms and conditions of employment")
                        .cue(1, "ctc", "designation", "offer").build());
    }
}
