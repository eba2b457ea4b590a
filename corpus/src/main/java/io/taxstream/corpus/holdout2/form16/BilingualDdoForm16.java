package io.taxstream.corpus.holdout2.form16;

import io.taxstream.corpus.Layout;
import io.taxstream.corpus.Rendered;
import io.taxstream.corpus.holdout2.form16.PayYear.Quarter;
import io.taxstream.corpus.holdout2.form16.PayYear.Via;
import io.taxstream.corpus.holdout2.kit.Draw;
import io.taxstream.corpus.holdout2.kit.Money;
import io.taxstream.corpus.holdout2.kit.Save;
import io.taxstream.corpus.holdout2.kit.When;
import io.taxstream.corpus.kit.FinancialYear;
import io.taxstream.corpus.kit.Rupees;
import io.taxstream.corpus.pdf.Canvas;
import io.taxstream.corpus.pdf.Family;
import io.taxstream.corpus.pdf.Flow;
import io.taxstream.corpus.pdf.Ink;
import io.taxstream.corpus.pdf.Table.Column;
import io.taxstream.corpus.pdf.Table;
import io.taxstream.corpus.util.DateStyle;
import io.taxstream.corpus.util.Rng;
import io.taxstream.corpus.util.Truth;
import io.taxstream.corpus.util.Words;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * A government office's Form 16 in Hindi and English, as a Drawing and Disbursing Officer issues
 * it: Part A as a two-column bilingual grid, the deductor's PAN printed {@code PANNOTREQD}, the
 * quarterly summary and a month-wise book-adjustment (Form 24G) table; Part B on its own page
 * with bilingual particulars, an S. No. column and two {@code ₹} columns.
 */
public final class BilingualDdoForm16 implements Layout {

    private static final float X = 34;

    private record Line(String no, String hi, String en, BigDecimal inner, BigDecimal outer, String field,
            boolean strong) {
    }

    @Override
    public String docType() {
        return "FORM_16";
    }

    @Override
    public String name() {
        return "h2-f16-bilingual-ddo";
    }

