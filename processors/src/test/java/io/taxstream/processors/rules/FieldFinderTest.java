package io.taxstream.processors.rules;

import static io.taxstream.processors.contract.FieldKind.AMOUNT;
import static io.taxstream.processors.contract.FieldKind.NAME;
import static io.taxstream.processors.contract.FieldKind.PAN;
import static org.assertj.core.api.Assertions.assertThat;

import io.taxstream.processors.layout.Layout;
import io.taxstream.processors.layout.Pages;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class FieldFinderTest {

    private static final FieldFinder FINDER = new FieldFinder(Pattern.compile(
            "employee name|pan of the employee|name of the employer|designation|gross amount|deductible amount"));

    private static Optional<String> find(FieldRule rule, Layout layout) {
        return FINDER.find(rule, layout.lines()).map(Candidate::value);
    }

    @Test
    void shouldTakeAValueAfterItsLabelInTheSameCell() {
        FieldRule rule = FieldRule.field("employee_name", NAME).labels("employee name").build();
        assertThat(find(rule, new Pages().cell(0, 40, "Employee Name : Rahul Sharma").layout())).contains("Rahul Sharma");
    }

    @Test
    void shouldTakeAValueFromTheNextCellButNeverAnotherLabel() {
        FieldRule rule = FieldRule.field("employee_name", NAME).labels("employee name").build();
        assertThat(find(rule, new Pages().cell(0, 40, "Employee Name").cell(0, 200, "Rahul Sharma").layout()))
                .contains("Rahul Sharma");
        assertThat(find(rule, new Pages().cell(0, 40, "Employee Name").cell(0, 200, "Designation").layout())).isEmpty();
    }

    @Test
    void shouldTakeAValueBelowItsColumnHeader() {
        FieldRule rule = FieldRule.field("employee_pan", PAN).labels("pan of the employee").build();
        Layout layout = new Pages().cell(0, 40, "PAN of the Deductor").cell(0, 300, "PAN of the Employee")
                .cell(1, 50, "AAACB1234C").cell(1, 310, "ABCPE1234F").layout();
        assertThat(find(rule, layout)).contains("ABCPE1234F");
    }

    @Test
    void shouldNotTakeTheNextRowOfAKeyValueGridForAMissingValue() {
        FieldRule rule = FieldRule.field("employee_name", NAME).labels("employee name").build();
        Layout layout = new Pages().cell(0, 40, "Employee Name").cell(1, 40, "Designation").cell(1, 200, "Manager").layout();
        assertThat(find(rule, layout)).isEmpty();
    }

    @Test
    void shouldTakeTheAmountUnderTheWantedColumnHeader() {
        FieldRule rule = FieldRule.field("deduction_80d", AMOUNT).labels("80d").columnHeader("deductible").sameLineOnly().build();
        Layout layout = new Pages().cell(0, 300, "Gross Amount Deductible Amount")
                .cell(1, 40, "Deduction under section 80D").cell(1, 300, "52,306.00").cell(1, 400, "25,000.00").layout();
        assertThat(find(rule, layout)).contains("25000.00");
    }

    @Test
    void shouldTakeTheAmountsOfAWrappedLabelFromItsFirstLine() {
        FieldRule rule = FieldRule.field("deduction_80ccd_1b", AMOUNT).labels("80ccd\\s?\\(1b\\)").sameLineOnly().build();
        Layout layout = new Pages().cell(0, 40, "(e)").cell(0, 70, "Contribution to notified pension")
                .cell(0, 400, "50,000.00").cell(1, 70, "scheme under section 80CCD(1B)").layout();
        assertThat(find(rule, layout)).contains("50000.00");
    }

    @Test
    void shouldPreferTheMoreSpecificLabel() {
        FieldRule rule = FieldRule.field("net_tax_payable", AMOUNT).labels("net tax payable", "tax payable").sameLineOnly().build();
        Layout layout = new Pages().cell(0, 40, "Tax payable").cell(0, 400, "12,000.00")
                .cell(1, 40, "Net tax payable").cell(1, 400, "11,000.00").layout();
        assertThat(find(rule, layout)).contains("11000.00");
    }

    @Test
    void shouldNotTakeTheRestOfALongLabelForAName() {
        FieldRule rule = FieldRule.field("employer_name", NAME).labels("name and address of the employer").below(2).build();
        Layout layout = new Pages().cell(0, 40, "Name and address of the Employer/Specified Bank")
                .cell(1, 40, "Deccan Analytics LLP").layout();
        assertThat(find(rule, layout)).contains("Deccan Analytics LLP");
    }
}
