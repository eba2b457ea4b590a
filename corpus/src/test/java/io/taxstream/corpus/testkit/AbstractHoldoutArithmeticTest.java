package io.taxstream.corpus.testkit;

import static io.taxstream.corpus.testkit.Figures.CENT;
import static io.taxstream.corpus.testkit.Figures.ONE;
import static io.taxstream.corpus.testkit.Figures.amount;
import static io.taxstream.corpus.testkit.Figures.amountOrZero;
import static io.taxstream.corpus.testkit.Figures.assertClose;
import static io.taxstream.corpus.testkit.Figures.sum;
import static io.taxstream.corpus.testkit.Truths.field;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every truth of a holdout set satisfies the contract's arithmetic, as a real document's figures
 * do: Form 16 computations, payslip and statement balances, certificate and trade totals, proof
 * dates. A set adds the rules and cases that are its own.
 */
public abstract class AbstractHoldoutArithmeticTest {

    /** The set's corpus. */
    protected abstract CorpusFixture fixture();

    @Test
    void shouldAddUpForm16() {
        fixture().forEach("FORM_16", d -> {
            String total = field(d, "total_tds");
            if (total != null) {
                assertThat(Truths.items(d, "tds_quarter")).as(d.layout()).isNotEmpty();
                assertClose(sum(Truths.items(d, "tds_quarter"), "tax_deducted"), amount(total), ONE, d);
            }
            String s171 = field(d, "salary_17_1");
            if (s171 != null) {
                BigDecimal parts = amount(s171).add(amountOrZero(d, "perquisites_17_2"))
                        .add(amountOrZero(d, "profits_in_lieu_17_3"));
                assertClose(parts, amount(field(d, "gross_salary")), CENT, d);
            }
            assertThat(amount(field(d, "total_taxable_income")))
                    .isLessThanOrEqualTo(amount(field(d, "gross_total_income")));
            BigDecimal net = amount(field(d, "tax_on_total_income")).subtract(amount(field(d, "rebate_87a")))
                    .add(amount(field(d, "health_education_cess")));
            assertClose(net, amount(field(d, "net_tax_payable")), CENT, d);
            BigDecimal salaries = amount(field(d, "gross_salary")).subtract(amountOrZero(d, "exemptions_section_10"))
                    .subtract(amountOrZero(d, "standard_deduction")).subtract(amountOrZero(d, "professional_tax"));
            assertClose(salaries, amount(field(d, "income_under_head_salaries")), CENT, d);
            BigDecimal taxable = amount(field(d, "gross_total_income"))
                    .subtract(amount(field(d, "total_chapter_via_deductions")));
            // rounded to tens u/s 288A where a layout rounds
            assertClose(taxable, amount(field(d, "total_taxable_income")), new BigDecimal("9.99"), d);
        });
    }

    @Test
    void shouldBalancePayslips() {
        fixture().forEach("PAYSLIP", d -> {
            BigDecimal gross = amount(field(d, "gross_earnings"));
            BigDecimal deductions = amount(field(d, "total_deductions"));
            assertClose(gross.subtract(deductions), amount(field(d, "net_pay")), ONE, d);
            List<Map<String, String>> comps = Truths.items(d, "pay_component");
            assertClose(sum(comps.stream().filter(i -> "EARNING".equals(i.get("type"))).toList(), "amount"), gross,
                    ONE, d);
            assertClose(sum(comps.stream().filter(i -> "DEDUCTION".equals(i.get("type"))).toList(), "amount"),
                    deductions, ONE, d);
        });
    }

    @Test
    void shouldCarryEveryStatementBalanceFromTheOneBefore() {
        fixture().forEach("BANK_STATEMENT", d -> {
            BigDecimal opening = amount(field(d, "opening_balance"));
            LocalDate from = LocalDate.parse(field(d, "period_from"));
            LocalDate to = LocalDate.parse(field(d, "period_to"));
            List<Map<String, String>> txns = new ArrayList<>(Truths.items(d, "transaction"));
            assertThat(txns).as(d.fileName()).isNotEmpty();
            if (newestFirst(txns)) {
                Collections.reverse(txns);
            }
            BigDecimal balance = opening;
            LocalDate previous = from;
            for (Map<String, String> t : txns) {
                assertThat(t.containsKey("debit") ^ t.containsKey("credit")).as(d.fileName()).isTrue();
                BigDecimal debit = t.containsKey("debit") ? amount(t.get("debit")) : BigDecimal.ZERO;
                BigDecimal credit = t.containsKey("credit") ? amount(t.get("credit")) : BigDecimal.ZERO;
                balance = balance.add(credit).subtract(debit);
                assertClose(amount(t.get("balance")), balance, CENT, d);
                LocalDate date = LocalDate.parse(t.get("date"));
                assertThat(date).as(d.fileName()).isBetween(from, to).isAfterOrEqualTo(previous);
                previous = date;
            }
            assertClose(amount(field(d, "closing_balance")), balance, CENT, d);
            String credits = field(d, "total_credits");
            if (credits != null) {
                BigDecimal debits = amount(field(d, "total_debits"));
                assertClose(sum(txns, "credit"), amount(credits), CENT, d);
                assertClose(sum(txns, "debit"), debits, CENT, d);
                assertClose(opening.add(amount(credits)).subtract(debits), balance, CENT, d);
            }
            String count = field(d, "transaction_count");
            if (count != null) {
                assertThat(Integer.parseInt(count)).as(d.fileName()).isEqualTo(txns.size());
            }
        });
    }