    @Override
    public List<Rendered> render(Rng rng) {
        PayYear y = PayYears.random(rng, PayYears.Kind.GOVT);
        Ink ink = Ink.of(rng.pickOf(Family.HELVETICA, Family.TIMES), 7.5f);
        Money money = rng.chance(0.7) ? Money.indian("", true) : Money.bank(rng, "");
        When when = rng.pickOf(When.SLASHED, When.DOTTED, When.DD_MMM_YYYY, When.D_M_YYYY);
        Canvas c = Canvas.a4();
        c.newPage();
        float w = c.width() - 2 * X;
        Flow f = new Flow(c, 46, 48);
        c.center(c.width() / 2, 40, "प्ररूप संख्या 16 / FORM NO. 16", ink.bold().size(12));
        c.center(c.width() / 2, 52, "[नियम 31(1)(क) देखिए] / [See rule 31(1)(a)]", ink);
        c.center(c.width() / 2, 63, "वेतन से स्रोत पर काटे गए कर के लिए आयकर अधिनियम, 1961 की धारा 203 के अधीन प्रमाणपत्र",
                ink);
        c.center(c.width() / 2, 74, "Certificate under section 203 of the Income-tax Act, 1961 for tax deducted at "
                + "source on salary", ink);
        c.center(c.width() / 2, 90, "भाग क / PART A", ink.bold().size(10));
        String employee = y.employee().honorific() + " " + y.employee().natural();
        List<String[]> kv = new ArrayList<>();
        kv.add(new String[] {"प्रमाणपत्र संख्या / Certificate No.", y.certificate()});
        kv.add(new String[] {"अंतिम अद्यतन / Last updated on", when.of(y.issued().minusDays(3))});
        kv.add(new String[] {"आहरण एवं संवितरण अधिकारी (नियोजक) का नाम और पता /\nName and address of the DDO (Employer)",
            y.deductor() + "\n" + y.address().line1() + ", " + y.address().locality() + "\n" + y.address().city()
                    + " - " + y.address().pin() + ", " + y.address().state()});
        kv.add(new String[] {"कर्मचारी का नाम और पदनाम /\nName and designation of the Employee",
            employee + "\n" + y.designation() + " (" + y.employeeRef() + ")"});
        kv.add(new String[] {"कटौतीकर्ता का पैन / PAN of the Deductor", "PANNOTREQD"});
        kv.add(new String[] {"कटौतीकर्ता का टैन / TAN of the Deductor", y.tan()});
        kv.add(new String[] {"कर्मचारी का पैन / PAN of the Employee", y.employee().pan()});
        kv.add(new String[] {"कर निर्धारण वर्ष / Assessment Year", y.assessmentYear()});
        kv.add(new String[] {"नियोजक के साथ अवधि / Period with the Employer",
            "से / From " + when.of(y.from()) + "   तक / To " + when.of(y.to())});
        kv.add(new String[] {"सीआईटी (टीडीएस) / CIT (TDS)", "Aayakar Bhawan, " + y.address().city() + " - "
            + y.address().pin().substring(0, 3) + "001"});
        Table grid = new Table(c, X, List.of(Column.left("", w * 0.42f), Column.left("", w * 0.58f)), ink,
                Table.Rules.GRID);
        f.moveTo(100);
        for (String[] r : kv) {
            f.moveTo(grid.row(f.y(), r[0], r[1]));
        }
        Truth t = F16Facts.parties(y, y.deductor(), y.employee().natural());
        F16Facts.period(t, y);
        t.text("certificate_number", y.certificate());
        f.down(12);
        c.text(X, f.y(), "कर्मचारी के संबंध में संदत्त/जमा राशि और स्रोत पर काटे गए कर का सारांश / Summary of amount "
                + "paid/credited and tax deducted at source thereon", ink.bold());
        f.down(5);
        Table qt = new Table(c, X, List.of(Column.center("तिमाही\nQuarter", w * 0.16f),
                Column.center("मूल तिमाही विवरण की प्राप्ति संख्या\nReceipt No. of original quarterly statement",
                        w * 0.30f),
                Column.right("संदत्त/जमा राशि (₹)\nAmount paid/credited", w * 0.18f),
                Column.right("काटे गए कर की राशि (₹)\nTax deducted", w * 0.18f),
                Column.right("जमा/प्रेषित कर (₹)\nTax deposited/remitted", w * 0.18f)), ink, Table.Rules.GRID);
        f.moveTo(qt.header(f.y()));
        for (Quarter q : y.quarters()) {
            f.moveTo(qt.row(f.y(), q.name(), q.receipt(), money.of(q.paid()), money.of(q.deducted()),
                    money.of(q.deposited())));
        }
        f.moveTo(qt.row(f.y(), ink.bold(), "कुल / Total", "", money.of(y.totalPaid()), money.of(y.totalTds()),
                money.of(y.totalTds())));
        F16Facts.quarters(t, y, true);
        f.down(12);
        f.ensure(60);
        Draw.para(c, X, f.y(), w, "I. बुक समायोजन के माध्यम से केंद्र सरकार के खाते में जमा कर का ब्यौरा / Details of tax "
                + "deducted and deposited in the Central Government account through book adjustment (Form No. 24G)",
                ink.bold());
        f.down(18);
        Table bk = new Table(c, X, List.of(Column.center("क्र.सं.\nSl. No.", w * 0.08f),
                Column.center("माह\nMonth", w * 0.13f),
                Column.right("जमा कर (₹)\nTax deposited", w * 0.19f),
                Column.center("फॉर्म 24G प्राप्ति संख्या\nReceipt No. of Form 24G", w * 0.2f),
                Column.center("डीडीओ क्रम सं.\nDDO Sl. No.", w * 0.13f),
                Column.center("अंतरण वाउचर की तिथि\nDate of transfer voucher", w * 0.17f),
                Column.center("स्थिति\nStatus", w * 0.10f)), ink, Table.Rules.GRID);
        f.moveTo(bk.header(f.y()));
        f.onContinue((cv, top) -> bk.header(top));
        int sl = 1;
        String receipt24g = rng.number(7);
        for (Quarter q : y.quarters()) {
            for (int i = 0; i < q.monthNames().size(); i++) {
                YearMonth ym = q.monthNames().get(i);
                String[] cells = {String.valueOf(sl++), DateStyle.abbr(ym.atDay(1)) + "-" + ym.getYear(),
                    money.of(q.monthTax().get(i)), receipt24g + String.format("%02d", ym.getMonthValue()),
                    rng.number(5), when.of(ym.atEndOfMonth()), "F"};
                f.ensure(bk.height(cells));
                f.moveTo(bk.row(f.y(), cells));
            }
        }
        f.moveTo(bk.row(f.y(), ink.bold(), "", "कुल / Total", money.of(y.totalTds()), "", "", "", ""));
        f.clearContinuation();
        f.down(10);
        f.ensure(60);
        f.moveTo(Draw.para(c, X, f.y() + 8, w, "सत्यापन / Verification: I, " + y.signatory() + ", working in the "
                + "capacity of " + y.signatoryRole() + ", do hereby certify that a sum of ₹ " + money.of(y.totalTds())
                + " [" + Words.rupees(y.totalTds()) + "] has been deducted and deposited to the credit of the Central "
                + "Government through book adjustment. I further certify that the information given above is true, "
                + "complete and correct.", ink));
        c.newPage();
        partB(c, y, t, ink, money, rng);
        c.onEveryPage((cv, n, total) -> {
            cv.text(X, cv.height() - 24, "प्रमाणपत्र सं. / Certificate No. " + y.certificate() + "   |   TAN " + y.tan(),
                    ink.plus(-1));
            cv.right(cv.width() - X, cv.height() - 24, "पृष्ठ / Page " + n + " of " + total, ink.plus(-1));
        });
        return List.of(Rendered.pdf(Save.pdf(c, "e-DDO Salary Module (PFMS)", y.issued(), rng), t.build()));
    }

