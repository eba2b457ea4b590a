package io.taxstream.corpus;

import io.taxstream.corpus.bank.DrCrAmountStatement;
import io.taxstream.corpus.bank.OverdraftStatement;
import io.taxstream.corpus.bank.SplitColumnsStatement;
import io.taxstream.corpus.form16.TracesCombinedLayout;
import io.taxstream.corpus.form16.TracesSplitLayout;
import io.taxstream.corpus.util.Rng;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Documents for benchmarks, generated in memory from a seed: a mix of 2–3 page PDFs of several
 * types, and one large statement (about 20 pages, 500 transactions).
 */
public final class BenchmarkDocuments {

    private static final List<Layout> MULTI_PAGE = List.of(new SplitColumnsStatement(45, 75), new TracesSplitLayout(),
            new DrCrAmountStatement(), new OverdraftStatement(), new TracesCombinedLayout(TracesCombinedLayout.Variant.DENSE),
            new io.taxstream.corpus.bank.PassbookStatement());

    private BenchmarkDocuments() {
    }

    /** {@code n} PDFs of two or three pages each, of mixed types, named {@code bench-0001.pdf} onwards. */
    public static List<GeneratedDocument> mixed(long seed, int n) {
        List<GeneratedDocument> out = new ArrayList<>(n);
        int attempt = 0;
        while (out.size() < n) {
            Layout layout = MULTI_PAGE.get(attempt % MULTI_PAGE.size());
            for (Rendered r : layout.render(Rng.derive(seed, "bench/" + layout.name(), attempt))) {
                int pages = pages(r.content());
                if (pages >= 2 && pages <= 3 && out.size() < n) {
                    out.add(document(String.format(java.util.Locale.ROOT, "bench-%04d.pdf", out.size() + 1), layout, r));
                }
            }
            attempt++;
            if (attempt > n * 20 + 100) {
                throw new IllegalStateException("could not make " + n + " documents of 2-3 pages");
            }
        }
        return out;
    }

    /** One statement of 500 transactions over about 20 pages. */
    public static GeneratedDocument largeStatement(long seed) {
        Layout layout = new SplitColumnsStatement(500, 500);
        Rendered r = layout.render(Rng.derive(seed, "bench/large", 0)).get(0);
        return document("statement-large.pdf", layout, r);
    }

    static int pages(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static GeneratedDocument document(String name, Layout layout, Rendered r) {
        return new GeneratedDocument(name, layout.docType(), layout.name(), r.content(), r.contentType(), r.truth(),
                r.password(), r.hints());
    }
}
