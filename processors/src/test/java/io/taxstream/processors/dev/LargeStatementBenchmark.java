package io.taxstream.processors.dev;

import io.taxstream.avro.DocType;
import io.taxstream.corpus.BenchmarkDocuments;
import io.taxstream.corpus.GeneratedDocument;
import io.taxstream.processors.extract.Extraction;
import io.taxstream.processors.load.DocumentInput;
import io.taxstream.processors.load.Loaders;
import io.taxstream.processors.model.Document;
import io.taxstream.processors.rules.DescribedExtractor;
import io.taxstream.processors.types.DocumentTypes;
import io.taxstream.processors.validate.ContractValidator;
import java.util.Arrays;
import java.util.Locale;

/**
 * Benchmark (a main, not a test): the 20-page, 500-transaction statement of
 * {@link BenchmarkDocuments#largeStatement}, loaded from its PDF bytes and extracted with the
 * BANK_STATEMENT description, repeated after a warm-up. Prints the median and 90th percentile of
 * extraction alone (layout, fields, table, completion, validation) and of load plus extraction.
 * Arguments: [seed] [runs].
 */
public final class LargeStatementBenchmark {

    private LargeStatementBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long seed = args.length > 0 ? Long.parseLong(args[0]) : 1;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        GeneratedDocument g = BenchmarkDocuments.largeStatement(seed);
        DescribedExtractor extractor = new DescribedExtractor(DocumentTypes.of(DocType.BANK_STATEMENT));
        ContractValidator validator = new ContractValidator();
        DocumentInput input = new DocumentInput(g.content(), g.contentType(), g.password(), g.hints());
        Document document = Loaders.standard().load(input);
        for (int i = 0; i < 10; i++) {
            extractor.extract(Loaders.standard().load(input));
        }
        long[] extractNanos = new long[runs];
        long[] totalNanos = new long[runs];
        Extraction last = null;
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            Document d = Loaders.standard().load(input);
            long t1 = System.nanoTime();
            last = extractor.extract(d);
            validator.validate(DocType.BANK_STATEMENT, last);
            long t2 = System.nanoTime();
            extractNanos[i] = t2 - t1;
            totalNanos[i] = t2 - t0;
        }
        System.out.printf(Locale.ROOT, "large statement: %d pages, %d transactions read (truth %d), %d bytes%n",
                document.pageCount(), last.items("transaction").size(), ((java.util.List<?>) g.truth().get("line_items")).size(),
                g.content().length);
        System.out.printf(Locale.ROOT, "extraction (layout + description + validation): median %.1f ms, p90 %.1f ms over %d runs%n",
                median(extractNanos) / 1e6, percentile(extractNanos, 0.9) / 1e6, runs);
        System.out.printf(Locale.ROOT, "PDF load + extraction:                           median %.1f ms, p90 %.1f ms%n",
                median(totalNanos) / 1e6, percentile(totalNanos, 0.9) / 1e6);
    }

    private static double median(long[] nanos) {
        return percentile(nanos, 0.5);
    }

    private static double percentile(long[] nanos, double p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.floor(p * sorted.length))];
    }
}
