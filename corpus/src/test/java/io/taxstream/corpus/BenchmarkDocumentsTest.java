package io.taxstream.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.taxstream.corpus.testkit.Truths;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchmarkDocumentsTest {

    @Test
    void shouldMakeTheRequestedNumberOfTwoToThreePagePdfsOfSeveralTypes() {
        List<GeneratedDocument> docs = BenchmarkDocuments.mixed(5, 12);
        assertThat(docs).hasSize(12);
        assertThat(docs).allSatisfy(d -> assertThat(BenchmarkDocuments.pages(d.content())).isBetween(2, 3));
        assertThat(docs.stream().map(GeneratedDocument::docType).distinct()).hasSizeGreaterThan(1);
    }

    @Test
    void shouldMakeALargeStatementOfFiveHundredTransactionsOverAboutTwentyPages() {
        GeneratedDocument d = BenchmarkDocuments.largeStatement(3);
        assertThat(Truths.items(d, "transaction")).hasSize(500);
        assertThat(BenchmarkDocuments.pages(d.content())).isBetween(17, 24);
    }
}
