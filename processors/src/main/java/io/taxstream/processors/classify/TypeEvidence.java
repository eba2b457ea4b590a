package io.taxstream.processors.classify;

import io.taxstream.avro.DocType;
import java.util.List;

/**
 * Evidence tables of the seven contract types, one per type, from what real documents print:
 * TRACES Form 16 Part A and the employer's Part B annexure, payroll systems' and government pay
 * slips, bank statements and passbook prints, bank and post office interest certificates, CAMS,
 * KFintech and brokers' capital gains statements, and the many kinds of investment proof. Titles
 * weigh most, characteristic phrases less, generic words little; negative weights push away a
 * type's look-alikes. Punctuation is ignored when matching ({@code 17(1)} is {@code 17 1}).
 */
final class TypeEvidence {

    private TypeEvidence() {
    }

    static List<Evidence> all() {
        return List.of(form16(), payslip(), bankStatement(), interestCertificate(), capitalGains(),
                investmentProof());
    }

    static Evidence form16() {
        return Evidence.of(DocType.FORM_16)
                .cue(6, "form no 16", "certificate under section 203")
                .cue(4, "form 16", "see rule 31 1 a", "tax deducted at source on salary", "section 192",
                        "details of salary paid and any other income and tax deducted",
                        "summary of amount paid credited and tax deducted at source thereon",
                        "receipt numbers of original quarterly statements")
                .cue(3, "tan of the deductor", "pan of the deductor", "pan of the employee",
                        "employee reference no provided by the employer", "period with the employer",
                        "income chargeable under the head salaries", "salary as per provisions contained in section 17 1",
                        "value of perquisites under section 17 2", "profits in lieu of salary under section 17 3",
                        "book identification number", "name and address of the employer", "cit tds", "section 194p",
                        "salary certificate")
                .cue(2, "deductions under chapter vi a", "relief under section 89", "standard deduction under section 16",
                        "tax on employment under section 16", "115bac", "gross total income", "total taxable income",
                        "challan identification number", "deductor", "deductee", "quarterly statements",
                        "aggregate of deductible amount")
                .cue(1, "part a", "part b", "annexure", "assessment year", "gross salary", "traces", "verification",
                        "rebate under section 87a", "health and education cess", "net tax payable", "employer",
                        "employee", "q1", "q2", "q3", "q4", "tds")
                .cue(-6, "form 16a", "form no 16a", "form 16b", "form 16c")
                .build();
    }

    static Evidence payslip() {
        return Evidence.of(DocType.PAYSLIP)
                .cue(5, "payslip", "pay slip", "salary slip", "salary statement for the month", "pay statement")
                .cue(3, "net pay", "take home", "gross earnings", "days paid", "paid days", "net salary",
                        "pay period", "salary for the month", "total earnings")
                .cue(2, "earnings", "total deductions", "total deduction", "loss of pay", "lop", "uan", "lop days",
                        "days present", "working days", "employee code", "emp code", "emp no", "net amount payable",
                        "ytd", "pay level", "basic pay")
                .cue(1, "deductions", "house rent allowance", "special allowance", "conveyance", "basic", "hra",
                        "provident fund", "epf", "esi", "esic", "professional tax", "designation", "department",
                        "month of", "arrears", "dearness allowance", "employee id", "income tax", "bank a c no")
                // contract labour and factory workers are paid by wage slips (Form XIX and the like): wages for salary
                .cue(5, "wage slip", "wages slip", "pay slip cum wage", "wage statement")
                .cue(3, "gross wages", "net wages", "wages payable", "net amount of wages", "wages paid", "days worked",
                        "break up of wages", "overtime wages", "for the month ending")
                .cue(1, "earned", "deducted", "basic wages", "wages")
                .cue(-4, "we are pleased to offer", "offer letter", "appointment letter")
                .build();
    }

    static Evidence bankStatement() {
        return Evidence.of(DocType.BANK_STATEMENT)
                .cue(5, "statement of account", "account statement", "bank statement", "passbook")
                .cue(3, "opening balance", "closing balance", "narration", "value date", "value dt", "withdrawals",
                        "withdrawal amt", "deposit amt", "statement period", "statement from", "balance b f",
                        "balance brought forward", "dr count", "cr count")
                .cue(2, "withdrawal", "deposits", "chq no", "cheque no", "chq ref no", "ref no cheque no",
                        "txn date", "transaction date", "micr", "savings account", "current account", "account type",
                        "customer id", "cust id", "ifs code", "transaction details")
                .cue(1, "ifsc", "branch", "neft", "imps", "upi", "rtgs", "atm", "nominee", "debit", "credit", "balance",
                        "account number", "a c no", "particulars", "by transfer", "to transfer", "joint holder")
                .cue(-5, "credit card", "minimum amount due", "interest certificate", "consolidated account statement",
                        "public provident fund", "national pension system", "elss", "ppf", "ppf a c", "section 80c",
                        "eligible for deduction")
                .build();
    }

