package io.taxstream.processors.types;

import static io.taxstream.processors.contract.FieldKind.AMOUNT;
import static io.taxstream.processors.contract.FieldKind.MONTH;
import static io.taxstream.processors.contract.FieldKind.NAME;
import static io.taxstream.processors.contract.FieldKind.NUMBER;
import static io.taxstream.processors.contract.FieldKind.PAN;
import static io.taxstream.processors.contract.FieldKind.TEXT;
import static io.taxstream.processors.rules.FieldRule.field;

import io.taxstream.processors.normalize.Normalizers;
import io.taxstream.processors.rules.FieldRule;
import io.taxstream.processors.rules.ValueParsers;
import java.util.List;
import java.util.regex.Pattern;

/** The labels payslip fields go by across payroll systems, in English and common Hindi forms. */
final class PayslipFields {

    private static final Pattern CODE = Pattern.compile("(?<![\\w/-])(?=[\\w/-]*\\d)[A-Za-z0-9][\\w/-]*(?![\\w/-])");
    private static final Pattern UAN = Pattern.compile("(?<!\\d)\\d{12}(?!\\d)");
    /** Year-to-date, arrears and rate columns are never this month's figures. */
    static final String NOT_MONTHLY = "\\bytd\\b|y\\.t\\.d|year to date|cumulative|till date|upto|arrear|\\brate\\b|full month";

    /** What payslips label besides the contract's fields. */
    static final List<String> OTHER_LABELS = List.of("designation", "department", "date of joining", "\\bdoj\\b",
            "date of birth", "\\bdob\\b", "location", "bank name", "\\bbank\\b(?=\\s*(:|a/c|account|$))",
            "(bank )?a/c no", "account (no|number)", "\\bgrade\\b", "branch", "pf (a/c )?no", "esi(c)? no", "gender",
            "cost cent(re|er)", "division", "\\blop\\b", "loss of pay", "leave balance", "ifsc", "pay mode", "payment mode",
            "joining date", "work location", "band", "level\\b");

    /** What "Employee ..." labels when it is not the name. */
    private static final String NOT_AN_EMPLOYEE_NAME =
            "(?!\\s*(no\\b|id\\b|code|number|#|ref|contribution|type|pf\\b|share|state|esi|category|'s|grade))";

    private PayslipFields() {
    }

    static List<FieldRule> all() {
        return List.of(
                field("employer_name", NAME)
                        .labels("(company|employer|organi[sz]ation|establishment) name", "name (and address )?of (the )?(company|employer|establishment|contractor)\\b(?! in)")
                        .below(1).build(),
                field("employee_name", NAME)
                        .labels("employee name", "name of (the )?(employee|workman|worker)", "emp(loyee)?\\.? name", "employee'?s name",
                                "cell:name\\s*:?\\s*$", "cell:name\\s*:", "(?<=/ )name\\b", "cell:employee\\s*:?\\s*$",
                                "(?<=/ )employee\\s*:?\\s*$", "cell:employee\\s*:", "cell:employee\\b" + NOT_AN_EMPLOYEE_NAME,
                                "(?<=/ )employee\\b" + NOT_AN_EMPLOYEE_NAME)
                        .notOn("bank name", "company name", "employer name", "father", "nominee").below(1).build(),
                field("employee_id", TEXT)
                        .labels("emp(loyee)?\\.? ?(code|id|no\\.?|number|#)", "staff (id|no\\.?|code|number)",
                                "personnel (no\\.?|number)", "associate (id|no\\.?|code)", "\\be\\.? ?code\\b",
                                "employee reference", "\\bemp\\.? ?no\\b", "payroll (id|no\\.?)",
                                "token( / gate pass)? no\\.?", "gate pass no\\.?",
                                "(?<!ifsc |pin |bank |branch |postal |zip |sort |micr |hsn |sac |pay )\\bcode\\s*:")
                        .parser(ValueParsers.token(CODE, Normalizers::text)).below(1).build(),
                field("employee_pan", PAN)
                        .labels("\\bpan\\b( no\\.?| number)?", "permanent account number").notOn("company pan", "employer pan")
                        .below(1).build(),
                field("uan", TEXT)
                        .labels("\\buan\\b( no\\.?| number)?", "universal account (no\\.?|number)")
                        .parser(ValueParsers.token(UAN, Normalizers::text)).below(1).build(),
                field("pay_period", MONTH)
                        .labels("pay ?slip for the month of", "salary slip for the month of", "for the month of", "pay period",
                                "pay ?slip for", "salary slip for", "salary for", "salary month", "pay month", "month\\b",
                                "period\\b", "pay ?slip", "salary slip")
                        .notOn("date of joining", "\\bdoj\\b").below(1).build(),
                field("days_paid", NUMBER)
                        .labels("paid days", "days paid", "payable days", "days payable", "days worked", "worked days",
                                "no\\.? of days (paid|worked)", "present days", "days present", "paid days")
                        .below(2).build(),
                field("gross_earnings", AMOUNT)
                        .labels("gross earnings", "total earnings", "earnings total", "gross salary", "gross pay", "total gross",
                                "gross wages", "gross amount", "\\bgross\\b")
                        .notOn(NOT_MONTHLY + "|annual|per annum|ctc").column(FieldRule.Column.FIRST).sameLineOnly().build(),
                field("total_deductions", AMOUNT)
                        .labels("total deductions?", "deductions total", "gross deductions?", "total recoveries",
                                "deductions?,? if any")
                        .column(FieldRule.Column.FIRST).sameLineOnly().build(),
                field("net_pay", AMOUNT)
                        .labels("net pay(able)?", "net salary", "take ?home( pay)?", "net amount( payable)?", "amount credited",
                                "net payable", "net wages", "net earnings", "net amount of wages")
                        .column(FieldRule.Column.FIRST).below(1).build());
    }
}