    private void partB(Canvas c, PayYear y, Truth t, Ink ink, Money money, Rng rng) {
        float w = c.width() - 2 * X;
        c.center(c.width() / 2, 42, "भाग ख (उपाबंध) / PART B (Annexure)", ink.bold().size(10));
        c.center(c.width() / 2, 54, "संदत्त वेतन और अन्य आय तथा काटे गए कर का ब्यौरा / Details of Salary Paid and any other "
                + "income and tax deducted", ink);
        float yy = 66;
        String q = y.fy() >= 2023 ? "क्या कर्मचारी धारा 115BAC(1A) के अधीन कराधान से बाहर होने का विकल्प चुनता है? / "
                + "Whether opting out of taxation u/s 115BAC(1A)?  " + (y.newRegime() ? "नहीं / No" : "हाँ / Yes")
                : "क्या धारा 115BAC के अधीन कराधान का विकल्प चुना है? / Whether opting for taxation u/s 115BAC?  "
                + (y.newRegime() ? "हाँ / Yes" : "नहीं / No");
        yy = Draw.para(c, X, yy + 8, w, q, ink.bold());
        t.text("tax_regime", F16Facts.regime(y));
        List<Line> lines = lines(y);
        Table tb = new Table(c, X, List.of(Column.center("क्र.सं.\nS. No.", w * 0.07f),
                Column.left("विवरण\nParticulars", w * 0.59f), Column.right("₹", w * 0.17f),
                Column.right("₹", w * 0.17f)), ink, Table.Rules.GRID, 2);
        Flow f = new Flow(c, 46, 40);
        f.moveTo(tb.header(yy));
        f.onContinue((cv, top) -> tb.header(top));
        for (Line l : lines) {
            String label = Draw.cell(c, l.hi(), w * 0.57f, ink) + "\n" + Draw.cell(c, l.en(), w * 0.57f, ink);
            String[] cells = {l.no(), label, l.inner() == null ? "" : money.of(l.inner()),
                l.outer() == null ? "" : money.of(l.outer())};
            f.ensure(tb.height(cells));
            f.moveTo(tb.row(f.y(), l.strong() ? ink.bold() : ink, cells));
            F16Facts.put(t, l.field(), l.inner() != null ? l.inner() : l.outer());
        }
        f.down(8);
        f.ensure(110);
        float after = Draw.para(c, X, f.y() + 8, w, "सत्यापन / Verification: I, " + y.signatory() + ", "
                + y.signatoryRole() + ", do hereby certify that the information given above is true, complete and "
                + "correct and is based on the books of account, documents, TDS statements, TDS deposited and other "
                + "available records.", ink);
        When when = rng.pickOf(When.SLASHED, When.DOTTED);
        c.text(X, after + 18, "स्थान / Place: " + y.address().city(), ink);
        c.text(X, after + 30, "दिनांक / Date: " + when.of(y.issued()), ink);
        c.right(c.width() - X, after + 18, "(" + y.signatory() + ")", ink.bold());
        c.right(c.width() - X, after + 30, "आहरण एवं संवितरण अधिकारी / " + y.signatoryRole(), ink);
    }