    static Evidence interestCertificate() {
        return Evidence.of(DocType.INTEREST_CERTIFICATE)
                .cue(6, "interest certificate", "certificate of interest")
                .cue(3, "interest paid", "interest earned", "interest credited", "interest accrued",
                        "section 194a", "194a", "savings bank interest", "interest on savings", "interest income",
                        "tds on interest")
                .cue(2, "fixed deposit", "term deposit", "recurring deposit", "this is to certify",
                        "tax deducted at source", "rate of interest", "senior citizen savings scheme", "time deposit",
                        "post office", "national savings certificate", "15g", "15h", "deposit account")
                .cue(3, "credited as interest", "paid as interest", "submitted form 15g", "submitted form 15h",
                        "interest on savings bank account", "interest on fixed deposit")
                .cue(2, "interest paid credited", "paid credited", "fixed deposit account", "savings bank account",
                        "no tax was deducted", "no tax has been deducted", "hereby certify", "term deposit accounts",
                        "deposit accounts", "remitted to the credit of the central government", "monthly income scheme",
                        "small savings", "kisan vikas patra", "postmaster", "interest on deposits", "deducted at source on",
                        "tds certificate", "interest earned")
                .cue(1, "financial year", "interest", "tds", "fd", "principal amount", "maturity date",
                        "deposit", "certify", "customer id", "to whomsoever it may concern", "rate")
                .cue(-6, "home loan", "housing loan", "loan account", "section 24 b", "u s 24 b", "emi",
                        "principal repaid")
                .build();
    }

    static Evidence capitalGains() {
        return Evidence.of(DocType.CAPITAL_GAINS)
                .cue(6, "capital gain statement", "capital gains statement", "capital gain loss statement",
                        "realised gain loss", "realized gain loss", "tax p l", "tax pnl")
                .cue(4, "capital gain", "capital gains", "stcg", "ltcg", "grandfathered", "grandfathering",
                        "section 112a", "section 111a", "realised p l", "realized p l")
                .cue(3, "short term", "long term", "fair market value as on 31", "fmv", "indexed cost",
                        "cost of acquisition", "holding period", "period of holding", "redemption")
                .cue(2, "sale value", "sell value", "purchase value", "buy value", "sale date", "purchase date",
                        "realised", "realized", "isin", "scrip", "gain loss", "acquisition date")
                .cue(1, "folio", "units", "nav", "cams", "kfintech", "kfin technologies", "karvy", "nsdl", "cdsl",
                        "demat", "equity", "quantity", "symbol")
                .build();
    }

    static Evidence investmentProof() {
        return Evidence.of(DocType.INVESTMENT_PROOF)
                .cue(5, "premium receipt", "premium paid certificate", "renewal premium receipt", "rent receipt",
                        "fee receipt", "provisional interest certificate", "home loan interest certificate",
                        "public provident fund", "national pension system", "equity linked savings scheme", "elss")
                .cue(3, "life insurance", "health insurance", "mediclaim", "sum assured", "sum insured", "policy number",
                        "policy no", "home loan", "housing loan", "section 24 b", "u s 24 b", "towards rent", "landlord", "pan of landlord",
                        "tuition fee", "tuition fees", "ppf", "pran", "tax saver", "80ccd 1b", "pfrda", "lock in",
                        "life insurance corporation of india", "preventive health check")
                .cue(2, "80c", "section 80c", "80d", "section 80d", "80ccd", "premium", "principal repayment",
                        "principal component", "loan account number", "tenant", "revenue stamp", "student name",
                        "academic year", "admission no", "tier i", "for the purpose of deduction", "eligible for deduction",
                        "income tax benefit", "received with thanks", "policy holder", "proposer", "life assured")
                .cue(2, "borrower", "housing finance", "loan account", "principal repaid", "interest paid during the year",
                        "total amount repaid", "sanctioned amount", "property address", "fee certificate", "bonafide student",
                        "for income tax purpose", "revenue stamp", "received with thanks from", "subscriber", "contribution statement",
                        "central recordkeeping agency", "voluntary contribution", "sip purchase", "policy period",
                        "members covered", "renewal premium", "plan term", "lock in", "eligible for deduction under section",
                        "ppf a c", "total invested", "total deposits in the year", "tax benefit")
                // a deposit into a PPF or Sukanya account acknowledged by internet banking is the proof itself
                .cue(5, "ppf deposit", "ppf account number", "ppf account holder", "ppf contribution", "deposit to ppf",
                        "ppf subscription", "ssa deposit", "nps contribution", "contribution to nps")
                .cue(5, "sukanya samriddhi", "tax saving fixed deposit", "tax saver fixed deposit", "tax saving term deposit")
                .cue(4, "qualify for deduction", "qualifies for deduction", "deduction under section 80c")
                .cue(2, "amount deposited", "deposit receipt", "date of deposit")
                .cue(1, "receipt", "certificate", "contribution", "school", "insured", "emi", "rent", "paid")
                .cue(-6, "form no 12bb", "form 12bb", "form no 16", "form 16", "deduction under chapter vi a",
                        "deductions under chapter vi a", "income chargeable under the head salaries")
                .cue(-3, "gross salary", "gross total income", "total taxable income", "taxable income")
                .build();
    }
}
