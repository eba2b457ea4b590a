package io.taxstream.corpus.holdout;

import static io.taxstream.corpus.testkit.Figures.CENT;
import static io.taxstream.corpus.testkit.Figures.ONE;
import static io.taxstream.corpus.testkit.Figures.amount;
import static io.taxstream.corpus.testkit.Figures.assertClose;
import static io.taxstream.corpus.testkit.Figures.sum;
import static org.assertj.core.api.Assertions.assertThat;

import io.taxstream.corpus.GeneratedDocument;
import io.taxstream.corpus.testkit.Truths;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every holdout truth satisfies the contract's arithmetic rules, as a real document's figures do. */
class HoldoutArithmeticTest {

    @Test
    void shouldAddUpForm16() {
        HoldoutFixtures.CORPUS.forEach("FORM_16", d -> {
            String total = Truths.field(d, "total_tds");
            if (total != null) {
                assertClose(sum(Truths.items(d, "tds_quarter"), "tax_deducted"), amount(total), ONE, d);
            }
            String s171 = Truths.field(d, "salary_17_1");
            if (s171 != null) {
                BigDecimal parts = amount(s171).add(amount(Truths.field(d, "perquisites_17_2")))
                        .add(amount(Truths.field(d, "profits_in_lieu_17_3")));
                assertClose(parts, amount(Truths.field(d, "gross_salary")), CENT, d);
            }
            assertThat(amount(Truths.field(d, "total_taxable_income")))
                    .isLessThanOrEqualTo(amount(Truths.field(d, "gross_total_income")));
            BigDecimal tax = amount(Truths.field(d, "tax_on_total_income"));
            BigDecimal net = tax.subtract(amount(Truths.field(d, "rebate_87a")))
                    .add(amount(Truths.field(d, "health_education_cess")));
            assertClose(net, amount(Truths.field(d, "net_tax_payable")), CENT, d);
        });
    }

    @Test
    void shouldBalancePayslips() {
        HoldoutFixtures.CORPUS.forEach("PAYSLIP", d -> {
            BigDecimal gross = amount(Truths.field(d, "gross_earnings"));
            BigDecimal net = amount(Truths.field(d, "net_pay"));
            String deductions = Truths.field(d, "total_deductions");
            if (deductions != null) {
                assertClose(gross.subtract(amount(deductions)), net, ONE, d);
            }
            List<Map<String, String>> comps = Truths.items(d, "pay_component");
            assertClose(sum(comps.stream().filter(i -> "EARNING".equals(i.get("type"))).toList(), "amount"), gross,
                    ONE, d);
            if (deductions != null) {
                assertClose(sum(comps.stream().filter(i -> "DEDUCTION".equals(i.get("type"))).toList(), "amount"),
                        amount(deductions), ONE, d);
            }
        });
    }

    @Test
    void shouldCarryEveryStatementBalanceFromTheOneBefore() {
        HoldoutFixtures.CORPUS.forEach("BANK_STATEMENT", d -> {
            BigDecimal opening = amount(Truths.field(d, "opening_balance"));
            BigDecimal balance = opening;
            LocalDate from = LocalDate.parse(Truths.field(d, "period_from"));
            LocalDate to = LocalDate.parse(Truths.field(d, "period_to"));
            List<Map<String, String>> txns = Truths.items(d, "transaction");
            assertThat(txns).as(d.fileName()).isNotEmpty();
            for (Map<String, String> t : txns) {
                assertThat(t.containsKey("debit") ^ t.containsKey("credit")).as(d.fileName()).isTrue();
                BigDecimal debit = t.containsKey("debit") ? amount(t.get("debit")) : BigDecimal.ZERO;
                BigDecimal credit = t.containsKey("credit") ? amount(t.get("credit")) : BigDecimal.ZERO;
                balance = balance.add(credit).subtract(debit);
                assertClose(amount(t.get("balance")), balance, CENT, d);
                LocalDate date = LocalDate.parse(t.get("date"));
                assertThat(date).as(d.fileName()).isBetween(from, to);
            }
            assertClose(amount(Truths.field(d, "closing_balance")), balance, CENT, d);
            String credits = Truths.field(d, "total_credits");
            if (credits != null) {
                assertClose(sum(txns, "credit"), amount(credits), CENT, d);
                assertClose(sum(txns, "debit"), amount(Truths.field(d, "total_debits")), CENT, d);
                assertClose(opening.add(amount(credits)).subtract(amount(Truths.field(d, "total_debits"))),
                        balance, CENT, d);
            }
            String count = Truths.field(d, "transaction_count");
            if (count != null) {
                assertThat(Integer.parseInt(count)).as(d.fileName()).isEqualTo(txns.size());
            }
        });
    }

