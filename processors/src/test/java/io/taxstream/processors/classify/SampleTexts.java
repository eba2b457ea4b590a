package io.taxstream.processors.classify;

import io.taxstream.avro.DocType;
import java.util.List;

/** Short synthetic texts in the wordings real documents use; pages are separated by form feeds. */
final class SampleTexts {

    record Sample(String name, DocType expected, String text) {
        @Override
        public String toString() {
            return name;
        }
    }

    private SampleTexts() {
    }

    static List<Sample> types() {
        return List.of(
                new Sample("TRACES Form 16 Part A", DocType.FORM_16, """
                        FORM NO. 16 [See rule 31(1)(a)]
                        PART A
                        Certificate under Section 203 of the Income-tax Act, 1961 for tax deducted at source on salary
                        Certificate No. KLMNOPQ  Last updated on 12-May-2024
                        Name and address of the Employer  Name and address of the Employee
                        PAN of the Deductor  TAN of the Deductor  PAN of the Employee
                        CIT (TDS)  Assessment Year 2024-25  Period with the Employer 01-Apr-2023 31-Mar-2024
                        Summary of amount paid/credited and tax deducted at source thereon in respect of the employee
                        Quarter(s) Receipt Numbers of original quarterly statements of TDS under sub-section (3) of section 200
                        Q1 Q2 Q3 Q4 Total (Rs.)
                        """),
                new Sample("Form 16 Part B annexure", DocType.FORM_16, """
                        PART B (Annexure)
                        Details of Salary Paid and any other income and tax deducted
                        1. Gross Salary
                        (a) Salary as per provisions contained in section 17(1)  12,00,000.00
                        (b) Value of perquisites under section 17(2)  0.00
                        (c) Profits in lieu of salary under section 17(3)  0.00
                        (e) House rent allowance under section 10(13A)  1,20,000.00
                        (a) Standard deduction under section 16(ia)  50,000.00
                        (c) Tax on employment under section 16(iii)  2,400.00
                        6. Income chargeable under the head "Salaries"  10,27,600.00
                        9. Gross total income  10,27,600.00
                        10. Deductions under Chapter VI-A  1,50,000.00
                        12. Total taxable income  8,77,600.00
                        14. Rebate under section 87A  0.00  16. Health and education cess  3,500.00
                        19. Net tax payable  91,020.00
                        Whether opting out of taxation u/s 115BAC: No
                        """),
                new Sample("vendor-made Form 16", DocType.FORM_16, """
                        Form 16 - Salary Certificate for FY 2023-24 (AY 2024-25)
                        Employer: Acme Technologies Pvt Ltd   TAN: MUMA12345B
                        Employee: Ravi Kumar   PAN: ABCPE1234F
                        Gross Salary 12,00,000   Standard deduction 50,000
                        Total taxable income 9,50,000   TDS deducted by the employer 61,000
                        """),
                new Sample("payslip from a payroll system", DocType.PAYSLIP, """
                        Acme Technologies Pvt Ltd
                        Payslip for the month of March 2024
                        Employee Name Ravi Kumar   Employee Code E1234   Designation Engineer
                        UAN 100123456789   PAN ABCPE1234F   Paid Days 31   LOP Days 0
                        Earnings Amount  Deductions Amount
                        Basic 50,000.00  Provident Fund 1,800.00
                        HRA 20,000.00  Professional Tax 200.00
                        Special Allowance 30,000.00  Income Tax 8,000.00
                        Gross Earnings 1,00,000.00  Total Deductions 10,000.00
                        Net Pay 90,000.00 (Rupees Ninety Thousand Only)
                        """),
                new Sample("small firm salary slip", DocType.PAYSLIP, """
                        SALARY SLIP - MAR 2024
                        Emp No: 4421   Name: Priya Sharma   Dept: Finance
                        Working Days: 22   Days Present: 22
                        Basic Salary 40000   House Rent Allowance 16000   Conveyance 1600
                        Total Earnings 57600
                        EPF 4800  ESI 0  PT 200  TDS 3000   Total Deduction 8000
                        Net Salary 49600
                        This is a computer generated salary slip and needs no signature
                        """),
                new Sample("government pay slip", DocType.PAYSLIP, """
                        PAY SLIP FOR JANUARY 2024
                        Name: S. Raman   Designation: Section Officer   Pay Level 10
                        Basic Pay 56100  DA 23562  HRA 13464  Transport Allowance 3600
                        Gross 96726
                        GPF 10000  CGEGIS 60  Income Tax 5000  Total Deductions 15060
                        Net Amount Payable 81666
                        """),
                new Sample("private bank statement", DocType.BANK_STATEMENT, """
                        HDFC BANK LTD
                        Statement of Account
                        Account No : 50100012345678   Account Type : Savings   Customer ID : 12345678
                        IFSC : HDFC0001234   MICR : 400240015
                        Statement From : 01/04/2023 To : 30/06/2023
                        Date  Narration  Chq./Ref.No.  Value Dt  Withdrawal Amt.  Deposit Amt.  Closing Balance
                        01/04/23  NEFT CR-SALARY APR  N123456  01/04/23  0.00  90,000.00  1,00,000.00
                        05/04/23  UPI-GROCER  412345678  05/04/23  2,000.00  0.00  98,000.00
                        \f
                        STATEMENT SUMMARY
                        Opening Balance  Dr Count  Cr Count  Debits  Credits  Closing Bal
                        10,000.00  12  3  60,000.00  1,50,000.00  1,00,000.00
                        """),
                new Sample("public sector bank statement", DocType.BANK_STATEMENT, """
                        State Bank of India
                        Account Statement
                        Account Name : Ravi Kumar   Account Number : 00000012345678901   Branch : MG Road
                        IFS Code : SBIN0001234   Balance as on 1 Apr 2023 : 10,000.00
                        Txn Date  Value Date  Description  Ref No./Cheque No.  Debit  Credit  Balance
                        05 Apr 2023  05 Apr 2023  BY TRANSFER-UPI/CR/3091  TRANSFER FROM 1234  5,000.00  15,000.00
                        07 Apr 2023  07 Apr 2023  ATM WDL  SELF  2,000.00  13,000.00
                        """),
                new Sample("dot-matrix passbook print", DocType.BANK_STATEMENT, """
                        SAVINGS BANK ACCOUNT PASSBOOK
                        DATE        PARTICULARS              CHQ NO    WITHDRAWALS    DEPOSITS     BALANCE
                        01-04-2023  B/F                                                          10,000.00
                        03-04-2023  BY CASH                                           5,000.00   15,000.00
                        10-04-2023  TO CHQ 000123            000123     3,000.00                 12,000.00
                        """),
                new Sample("bank interest certificate", DocType.INTEREST_CERTIFICATE, """
                        ICICI Bank
                        INTEREST CERTIFICATE
                        Financial Year 2023-24
                        This is to certify that the following interest has been paid / credited to
                        Mr. Ravi Kumar (PAN ABCPE1234F) on the deposits held with us.
                        Account No  Deposit Type  Interest Paid  TDS Deducted
                        012345678901  Fixed Deposit  45,000.00  4,500.00
                        012345678902  Savings  2,300.00  0.00
                        Total  47,300.00  4,500.00
                        """),
                new Sample("certificate of interest on term deposits", DocType.INTEREST_CERTIFICATE, """
                        Certificate of Interest on Savings Account / Term Deposits
                        for the period 01-04-2023 to 31-03-2024
                        Depositor: Priya Sharma
                        Interest earned on term deposit 32,000.00
                        Tax deducted at source u/s 194A 3,200.00
                        Form 15G/15H not submitted
                        """),
                new Sample("post office interest certificate", DocType.INTEREST_CERTIFICATE, """
                        Department of Posts, India
                        Interest Certificate
                        Senior Citizen Savings Scheme / Time Deposit
                        Name of depositor: K. Subramanian   Financial Year 2023-24
                        Interest accrued / paid during the year 1,20,000.00
                        """),
                new Sample("CAMS capital gain statement", DocType.CAPITAL_GAINS, """
                        CAMS
                        Capital Gain / Loss Statement for the period 01-Apr-2023 to 31-Mar-2024
                        Investor Name: Ravi Kumar   PAN: ABCPE1234F
                        Folio No  Scheme Name  ISIN  Units  Redemption Date  Redemption Amount
                        Purchase Date  Purchase Cost  Short Term  Long Term
                        Grandfathered NAV as on 31/01/2018
                        """),
                new Sample("broker tax P&L", DocType.CAPITAL_GAINS, """
                        Tax P&L Statement   FY 2023-24
                        Realised P&L - Equity
                        Symbol  ISIN  Quantity  Buy Value  Sell Value  Realized P&L  Period of holding
                        INFY  INE009A01021  10  14,000.00  15,500.00  1,500.00  Short Term
                        Fair market value as on 31st Jan 2018 applies to long term
                        """),
                new Sample("KFintech realized gains", DocType.CAPITAL_GAINS, """
                        KFin Technologies Limited
                        Realized Gain Loss Statement
                        Investor: Priya Sharma   PAN: PQRPS6789K
                        Scheme  Units  Sale Date  Sale Value  Acquisition Date  Cost of acquisition
                        STCG  LTCG  Total
                        """),
                new Sample("LIC premium paid certificate", DocType.INVESTMENT_PROOF, """
                        Life Insurance Corporation of India
                        Premium Paid Certificate
                        Policy No 123456789   Name of the Life Assured: Ravi Kumar
                        Sum Assured 5,00,000   Premium amount 24,000.00   Date of payment 12-Jan-2024
                        This premium is eligible for deduction under section 80C of the Income Tax Act
                        """),
                new Sample("health insurance 80D certificate", DocType.INVESTMENT_PROOF, """
                        Star Health and Allied Insurance
                        Certificate for the purpose of deduction under section 80D
                        Policy Number P/1234/2023   Policy holder: Priya Sharma
                        Sum Insured 10,00,000   Premium paid 18,500.00 (including preventive health check up)
                        """),
                new Sample("home loan interest certificate", DocType.INVESTMENT_PROOF, """
                        HDFC Ltd
                        Provisional Interest Certificate for Housing Loan  FY 2023-24
                        Loan Account Number 612345678   Borrower: Ravi Kumar
                        Principal component repaid 1,10,000.00 (eligible u/s 80C)
                        Interest component 2,40,000.00 (eligible u/s 24(b))
                        """),
                new Sample("rent receipt", DocType.INVESTMENT_PROOF, """
                        RENT RECEIPT
                        Received with thanks from Ravi Kumar a sum of Rs. 25,000 towards rent
                        for the month of April 2023 for the property at 12, MG Road, Bengaluru.
                        Landlord: S. Iyer   PAN of landlord: AAAPI1234Q   Revenue stamp
                        """),
                new Sample("school fee receipt", DocType.INVESTMENT_PROOF, """
                        Delhi Public School
                        Fee Receipt  No. 4567
                        Student Name: Aarav Kumar  Class: V  Admission No: 2019/123
                        Tuition Fee 30,000.00   Academic Year 2023-24
                        """),
                new Sample("PPF passbook", DocType.INVESTMENT_PROOF, """
                        Public Provident Fund Account
                        PPF Account No 12345678901   Holder: Ravi Kumar
                        Date  Deposit  Balance
                        05-04-2023  1,50,000.00  12,45,000.00
                        """),
                new Sample("ELSS statement", DocType.INVESTMENT_PROOF, """
                        Axis Long Term Equity Fund - Tax Saver (ELSS)
                        Units allotted 1,234.567 at NAV 81.00   Amount 1,00,000.00
                        Lock-in till 10-Jan-2027   Eligible for deduction under section 80C
                        """),
                new Sample("PPF deposit made by internet banking", DocType.INVESTMENT_PROOF, """
                        State Bank of India   Online Banking
                        Transfer successful
                        Type: PPF Deposit   PPF Account Number 31234567890
                        Paid from A/c XXXX1234   Amount INR 50,000.00   17/02/2024 10:02
                        """),
                new Sample("contract labour wage slip", DocType.PAYSLIP, """
                        Form XIX  Wage Slip  (Contract Labour Rules)
                        Contractor: Ganesh Manpower Agency   Workman: Ramesh Patil
                        For the month ending 31/05/2024   Days worked 24
                        Gross wages payable 18,200.00   Deductions 2,300.00   Net amount of wages paid 15,900.00
                        Basic wages 15,000.00  HRA 1,200.00 earned;  PF 1,800.00 deducted
                        """),
                new Sample("NPS contribution statement", DocType.INVESTMENT_PROOF, """
                        National Pension System (NPS) Transaction Statement
                        PRAN 110012345678   Subscriber: Ravi Kumar
                        Tier I contribution 50,000.00  eligible under section 80CCD(1B)
                        """));
    }

