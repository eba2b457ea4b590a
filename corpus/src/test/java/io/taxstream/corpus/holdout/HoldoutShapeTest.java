package io.taxstream.corpus.holdout;

import static org.assertj.core.api.Assertions.assertThat;

import io.taxstream.corpus.CorpusSpec.Kind;
import io.taxstream.corpus.Layout;
import io.taxstream.corpus.Layouts;
import io.taxstream.corpus.kit.LayoutSet;
import io.taxstream.corpus.testkit.AbstractHoldoutShapeTest;
import io.taxstream.corpus.testkit.CorpusFixture;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The holdout corpus covers every type with its own layouts, and its truths are in the contract's shape. */
class HoldoutShapeTest extends AbstractHoldoutShapeTest {

    private static final Map<String, List<String>> REQUIRED = Map.of(
            "FORM_16", List.of("employer_name", "employer_tan", "employee_name", "employee_pan", "assessment_year",
                    "gross_salary", "total_taxable_income"),
            "PAYSLIP", List.of("employer_name", "employee_name", "pay_period", "gross_earnings", "net_pay"),
            "BANK_STATEMENT", List.of("bank_name", "account_holder", "account_number", "period_from", "period_to",
                    "opening_balance", "closing_balance"),
            "INTEREST_CERTIFICATE", List.of("bank_name", "depositor_name", "financial_year", "total_interest",
                    "total_tds"),
            "CAPITAL_GAINS", List.of("issuer_name", "investor_name", "investor_pan", "financial_year"),
            "INVESTMENT_PROOF", List.of("proof_kind", "issuer_name", "holder_name", "amount"));

    @Override
    protected CorpusFixture fixture() {
        return HoldoutFixtures.CORPUS;
    }

    @Override
    protected LayoutSet layouts() {
        return new HoldoutLayouts();
    }

    @Override
    protected Map<String, List<String>> required() {
        return REQUIRED;
    }

    @Override
    protected int minNearMisses() {
        return 4;
    }

    @Override
    protected List<String> tellingWords() {
        return List.of("form", "16", "slip", "pay", "bank", "statement", "interest", "gain", "proof", "unknown",
                "holdout", "h-");
    }

    @Override
    protected String namerWord() {
        return "scan";
    }

    @Test
    void shouldNameLayoutsUniquelyAndApartFromTheMainCorpus() {
        Set<String> main = new HashSet<>();
        for (Kind k : Kind.values()) {
            new Layouts().of(k, false).forEach(l -> main.add(l.name()));
        }
        List<String> names = new HoldoutLayouts().all().stream().map(Layout::name).toList();
        assertThat(names).doesNotHaveDuplicates();
        assertThat(names).noneMatch(main::contains);
        assertThat(new HoldoutLayouts().all()).noneMatch(l -> l.getClass().getPackageName()
                .equals("io.taxstream.corpus") || !l.getClass().getPackageName().startsWith("io.taxstream.corpus.holdout"));
    }
}
