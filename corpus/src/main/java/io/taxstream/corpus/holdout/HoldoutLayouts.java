package io.taxstream.corpus.holdout;

import io.taxstream.corpus.kit.LayoutSet;
import io.taxstream.corpus.holdout.bank.SignedAmountStatement;
import io.taxstream.corpus.holdout.bank.ValueDateCrDrStatement;
import io.taxstream.corpus.holdout.bank.ValueDateFirstStatement;
import io.taxstream.corpus.holdout.form16.BlocksForm16;
import io.taxstream.corpus.holdout.form16.KeyValuePartAForm16;
import io.taxstream.corpus.holdout.form16.SectionColumnForm16;
import io.taxstream.corpus.holdout.form16.StaggeredForm16;
import io.taxstream.corpus.holdout.gains.BrokerSectionsPnl;
import io.taxstream.corpus.holdout.gains.DematLotsStatement;
import io.taxstream.corpus.holdout.gains.FundSummaryFirstStatement;
import io.taxstream.corpus.holdout.interest.BilingualCertificate;
import io.taxstream.corpus.holdout.interest.CompanyDepositCertificate;
import io.taxstream.corpus.holdout.interest.MaturityColumnsCertificate;
import io.taxstream.corpus.holdout.interest.QuarterlyCertificate;
import io.taxstream.corpus.holdout.payslip.ArrearsColumnsPayslip;
import io.taxstream.corpus.holdout.proof.DonationReceipt;
import io.taxstream.corpus.holdout.proof.HealthMembersCertificate;
import io.taxstream.corpus.holdout.proof.HomeLoanMonthlyCertificate;
import io.taxstream.corpus.holdout.proof.LifePremiumStatement;
import io.taxstream.corpus.holdout.proof.NpsTierOneStatement;
import io.taxstream.corpus.holdout.proof.SmallSavingsReceipt;
import io.taxstream.corpus.holdout.payslip.ContributionsPayslip;
import io.taxstream.corpus.holdout.payslip.DeductionsFirstPayslip;
import io.taxstream.corpus.holdout.payslip.LabelsAbovePayslip;
import io.taxstream.corpus.holdout.unknown.AccountOpeningForm;
import io.taxstream.corpus.holdout.unknown.LoanSanctionLetter;
import io.taxstream.corpus.holdout.unknown.MotorPolicySchedule;
import io.taxstream.corpus.holdout.unknown.RentAgreement;
import io.taxstream.corpus.holdout.unknown.SalaryCertificateLetter;
import java.util.List;

/** The holdout layouts by contract doc_type; adding a layout is one line here. */
public final class HoldoutLayouts extends LayoutSet {

    public HoldoutLayouts() {
        put("FORM_16", List.of(new KeyValuePartAForm16(), new SectionColumnForm16(), new BlocksForm16(),
                new StaggeredForm16()));
        put("PAYSLIP", List.of(new LabelsAbovePayslip(), new ArrearsColumnsPayslip(),
                new DeductionsFirstPayslip(), new ContributionsPayslip()));
        put("BANK_STATEMENT", List.of(new ValueDateCrDrStatement(), new SignedAmountStatement(),
                new ValueDateFirstStatement()));
        put("INTEREST_CERTIFICATE", List.of(new MaturityColumnsCertificate(), new QuarterlyCertificate(),
                new BilingualCertificate(), new CompanyDepositCertificate()));
        put("CAPITAL_GAINS", List.of(new DematLotsStatement(), new BrokerSectionsPnl(),
                new FundSummaryFirstStatement()));
        put("INVESTMENT_PROOF", List.of(new HealthMembersCertificate(), new NpsTierOneStatement(),
                new SmallSavingsReceipt(), new DonationReceipt(), new LifePremiumStatement(),
                new HomeLoanMonthlyCertificate()));
        put("UNKNOWN", List.of(new RentAgreement(), new LoanSanctionLetter(), new MotorPolicySchedule(),
                new AccountOpeningForm(), new SalaryCertificateLetter()));
    }
}
