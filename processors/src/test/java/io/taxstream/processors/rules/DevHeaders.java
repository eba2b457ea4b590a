package io.taxstream.processors.rules;

import io.taxstream.avro.DocType;
import io.taxstream.corpus.CorpusGenerator;
import io.taxstream.corpus.CorpusSpec;
import io.taxstream.corpus.GeneratedDocument;
import io.taxstream.processors.layout.Layout;
import io.taxstream.processors.layout.Line;
import io.taxstream.processors.load.DocumentInput;
import io.taxstream.processors.load.Loaders;
import io.taxstream.processors.types.DocumentTypes;
import java.util.List;
import java.util.Set;

/** Development aid: prints every table header found in generated documents of one layout, with its columns and bounds. */
public final class DevHeaders {

    public static void main(String[] args) throws Exception {
        List<GeneratedDocument> docs = new CorpusGenerator().generate(new CorpusSpec(Long.parseLong(args[0]),
                Integer.parseInt(args[1]), List.of(CorpusSpec.Kind.valueOf(args[2])), Set.of()));
        for (GeneratedDocument g : docs) {
            if (!g.layout().contains(args.length > 3 ? args[3] : "")) {
                continue;
            }
            System.out.println("===== " + g.fileName() + " [" + g.layout() + "]");
            List<Line> lines = Layout.of(Loaders.standard().load(new DocumentInput(g.content(), g.contentType(), g.password(),
                    g.hints()))).lines();
            for (TableRule rule : DocumentTypes.of(DocType.valueOf(args[2])).tables()) {
                for (int i = 0; i < lines.size(); i++) {
                    TableHeader h = TableHeader.find(rule, lines, i);
                    if (h != null) {
                        StringBuilder sb = new StringBuilder(lines.get(i) + " lines=" + h.lineCount() + "\n   ");
                        for (int k = 0; k < h.columns().size(); k++) {
                            TableHeader.Column c = h.columns().get(k);
                            sb.append(String.format(java.util.Locale.ROOT, "%s[%.0f-%.0f] ", c.name(), c.left(), c.right()));
                            if (k + 1 < h.columns().size()) {
                                sb.append(String.format(java.util.Locale.ROOT, "|%.0f| ", h.bound(k)));
                            }
                        }
                        System.out.println(sb);
                    }
                }
            }
        }
    }
}