    @Test
    void shouldIncludeAnOverdrawnStatement() {
        assertThat(HoldoutFixtures.CORPUS.ofType("BANK_STATEMENT").stream()
                .flatMap(d -> Truths.items(d, "transaction").stream())
                .anyMatch(t -> t.get("balance").startsWith("-"))).isTrue();
    }

    @Test
    void shouldSumDepositsToTheCertificateTotals() {
        HoldoutFixtures.CORPUS.forEach("INTEREST_CERTIFICATE", d -> {
            List<Map<String, String>> deposits = Truths.items(d, "deposit");
            assertThat(deposits).as(d.fileName()).isNotEmpty();
            assertClose(sum(deposits, "interest"), amount(Truths.field(d, "total_interest")), CENT, d);
            assertClose(sum(deposits, "tds"), amount(Truths.field(d, "total_tds")), CENT, d);
        });
    }

    @Test
    void shouldIncludeCertificatesWithAndWithoutTds() {
        List<String> tds = HoldoutFixtures.CORPUS.ofType("INTEREST_CERTIFICATE").stream()
                .map(d -> Truths.field(d, "total_tds")).toList();
        assertThat(tds).contains("0.00");
        assertThat(tds).anyMatch(v -> !v.equals("0.00"));
    }

    @Test
    void shouldSumTradeGainsPerTerm() {
        HoldoutFixtures.CORPUS.forEach("CAPITAL_GAINS", d -> {
            List<Map<String, String>> trades = Truths.items(d, "trade");
            assertThat(trades).as(d.fileName()).isNotEmpty();
            for (String term : List.of("SHORT", "LONG")) {
                String field = term.equals("SHORT") ? "stcg_total" : "ltcg_total";
                String total = Truths.field(d, field);
                if (total != null) {
                    assertClose(sum(trades.stream().filter(t -> term.equals(t.get("term"))).toList(), "gain"),
                            amount(total), CENT, d);
                }
            }
            String sale = Truths.field(d, "total_sale_value");
            if (sale != null) {
                assertClose(sum(trades, "sale_value"), amount(sale), CENT, d);
            }
            for (Map<String, String> t : trades) {
                long held = LocalDate.parse(t.get("sale_date")).toEpochDay()
                        - LocalDate.parse(t.get("purchase_date")).toEpochDay();
                assertThat(t.get("term")).as(d.fileName()).isEqualTo(held > 365 ? "LONG" : "SHORT");
            }
        });
    }

    @Test
    void shouldIncludeGrandfatheredTrades() {
        assertThat(HoldoutFixtures.CORPUS.ofType("CAPITAL_GAINS").stream()
                .flatMap(d -> Truths.items(d, "trade").stream())
                .anyMatch(t -> amount(t.get("sale_value")).subtract(amount(t.get("purchase_value")))
                        .compareTo(amount(t.get("gain"))) != 0)).isTrue();
    }

    @Test
    void shouldDateProofsInsideTheirYear() {
        HoldoutFixtures.CORPUS.forEach("INVESTMENT_PROOF", d -> {
            String paid = Truths.field(d, "payment_date");
            String fy = Truths.field(d, "financial_year");
            if (paid != null && fy != null) {
                int start = Integer.parseInt(fy.substring(0, 4));
                assertThat(LocalDate.parse(paid)).as(d.fileName()).isBetween(LocalDate.of(start, 4, 1),
                        LocalDate.of(start + 1, 3, 31));
            }
            assertThat(amount(Truths.field(d, "amount"))).as(d.fileName()).isPositive();
        });
    }
}