    private static List<Line> lines(PayYear y) {
        List<Line> r = new ArrayList<>();
        r.add(new Line("1", "सकल वेतन", "Gross Salary", null, null, null, true));
        r.add(new Line("(क)/(a)", "धारा 17(1) में अंतर्विष्ट उपबंधों के अनुसार वेतन",
                "Salary as per provisions contained in section 17(1)", y.s171(), null, "salary_17_1", false));
        r.add(new Line("(ख)/(b)", "धारा 17(2) के अधीन परिलब्धियों का मूल्य",
                "Value of perquisites under section 17(2) (as per Form No. 12BA)", y.s172(), null, "perquisites_17_2",
                false));
        r.add(new Line("(ग)/(c)", "धारा 17(3) के अधीन वेतन के बदले लाभ",
                "Profits in lieu of salary under section 17(3)", y.s173(), null, "profits_in_lieu_17_3", false));
        r.add(new Line("(घ)/(d)", "योग", "Total", null, y.gross(), "gross_salary", true));
        r.add(new Line("2", "धारा 10 के अधीन छूट प्राप्त भत्ते", "Less: Allowances to the extent exempt under section 10",
                null, null, null, true));
        r.add(new Line("(क)/(a)", "धारा 10(5) के अधीन यात्रा रियायत या सहायता",
                "Travel concession or assistance under section 10(5)", y.lta(), null, null, false));
        r.add(new Line("(ख)/(b)", "धारा 10(13क) के अधीन मकान किराया भत्ता",
                "House rent allowance under section 10(13A)", y.hra(), null, "hra_exemption", false));
        r.add(new Line("(ग)/(c)", "धारा 10 के अधीन कोई अन्य छूट", "Amount of any other exemption under section 10",
                y.otherExempt(), null, null, false));
        r.add(new Line("(घ)/(d)", "धारा 10 के अधीन दावा की गई छूट की कुल राशि",
                "Total amount of exemption claimed under section 10", null, y.exemptions(), "exemptions_section_10",
                true));
        r.add(new Line("3", "चालू नियोजक से प्राप्त वेतन की कुल राशि",
                "Total amount of salary received from current employer [1(d)-2(d)]", null, y.afterExemptions(), null,
                true));
        r.add(new Line("4", "धारा 16 के अधीन कटौतियां", "Less: Deductions under section 16", null, null, null, true));
        r.add(new Line("(क)/(a)", "धारा 16(iक) के अधीन मानक कटौती", "Standard deduction under section 16(ia)",
                y.standard(), null, "standard_deduction", false));
        r.add(new Line("(ख)/(b)", "धारा 16(iii) के अधीन नियोजन पर कर", "Tax on employment under section 16(iii)",
                y.pt(), null, "professional_tax", false));
        r.add(new Line("5", "धारा 16 के अधीन कटौतियों की कुल राशि", "Total amount of deductions under section 16",
                null, y.section16(), null, true));
        r.add(new Line("6", "\"वेतन\" शीर्ष के अधीन प्रभार्य आय", "Income chargeable under the head \"Salaries\" [3-5]",
                null, y.salaries(), "income_under_head_salaries", true));
        r.add(new Line("7", "कर्मचारी द्वारा सूचित कोई अन्य आय", "Add: Any other income reported by the employee",
                null, null, null, true));
        r.add(new Line("(क)/(a)", "गृह संपत्ति से आय (या स्वीकार्य हानि)",
                "Income (or admissible loss) from house property", y.house(), null, null, false));
        r.add(new Line("(ख)/(b)", "अन्य स्रोतों से आय", "Income under the head Other Sources", y.otherSources(),
                null, null, false));
        r.add(new Line("8", "सकल कुल आय", "Gross total income (6+7)", null, y.grossTotal(), "gross_total_income",
                true));
        r.add(new Line("9", "अध्याय VI-क के अधीन कटौतियां (कटौती योग्य राशि)",
                "Deductions under Chapter VI-A (deductible amount)", null, null, null, true));
        char sub = 'a';
        List<String> shown = new ArrayList<>(List.of("80C", "80CCD(1B)", "80D"));
        for (Via v : y.via()) {
            if (!shown.contains(v.section())) {
                shown.add(v.section());
            }
        }
        for (String s : shown) {
            BigDecimal d = y.deductible(s);
            r.add(new Line("(" + sub++ + ")", "धारा " + s + " के अधीन कटौती", "Deduction under section " + s, d, null,
                    F16Facts.viaField(s), false));
        }
        r.add(new Line("10", "अध्याय VI-क के अधीन कटौती योग्य कुल राशि",
                "Aggregate of deductible amount under Chapter VI-A", null, y.viaTotal(),
                "total_chapter_via_deductions", true));
        r.add(new Line("11", "कुल कर योग्य आय", "Total taxable income (8-10)", null, y.taxable(),
                "total_taxable_income", true));
        r.add(new Line("12", "कुल आय पर कर", "Tax on total income", null, y.tax(), "tax_on_total_income", false));
        r.add(new Line("13", "धारा 87क के अधीन छूट, यदि लागू हो", "Rebate under section 87A, if applicable", null,
                y.rebate(), "rebate_87a", false));
        r.add(new Line("14", "स्वास्थ्य और शिक्षा उपकर", "Health and education cess", null, y.cess(),
                "health_education_cess", false));
        r.add(new Line("15", "देय कर", "Tax payable (12-13+14)", null, y.taxPayable(), null, true));
        r.add(new Line("16", "धारा 89 के अधीन राहत", "Less: Relief under section 89", null, Rupees.ZERO, null, false));
        r.add(new Line("17", "शुद्ध देय कर", "Net tax payable (15-16)", null, y.taxPayable(), "net_tax_payable",
                true));
        return r;
    }

    static String fyText(PayYear y) {
        return FinancialYear.span(y.fy());
    }
}
