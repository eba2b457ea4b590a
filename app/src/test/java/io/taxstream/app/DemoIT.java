package io.taxstream.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The demo end to end: embedded broker, registry, topology, samples, summary; a second start reuses the data. */
class DemoIT {

    @TempDir
    Path data;

    private String demo() {
        StringWriter out = new StringWriter();
        int code = new CommandLine(new Taxstream()).setOut(new PrintWriter(out, true))
                .execute("demo", "--exit", "--no-dashboard", "--per-type", "1", "--data", data.toString());
        assertThat(code).isZero();
        return out.toString();
    }

    @Test
    void shouldProcessEverySampleAndAnswerThemFromTheCacheOnASecondStart() {
        String first = demo();
        assertThat(first).contains("FORM_16", "PAYSLIP", "BANK_STATEMENT", "INTEREST_CERTIFICATE", "CAPITAL_GAINS",
                "INVESTMENT_PROOF", "UNKNOWN").doesNotContain("had no result");
        assertThat(cachedColumnTotal(first)).isZero();

        String second = demo();
        assertThat(second).doesNotContain("had no result");
        assertThat(cachedColumnTotal(second)).as("identical samples are answered from the result cache").isPositive();
    }

    /** Sums the "cached" column of the summary table. */
    private static int cachedColumnTotal(String summary) {
        int total = 0;
        for (String line : summary.split("\n")) {
            String[] cells = line.trim().split("\\s+");
            if (cells.length >= 8 && cells[cells.length - 1].equals("ms") && !cells[0].equals("type")) {
                total += Integer.parseInt(cells[cells.length - 3]);
            }
        }
        return total;
    }
}