    static List<Sample> nearMisses() {
        return List.of(
                new Sample("GST tax invoice", DocType.UNKNOWN, """
                        TAX INVOICE
                        GSTIN: 27AAACA1234B1Z5   Invoice No: INV-001   Invoice Date: 01-04-2023
                        Bill To: Ravi Kumar   Ship To: Ravi Kumar   Place of Supply: Maharashtra
                        Description  HSN/SAC  Qty  Rate  Taxable Value  CGST 9%  SGST 9%  Total
                        Laptop  8471  1  50,000.00  50,000.00  4,500.00  4,500.00  59,000.00
                        """),
                new Sample("electricity bill", DocType.UNKNOWN, """
                        MSEDCL Electricity Bill
                        Consumer No: 170012345678   Billing Unit: 4637   Tariff: LT-I Residential
                        Current Reading 12,450   Previous Reading 12,200   Units Consumed 250 kWh
                        Sanctioned Load 3 kW   Energy Charges 1,800.00   Bill Amount 2,100.00   Due Date 15-05-2023
                        """),
                new Sample("credit card statement", DocType.UNKNOWN, """
                        HDFC Bank Credit Card Statement
                        Card No: 4xxx xxxx xxxx 1234   Statement Date: 10/04/2023
                        Payment Due Date: 30/04/2023   Total Amount Due: 25,000.00   Minimum Amount Due: 1,250.00
                        Credit Limit 2,00,000   Available Credit Limit 1,75,000   Reward Points 1,200
                        Date  Transaction Details  Amount
                        02/04/2023  AMAZON  2,000.00
                        """),
                new Sample("Form 26AS", DocType.UNKNOWN, """
                        Annual Tax Statement under Section 203AA of the Income Tax Act, 1961
                        Form 26AS   Assessment Year 2024-25
                        PART-A - Details of Tax Deducted at Source
                        Name of Deductor  TAN of Deductor  Total Amount Paid / Credited  Total Tax Deducted
                        ACME TECHNOLOGIES PVT LTD  MUMA12345B  12,00,000.00  61,000.00
                        PART-B - Details of Tax Collected at Source
                        PART-C - Details of Tax Paid (other than TDS or TCS)
                        """),
                new Sample("ITR-V acknowledgement", DocType.UNKNOWN, """
                        INDIAN INCOME TAX RETURN ACKNOWLEDGEMENT  ITR-V
                        [Where the data of the Return of Income in Form ITR-1 (SAHAJ) transmitted electronically]
                        Assessment Year 2024-25   PAN ABCPE1234F
                        e-Filing Acknowledgement Number 123456789012345   Date of e-filing 20-Jul-2024
                        Gross Total Income 10,27,600   Total Income 8,77,600   Taxes Paid 91,020   Tax Payable 0
                        """),
                new Sample("Form 12BB", DocType.UNKNOWN, """
                        FORM NO. 12BB (See rule 26C)
                        Statement showing particulars of claims by an employee for deduction of tax
                        Name and address of the employee   PAN of the employee   Financial year 2023-24
                        Nature of claim  Amount (Rs.)  Evidence / particulars
                        House Rent Allowance: Rent paid to the landlord, Name of the landlord, PAN of the landlord
                        Leave travel concessions or assistance   Deduction of interest on borrowing
                        Deduction under Chapter VI-A: Section 80C, 80CCC and 80CCD   Verification
                        """),
                new Sample("mutual fund holdings statement", DocType.UNKNOWN, """
                        Consolidated Account Statement
                        CAMS + KFintech   01-Mar-2024 To 31-Mar-2024
                        Portfolio Summary   Mutual Fund  Cost Value  Market Value
                        Folio No: 1234567/89   Axis Bluechip Fund - Direct Growth   ISIN INF846K01DP8
                        Opening Unit Balance 1,000.000   Closing Unit Balance 1,100.000
                        NAV on 31-Mar-2024: 55.12   Valuation as on 31-Mar-2024: 60,632.00
                        """),
                new Sample("offer letter", DocType.UNKNOWN, """
                        Offer Letter
                        Dear Ravi, We are pleased to offer you the position of Software Engineer at Acme.
                        Your annual Cost to Company (CTC) will be Rs. 12,00,000. Date of Joining: 01-Jun-2024.
                        You will be on probation for six months; the notice period is 60 days.
                        Annexure A - Compensation Structure: Basic, HRA, Special Allowance, Provident Fund
                        Please sign and return a copy as your acceptance.
                        """),
                new Sample("Form 16A for interest", DocType.UNKNOWN, """
                        FORM NO. 16A  [See rule 31(1)(b)]
                        Certificate under section 203 of the Income-tax Act, 1961 for tax deducted at source
                        Name and address of the deductor   Name and address of the deductee
                        PAN of the deductor   TAN of the deductor   PAN of the deductee   CIT (TDS)   Assessment Year 2024-25
                        Amount paid/credited   Nature of payment   194J Fees for professional services
                        Quarter  Receipt Numbers of original quarterly statements of TDS  Amount of tax deducted
                        Q1  QQWERTYU  5,000.00   Verification
                        """),
                new Sample("health insurance claim settlement", DocType.UNKNOWN, """
                        Star Health and Allied Insurance Co. Ltd.
                        Claim Settlement Intimation
                        Claim Number CL/2024/1234   Policy No. P/123/2024   Proposer: Ravi Kumar   Sum Insured 5,00,000
                        Amount claimed 80,000.00   Amount settled 72,500.00 by NEFT   Hospital: Apollo, Chennai
                        """),
                new Sample("municipal property tax receipt", DocType.UNKNOWN, """
                        Pune Municipal Corporation
                        Property Tax Receipt   Receipt No. 2024/998   Property ID PMC-12-3456
                        Owner: Ravi Kumar   Financial Year 2024-25
                        General Tax 9,000.00   Water Tax 1,200.00   Total amount paid 10,200.00
                        """),
                new Sample("a recipe", DocType.UNKNOWN, """
                        Masala chai: boil water with ginger and cardamom, add tea leaves, milk and sugar.
                        """));
    }
}
