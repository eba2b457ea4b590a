package io.taxstream.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Every truth satisfies the contract's arithmetic rules, as a real document's figures do. */
class ArithmeticTest {

    private static final BigDecimal ONE = BigDecimal.ONE;
    private static final BigDecimal CENT = new BigDecimal("0.01");

    @Test
    void shouldAddUpForm16QuartersAndGrossSalary() {
        forEach("FORM_16", d -> {
            List<Map<String, String>> quarters = Fixtures.items(d, "tds_quarter");
            String total = Fixtures.field(d, "total_tds");
            if (total != null) {
                assertClose(sum(quarters, "tax_deducted"), amount(total), ONE, d);
            }
            String gross = Fixtures.field(d, "gross_salary");
            if (gross != null && Fixtures.field(d, "salary_17_1") != null) {
                BigDecimal parts = amount(Fixtures.field(d, "salary_17_1")).add(amount(Fixtures.field(d, "perquisites_17_2")))
                        .add(amount(Fixtures.field(d, "profits_in_lieu_17_3")));
                assertClose(parts, amount(gross), CENT, d);
            }
            String taxable = Fixtures.field(d, "total_taxable_income");
            String gti = Fixtures.field(d, "gross_total_income");
            if (taxable != null && gti != null) {
                assertThat(amount(taxable)).as(d.fileName()).isLessThanOrEqualTo(amount(gti));
            }
        });
    }

    @Test
    void shouldNeverPutSalaryFiguresInAPartAOnlyTruthNorTdsInAPartBOnlyOne() {
        forEach("FORM_16", d -> {
            boolean partA = Fixtures.field(d, "certificate_number") != null;
            boolean partB = Fixtures.field(d, "gross_salary") != null;
            assertThat(partA || partB).as(d.fileName()).isTrue();
        });
    }

    @Test
    void shouldBalancePayslipsAndSumEarningComponentsToGross() {
        forEach("PAYSLIP", d -> {
            BigDecimal gross = amount(Fixtures.field(d, "gross_earnings"));
            BigDecimal net = amount(Fixtures.field(d, "net_pay"));
            String deductions = Fixtures.field(d, "total_deductions");
            if (deductions != null) {
                assertClose(gross.subtract(amount(deductions)), net, ONE, d);
            }
            List<Map<String, String>> earnings = Fixtures.items(d, "pay_component").stream()
                    .filter(i -> "EARNING".equals(i.get("type"))).toList();
            assertClose(sum(earnings, "amount"), gross, ONE, d);
        });
    }

    @Test
    void shouldCarryEveryStatementBalanceFromTheOneBefore() {
        forEach("BANK_STATEMENT", d -> {
            BigDecimal balance = amount(Fixtures.field(d, "opening_balance"));
            List<Map<String, String>> txns = Fixtures.items(d, "transaction");
            assertThat(txns).as(d.fileName()).isNotEmpty();
            for (Map<String, String> t : txns) {
                BigDecimal debit = t.containsKey("debit") ? amount(t.get("debit")) : BigDecimal.ZERO;
                BigDecimal credit = t.containsKey("credit") ? amount(t.get("credit")) : BigDecimal.ZERO;
                balance = balance.add(credit).subtract(debit);
                assertClose(amount(t.get("balance")), balance, CENT, d);
            }
            assertClose(amount(Fixtures.field(d, "closing_balance")), balance, CENT, d);
            String credits = Fixtures.field(d, "total_credits");
            if (credits != null) {
                BigDecimal opening = amount(Fixtures.field(d, "opening_balance"));
                assertClose(opening.add(amount(credits)).subtract(amount(Fixtures.field(d, "total_debits"))), balance,
                        CENT, d);
                assertClose(sum(txns, "credit"), amount(credits), CENT, d);
            }
        });
    }

    @Test
    void shouldIncludeAnOverdrawnStatementWithNegativeBalances() {
        boolean overdrawn = Fixtures.readable().stream().filter(d -> d.docType().equals("BANK_STATEMENT"))
                .flatMap(d -> Fixtures.items(d, "transaction").stream())
                .anyMatch(t -> t.get("balance").startsWith("-"));
        assertThat(overdrawn).isTrue();
    }

    @Test
    void shouldSumDepositInterestAndTdsToTheCertificateTotals() {
        forEach("INTEREST_CERTIFICATE", d -> {
            List<Map<String, String>> deposits = Fixtures.items(d, "deposit");
            if (!deposits.isEmpty()) {
                assertClose(sum(deposits, "interest"), amount(Fixtures.field(d, "total_interest")), CENT, d);
                assertClose(sum(deposits, "tds"), amount(Fixtures.field(d, "total_tds")), CENT, d);
            }
        });
    }

    @Test
    void shouldIncludeACertificateThatDeductedNoTax() {
        assertThat(Fixtures.readable().stream().filter(d -> d.docType().equals("INTEREST_CERTIFICATE"))
                .anyMatch(d -> "0.00".equals(Fixtures.field(d, "total_tds")))).isTrue();
    }

    @Test
    void shouldSumTradeGainsPerTermToTheStatementTotals() {
        forEach("CAPITAL_GAINS", d -> {
            List<Map<String, String>> trades = Fixtures.items(d, "trade");
            for (String term : List.of("SHORT", "LONG")) {
                String field = term.equals("SHORT") ? "stcg_total" : "ltcg_total";
                if (Fixtures.field(d, field) != null) {
                    BigDecimal sum = sum(trades.stream().filter(t -> term.equals(t.get("term"))).toList(), "gain");
                    assertClose(sum, amount(Fixtures.field(d, field)), CENT, d);
                }
            }
        });
    }

    @Test
    void shouldIncludeGrandfatheredTradesWhoseGainIsNotSaleMinusPurchase() {
        boolean grandfathered = Fixtures.readable().stream().filter(d -> d.docType().equals("CAPITAL_GAINS"))
                .flatMap(d -> Fixtures.items(d, "trade").stream())
                .anyMatch(t -> amount(t.get("sale_value")).subtract(amount(t.get("purchase_value")))
                        .compareTo(amount(t.get("gain"))) != 0);
        assertThat(grandfathered).isTrue();
    }

    static void forEach(String type, Consumer<GeneratedDocument> check) {
        List<GeneratedDocument> docs = Fixtures.readable().stream().filter(d -> d.docType().equals(type)).toList();
        assertThat(docs).as(type + " documents").isNotEmpty();
        docs.forEach(check);
    }

    static BigDecimal sum(List<Map<String, String>> items, String key) {
        return items.stream().map(i -> i.get(key)).filter(v -> v != null).map(BigDecimal::new)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static BigDecimal amount(String v) {
        return new BigDecimal(v);
    }

    static void assertClose(BigDecimal actual, BigDecimal expected, BigDecimal tolerance, GeneratedDocument d) {
        assertThat(actual.subtract(expected).abs()).as(d.layout() + " " + d.fileName() + ": " + actual + " vs " + expected)
                .isLessThanOrEqualTo(tolerance);
    }
}
