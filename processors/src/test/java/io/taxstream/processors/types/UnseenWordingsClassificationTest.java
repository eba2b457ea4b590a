package io.taxstream.processors.types;

import static org.assertj.core.api.Assertions.assertThat;

import io.taxstream.avro.DocType;
import io.taxstream.processors.classify.Classification;
import io.taxstream.processors.classify.KeywordClassifier;
import io.taxstream.processors.load.DocumentInput;
import io.taxstream.processors.load.LoadFailure;
import io.taxstream.processors.load.TextDocumentLoader;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The keyword classifier on the financial documents of the extraction tests, whose wordings the corpus does not use. */
class UnseenWordingsClassificationTest {

    static Stream<Arguments> samples() {
        return Stream.of(
                Arguments.of("split columns", BankStatementExtractionTest.SPLIT_COLUMNS_CR_DR_BALANCES, DocType.BANK_STATEMENT),
                Arguments.of("signed amounts", BankStatementExtractionTest.SIGNED_AMOUNT_COLUMN, DocType.BANK_STATEMENT),
                Arguments.of("two pages", BankStatementExtractionTest.AMOUNT_AND_TYPE_COLUMNS_OVER_TWO_PAGES, DocType.BANK_STATEMENT),
                Arguments.of("bilingual", BankStatementExtractionTest.BILINGUAL_WITH_MARKER_AFTER_BALANCE, DocType.BANK_STATEMENT),
                Arguments.of("deposit table", InterestCertificateExtractionTest.DEPOSIT_TABLE_WITH_TOTAL_LINES,
                        DocType.INTEREST_CERTIFICATE),
                Arguments.of("15H letter", InterestCertificateExtractionTest.FORM_15H_LETTER, DocType.INTEREST_CERTIFICATE),
                Arguments.of("broker report", CapitalGainsExtractionTest.BROKER_REPORT_IN_RETURN_WORDING, DocType.CAPITAL_GAINS),
                Arguments.of("fund blocks", CapitalGainsExtractionTest.FUND_BLOCKS_WITH_TERM_COLUMNS, DocType.CAPITAL_GAINS),
                Arguments.of("home loan", InvestmentProofExtractionTest.HOME_LOAN_LETTER, DocType.INVESTMENT_PROOF),
                Arguments.of("health receipt", InvestmentProofExtractionTest.HEALTH_PREMIUM_RECEIPT, DocType.INVESTMENT_PROOF),
                Arguments.of("rent receipt", InvestmentProofExtractionTest.MONTHLY_RENT_RECEIPT, DocType.INVESTMENT_PROOF),
                Arguments.of("life premium", InvestmentProofExtractionTest.LIFE_PREMIUM_CERTIFICATE, DocType.INVESTMENT_PROOF));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void shouldRecogniseFinancialDocumentsInWordingsTheCorpusDoesNotUse(String name, String text, DocType expected)
            throws LoadFailure {
        Classification c = new KeywordClassifier().classify(
                new TextDocumentLoader().load(DocumentInput.of(text.getBytes(StandardCharsets.UTF_8))));

        assertThat(c.type()).isEqualTo(expected);
        assertThat(c.confidence()).isGreaterThanOrEqualTo(0.8);
    }
}
