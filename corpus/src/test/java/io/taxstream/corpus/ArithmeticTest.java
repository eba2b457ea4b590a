package io.taxstream.corpus;

import static io.taxstream.corpus.testkit.Figures.CENT;
import static io.taxstream.corpus.testkit.Figures.ONE;
import static io.taxstream.corpus.testkit.Figures.amount;
import static io.taxstream.corpus.testkit.Figures.assertClose;
import static io.taxstream.corpus.testkit.Figures.sum;
import static org.assertj.core.api.Assertions.assertThat;

import io.taxstream.corpus.testkit.Truths;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every truth satisfies the contract's arithmetic rules, as a real document's figures do. */
class ArithmeticTest {

    @Test
    void shouldAddUpForm16QuartersAndGrossSalary() {
        Fixtures.CORPUS.forEach("FORM_16", d -> {
            List<Map<String, String>> quarters = Truths.items(d, "tds_quarter");
            String total = Truths.field(d, "total_tds");
            if (total != null) {
                assertClose(sum(quarters, "tax_deducted"), amount(total), ONE, d);
            }
            String gross = Truths.field(d, "gross_salary");
            if (gross != null && Truths.field(d, "salary_17_1") != null) {
                BigDecimal parts = amount(Truths.field(d, "salary_17_1"))
                        .add(amount(Truths.field(d, "perquisites_17_2")))
                        .add(amount(Truths.field(d, "profits_in_lieu_17_3")));
                assertClose(parts, amount(gross), CENT, d);
            }
            String taxable = Truths.field(d, "total_taxable_income");
            String gti = Truths.field(d, "gross_total_income");
            if (taxable != null && gti != null) {
                assertThat(amount(taxable)).as(d.fileName()).isLessThanOrEqualTo(amount(gti));
            }
        });
    }

    @Test
    void shouldNeverPutSalaryFiguresInAPartAOnlyTruthNorTdsInAPartBOnlyOne() {
        Fixtures.CORPUS.forEach("FORM_16", d -> {
            boolean partA = Truths.field(d, "certificate_number") != null;
            boolean partB = Truths.field(d, "gross_salary") != null;
            assertThat(partA || partB).as(d.fileName()).isTrue();
        });
    }

    @Test
    void shouldBalancePayslipsAndSumEarningComponentsToGross() {
        Fixtures.CORPUS.forEach("PAYSLIP", d -> {
            BigDecimal gross = amount(Truths.field(d, "gross_earnings"));
            BigDecimal net = amount(Truths.field(d, "net_pay"));
            String deductions = Truths.field(d, "total_deductions");
            if (deductions != null) {
                assertClose(gross.subtract(amount(deductions)), net, ONE, d);
            }
            List<Map<String, String>> earnings = Truths.items(d, "pay_component").stream()
                    .filter(i -> "EARNING".equals(i.get("type"))).toList();
            assertClose(sum(earnings, "amount"), gross, ONE, d);
        });
    }

    @Test
    void shouldCarryEveryStatementBalanceFromTheOneBefore() {
        Fixtures.CORPUS.forEach("BANK_STATEMENT", d -> {
            BigDecimal balance = amount(Truths.field(d, "opening_balance"));
            List<Map<String, String>> txns = Truths.items(d, "transaction");
            assertThat(txns).as(d.fileName()).isNotEmpty();
            for (Map<String, String> t : txns) {
                BigDecimal debit = t.containsKey("debit") ? amount(t.get("debit")) : BigDecimal.ZERO;
                BigDecimal credit = t.containsKey("credit") ? amount(t.get("credit")) : BigDecimal.ZERO;
                balance = balance.add(credit).subtract(debit);
                assertClose(amount(t.get("balance")), balance, CENT, d);
            }
            assertClose(amount(Truths.field(d, "closing_balance")), balance, CENT, d);
            String credits = Truths.field(d, "total_credits");
            if (credits != null) {
                BigDecimal opening = amount(Truths.field(d, "opening_balance"));
                assertClose(opening.add(amount(credits)).subtract(amount(Truths.field(d, "total_debits"))), balance,
                        CENT, d);
                assertClose(sum(txns, "credit"), amount(credits), CENT, d);
            }
        });
    }

    @Test
    void shouldIncludeAnOverdrawnStatementWithNegativeBalances() {
        boolean overdrawn = Fixtures.CORPUS.readable().stream().filter(d -> d.docType().equals("BANK_STATEMENT"))
                .flatMap(d -> Truths.items(d, "transaction").stream())
                .anyMatch(t -> t.get("balance").startsWith("-"));
        assertThat(overdrawn).isTrue();
    }

    @Test
    void shouldSumDepositInterestAndTdsToTheCertificateTotals() {
        Fixtures.CORPUS.forEach("INTEREST_CERTIFICATE", d -> {
            List<Map<String, String>> deposits = Truths.items(d, "deposit");
            if (!deposits.isEmpty()) {
                assertClose(sum(deposits, "interest"), amount(Truths.field(d, "total_interest")), CENT, d);
                assertClose(sum(deposits, "tds"), amount(Truths.field(d, "total_tds")), CENT, d);
            }
        });
    }

    @Test
    void shouldIncludeACertificateThatDeductedNoTax() {
        assertThat(Fixtures.CORPUS.readable().stream().filter(d -> d.docType().equals("INTEREST_CERTIFICATE"))
                .anyMatch(d -> "0.00".equals(Truths.field(d, "total_tds")))).isTrue();
    }

    @Test
    void shouldSumTradeGainsPerTermToTheStatementTotals() {
        Fixtures.CORPUS.forEach("CAPITAL_GAINS", d -> {
            List<Map<String, String>> trades = Truths.items(d, "trade");
            for (String term : List.of("SHORT", "LONG")) {
                String field = term.equals("SHORT") ? "stcg_total" : "ltcg_total";
                if (Truths.field(d, field) != null) {
                    BigDecimal sum = sum(trades.stream().filter(t -> term.equals(t.get("term"))).toList(), "gain");
                    assertClose(sum, amount(Truths.field(d, field)), CENT, d);
                }
            }
        });
    }

    @Test
    void shouldIncludeGrandfatheredTradesWhoseGainIsNotSaleMinusPurchase() {
        boolean grandfathered = Fixtures.CORPUS.readable().stream().filter(d -> d.docType().equals("CAPITAL_GAINS"))
                .flatMap(d -> Truths.items(d, "trade").stream())
                .anyMatch(t -> amount(t.get("sale_value")).subtract(amount(t.get("purchase_value")))
                        .compareTo(amount(t.get("gain"))) != 0);
        assertThat(grandfathered).isTrue();
    }
}
