package io.taxstream.corpus;

import io.taxstream.corpus.CorpusSpec.Kind;
import io.taxstream.corpus.bad.BadDocuments;
import io.taxstream.corpus.bad.PasswordProtected;
import io.taxstream.corpus.bank.DrCrAmountStatement;
import io.taxstream.corpus.bank.OverdraftStatement;
import io.taxstream.corpus.bank.PassbookStatement;
import io.taxstream.corpus.bank.SplitColumnsStatement;
import io.taxstream.corpus.form16.TracesCombinedLayout;
import io.taxstream.corpus.gains.BrokerTaxPnl;
import io.taxstream.corpus.gains.CamsGainsStatement;
import io.taxstream.corpus.gains.FundHouseStatement;
import io.taxstream.corpus.gains.KfintechGainsStatement;
import io.taxstream.corpus.gains.PlainGainsReport;
import io.taxstream.corpus.interest.DepositTableCertificate;
import io.taxstream.corpus.interest.PostOfficeCertificate;
import io.taxstream.corpus.interest.ProseInterestLetter;
import io.taxstream.corpus.form16.TracesCombinedLayout.Variant;
import io.taxstream.corpus.form16.TracesSplitLayout;
import io.taxstream.corpus.form16.VendorForm16Layout;
import io.taxstream.corpus.payslip.BilingualPayslip;
import io.taxstream.corpus.payslip.CardPayslip;
import io.taxstream.corpus.proof.ElssStatement;
import io.taxstream.corpus.proof.HealthInsurance80D;
import io.taxstream.corpus.proof.HomeLoanCertificate;
import io.taxstream.corpus.proof.LicPremiumReceipt;
import io.taxstream.corpus.proof.NpsStatement;
import io.taxstream.corpus.proof.PpfStatement;
import io.taxstream.corpus.proof.PrivateInsurerCertificate;
import io.taxstream.corpus.proof.RentReceipt;
import io.taxstream.corpus.proof.TuitionFeeCertificate;
import io.taxstream.corpus.unknown.CreditCardStatement;
import io.taxstream.corpus.unknown.ElectricityBill;
import io.taxstream.corpus.unknown.Form12BB;
import io.taxstream.corpus.unknown.Form26As;
import io.taxstream.corpus.unknown.GstInvoice;
import io.taxstream.corpus.unknown.HoldingsStatement;
import io.taxstream.corpus.unknown.ItrAcknowledgement;
import io.taxstream.corpus.unknown.OfferLetter;
import io.taxstream.corpus.payslip.DotMatrixPayslip;
import io.taxstream.corpus.payslip.SideBySidePayslip;
import io.taxstream.corpus.payslip.StackedPayslip;
import io.taxstream.corpus.payslip.YtdPayslip;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The registry of layouts per kind: adding a layout is one line here. */
public final class Layouts {

    private final Map<Kind, List<Layout>> byKind = new EnumMap<>(Kind.class);

    public Layouts() {
        byKind.put(Kind.FORM_16, List.of(new TracesCombinedLayout(Variant.STANDARD), new TracesSplitLayout(),
                new VendorForm16Layout(), new TracesCombinedLayout(Variant.MULTI_PAGE),
                new TracesCombinedLayout(Variant.DENSE)));
        byKind.put(Kind.PAYSLIP, List.of(new SideBySidePayslip(), new StackedPayslip(), new YtdPayslip(),
                new DotMatrixPayslip(false), new BilingualPayslip(), new DotMatrixPayslip(true), new CardPayslip()));
        byKind.put(Kind.BANK_STATEMENT, List.of(new SplitColumnsStatement(), new DrCrAmountStatement(),
                new OverdraftStatement(), new PassbookStatement()));
        byKind.put(Kind.INTEREST_CERTIFICATE, List.of(new DepositTableCertificate(false), new PostOfficeCertificate(),
                new ProseInterestLetter(), new DepositTableCertificate(true)));
        byKind.put(Kind.CAPITAL_GAINS, List.of(new CamsGainsStatement(), new KfintechGainsStatement(),
                new BrokerTaxPnl(), new FundHouseStatement(), new PlainGainsReport(false), new PlainGainsReport(true)));
        byKind.put(Kind.INVESTMENT_PROOF, List.of(new LicPremiumReceipt(), new PrivateInsurerCertificate(),
                new HealthInsurance80D(), new HomeLoanCertificate(), new TuitionFeeCertificate(), new RentReceipt(),
                new ElssStatement(), new PpfStatement(), new NpsStatement()));
        byKind.put(Kind.UNKNOWN, List.of(new GstInvoice(), new ElectricityBill(), new CreditCardStatement(),
                new Form26As(), new ItrAcknowledgement(), new Form12BB(), new HoldingsStatement(), new OfferLetter()));
        byKind.put(Kind.BAD, BadDocuments.all());
        byKind.put(Kind.ENCRYPTED, PasswordProtected.all());
    }

    /** The layouts of a kind, optionally without those that produce plain text. */
    public List<Layout> of(Kind kind, boolean pdfOnly) {
        List<Layout> all = byKind.getOrDefault(kind, List.of());
        if (!pdfOnly) {
            return all;
        }
        List<Layout> pdf = new ArrayList<>();
        for (Layout l : all) {
            if (!(l instanceof MaybePlainText m && m.plainText())) {
                pdf.add(l);
            }
        }
        return pdf;
    }

    /** A layout that may write a plain-text file rather than a PDF. */
    public interface MaybePlainText extends Layout {
        boolean plainText();
    }
}