    @Test
    void shouldIncludeAnOverdrawnStatement() {
        assertThat(fixture().ofType("BANK_STATEMENT").stream().flatMap(d -> Truths.items(d, "transaction").stream())
                .anyMatch(t -> t.get("balance").startsWith("-"))).isTrue();
    }

    @Test
    void shouldSumDepositsToTheCertificateTotals() {
        fixture().forEach("INTEREST_CERTIFICATE", d -> {
            List<Map<String, String>> deposits = Truths.items(d, "deposit");
            assertThat(deposits).as(d.fileName()).isNotEmpty();
            assertClose(sum(deposits, "interest"), amount(field(d, "total_interest")), CENT, d);
            assertClose(sum(deposits, "tds"), amount(field(d, "total_tds")), CENT, d);
        });
        List<String> tds = fixture().ofType("INTEREST_CERTIFICATE").stream().map(d -> field(d, "total_tds")).toList();
        assertThat(tds).contains("0.00");
        assertThat(tds).anyMatch(v -> !v.equals("0.00"));
    }

    @Test
    void shouldSumTradeGainsPerTerm() {
        fixture().forEach("CAPITAL_GAINS", d -> {
            List<Map<String, String>> trades = Truths.items(d, "trade");
            assertThat(trades).as(d.fileName()).isNotEmpty();
            for (String term : List.of("SHORT", "LONG")) {
                String total = field(d, term.equals("SHORT") ? "stcg_total" : "ltcg_total");
                if (total != null) {
                    assertClose(sum(trades.stream().filter(t -> term.equals(t.get("term"))).toList(), "gain"),
                            amount(total), CENT, d);
                }
            }
            String sale = field(d, "total_sale_value");
            if (sale != null) {
                assertClose(sum(trades, "sale_value"), amount(sale), CENT, d);
            }
            for (Map<String, String> t : trades) {
                if (t.get("term").equals("LONG")) {
                    assertThat(heldDays(t)).as(d.fileName()).isGreaterThan(365);
                }
                BigDecimal gain = amount(t.get("gain"));
                BigDecimal plain = amount(t.get("sale_value")).subtract(amount(t.get("purchase_value")));
                // the grandfathered cost is never below the actual cost, so it only ever lowers a gain
                assertThat(gain).as(d.fileName()).isLessThanOrEqualTo(plain.add(CENT));
            }
        });
    }

    @Test
    void shouldIncludeGrandfatheredTrades() {
        assertThat(trades()).anyMatch(t -> amount(t.get("sale_value")).subtract(amount(t.get("purchase_value")))
                .compareTo(amount(t.get("gain"))) != 0);
    }

    @Test
    void shouldDateProofsInsideTheirYear() {
        fixture().forEach("INVESTMENT_PROOF", d -> {
            String paid = field(d, "payment_date");
            String fy = field(d, "financial_year");
            if (paid != null && fy != null) {
                int start = Integer.parseInt(fy.substring(0, 4));
                assertThat(LocalDate.parse(paid)).as(d.fileName()).isBetween(LocalDate.of(start, 4, 1),
                        LocalDate.of(start + 1, 3, 31));
            }
            assertThat(amount(field(d, "amount"))).as(d.fileName()).isPositive();
        });
    }

    /** Every trade of the set's capital gains statements. */
    protected List<Map<String, String>> trades() {
        return fixture().ofType("CAPITAL_GAINS").stream().flatMap(d -> Truths.items(d, "trade").stream()).toList();
    }

    /** Days from purchase to sale. */
    protected static long heldDays(Map<String, String> trade) {
        return LocalDate.parse(trade.get("sale_date")).toEpochDay()
                - LocalDate.parse(trade.get("purchase_date")).toEpochDay();
    }

    /** Whether a statement lists its transactions newest first. */
    protected static boolean newestFirst(List<Map<String, String>> txns) {
        return txns.size() > 1 && LocalDate.parse(txns.get(0).get("date"))
                .isAfter(LocalDate.parse(txns.get(txns.size() - 1).get("date")));
    }
}
