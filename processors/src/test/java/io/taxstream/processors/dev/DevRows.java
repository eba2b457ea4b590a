package io.taxstream.processors.dev;

import io.taxstream.avro.DocType;
import io.taxstream.corpus.CorpusGenerator;
import io.taxstream.corpus.CorpusSpec;
import io.taxstream.corpus.GeneratedDocument;
import io.taxstream.processors.layout.Layout;
import io.taxstream.processors.load.DocumentInput;
import io.taxstream.processors.load.Loaders;
import io.taxstream.processors.rules.TableReader;
import io.taxstream.processors.rules.TableRule;
import io.taxstream.processors.types.DocumentTypes;
import java.util.List;
import java.util.Set;

/** Development aid: prints the raw table rows (cells by column) of generated documents of one layout. */
public final class DevRows {

    public static void main(String[] args) throws Exception {
        long seed = Long.parseLong(args[0]);
        int per = Integer.parseInt(args[1]);
        CorpusSpec.Kind kind = CorpusSpec.Kind.valueOf(args[2]);
        String filter = args.length > 3 ? args[3] : "";
        int max = args.length > 4 ? Integer.parseInt(args[4]) : 8;
        List<GeneratedDocument> docs = new CorpusGenerator().generate(new CorpusSpec(seed, per, List.of(kind), Set.of()));
        for (GeneratedDocument g : docs) {
            if (!g.layout().contains(filter)) {
                continue;
            }
            System.out.println("===== " + g.fileName() + " [" + g.layout() + "]");
            Layout layout = Layout.of(Loaders.standard().load(new DocumentInput(g.content(), g.contentType(), g.password(), g.hints())));
            for (TableRule rule : DocumentTypes.of(DocType.valueOf(kind.name())).tables()) {
                TableReader.Table t = TableReader.read(rule, layout.lines());
                t.rows().stream().limit(max).forEach(r -> System.out.println("ROW p" + r.page() + " " + r.cells()));
                t.totals().forEach(r -> System.out.println("TOTAL " + r.cells()));
                System.out.println("rows: " + t.rows().size());
            }
        }
    }
}
