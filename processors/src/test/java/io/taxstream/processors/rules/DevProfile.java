package io.taxstream.processors.rules;

import io.taxstream.avro.DocType;
import io.taxstream.corpus.BenchmarkDocuments;
import io.taxstream.corpus.GeneratedDocument;
import io.taxstream.processors.layout.Layout;
import io.taxstream.processors.load.DocumentInput;
import io.taxstream.processors.load.Loaders;
import io.taxstream.processors.model.Document;
import io.taxstream.processors.types.DocumentType;
import io.taxstream.processors.types.DocumentTypes;

/** Development aid: time per stage of extracting the large statement. */
public final class DevProfile {

    public static void main(String[] args) throws Exception {
        GeneratedDocument g = BenchmarkDocuments.largeStatement(1);
        Document d = Loaders.standard().load(new DocumentInput(g.content(), g.contentType(), g.password(), g.hints()));
        DocumentType type = DocumentTypes.of(DocType.BANK_STATEMENT);
        DescribedExtractor ex = new DescribedExtractor(type);
        FieldFinder finder = new FieldFinder(java.util.regex.Pattern.compile("(?!)"));
        double[] min = {1e9, 1e9, 1e9, 1e9};
        for (int round = 0; round < Integer.getInteger("rounds", 8); round++) {
            long t0 = System.nanoTime();
            Layout layout = Layout.of(d);
            long t1 = System.nanoTime();
            for (FieldRule r : type.fieldRules()) {
                finder.find(r, layout.lines());
            }
            long t2 = System.nanoTime();
            for (TableRule t : type.tables()) {
                TableReader.read(t, layout.lines());
            }
            long t3 = System.nanoTime();
            ex.extract(layout);
            long t4 = System.nanoTime();
            min[0] = Math.min(min[0], (t1 - t0) / 1e6);
            min[1] = Math.min(min[1], (t2 - t1) / 1e6);
            min[2] = Math.min(min[2], (t3 - t2) / 1e6);
            min[3] = Math.min(min[3], (t4 - t3) / 1e6);
        }
        System.out.printf("min: layout %.1f fields %.1f table %.1f whole-extract %.1f ms%n", min[0], min[1], min[2], min[3]);
    }
}
