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
                Evidence.nearMiss("offer_letter")
                        .cue(6, "offer letter", "letter of offer", "appointment letter", "letter of appointment",
                                "we are pleased to offer")
                        .cue(3, "cost to company", "annual ctc", "date of joining", "joining date", "probation",
                                "notice period", "compensation structure", "acceptance", "sign and return",
                                "terms and conditions of employment")
                        .cue(1, "ctc", "designation", "offer").build());
    }
}
