package io.taxstream.corpus.holdout2;

import io.taxstream.corpus.kit.LayoutSet;
import io.taxstream.corpus.holdout2.bank.AppNewestFirstStatement;
import io.taxstream.corpus.holdout2.bank.BilingualPsuStatement;
import io.taxstream.corpus.holdout2.bank.CoopDayBookStatement;
import io.taxstream.corpus.holdout2.form16.BilingualDdoForm16;
import io.taxstream.corpus.holdout2.gains.BrokerScripStatement;
import io.taxstream.corpus.holdout2.gains.GainCardsReport;
import io.taxstream.corpus.holdout2.gains.MfCategoryStatement;
import io.taxstream.corpus.holdout2.form16.MonthwiseAnnexureForm16;
import io.taxstream.corpus.holdout2.form16.PensionBankForm16;
import io.taxstream.corpus.holdout2.interest.CoopRegisterCertificate;
import io.taxstream.corpus.holdout2.interest.DepositBlocksCertificate;
import io.taxstream.corpus.holdout2.interest.NetBankingTdsStatement;
import io.taxstream.corpus.holdout2.payslip.FormXixWageSlip;
import io.taxstream.corpus.holdout2.proof.BilingualRentReceipt;
import io.taxstream.corpus.holdout2.proof.EducationLoanCertificate;
import io.taxstream.corpus.holdout2.proof.PliPremiumReceipt;
import io.taxstream.corpus.holdout2.proof.PpfOnlineReceipt;
import io.taxstream.corpus.holdout2.payslip.HorizontalBandPayslip;
import io.taxstream.corpus.holdout2.payslip.LeaderListPayslip;
import io.taxstream.corpus.holdout2.unknown.ChequeBookRequest;
import io.taxstream.corpus.holdout2.unknown.ClaimSettlementLetter;
import io.taxstream.corpus.holdout2.unknown.Form16ACertificate;
import io.taxstream.corpus.holdout2.unknown.PropertyTaxReceipt;
import io.taxstream.corpus.holdout2.unknown.SalaryRevisionLetter;
import io.taxstream.corpus.holdout2.unknown.SipPurchaseStatement;
import java.util.List;

/** The second holdout set's layouts by contract doc_type; adding a layout is one line here. */
public final class Holdout2Layouts extends LayoutSet {

    public Holdout2Layouts() {
        put("FORM_16", List.of(new BilingualDdoForm16(), new MonthwiseAnnexureForm16(),
                new PensionBankForm16()));
        put("PAYSLIP", List.of(new LeaderListPayslip(), new FormXixWageSlip(), new HorizontalBandPayslip()));
        put("BANK_STATEMENT", List.of(new CoopDayBookStatement(), new AppNewestFirstStatement(),
                new BilingualPsuStatement()));
        put("INTEREST_CERTIFICATE", List.of(new DepositBlocksCertificate(), new NetBankingTdsStatement(),
                new CoopRegisterCertificate()));
        put("CAPITAL_GAINS", List.of(new BrokerScripStatement(), new MfCategoryStatement(),
                new GainCardsReport()));
        put("INVESTMENT_PROOF", List.of(new PliPremiumReceipt(), new BilingualRentReceipt(),
                new PpfOnlineReceipt(), new EducationLoanCertificate()));
        put("UNKNOWN", List.of(new ChequeBookRequest(), new Form16ACertificate(), new SalaryRevisionLetter(),
                new SipPurchaseStatement(), new ClaimSettlementLetter(), new PropertyTaxReceipt()));
    }
}
