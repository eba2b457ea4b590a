package io.taxstream.processors.dev;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.taxstream.corpus.CorpusGenerator;
import io.taxstream.corpus.CorpusSpec;
import io.taxstream.corpus.GeneratedDocument;
import io.taxstream.processors.layout.Layout;
import io.taxstream.processors.layout.Line;
import io.taxstream.processors.layout.Segment;
import io.taxstream.processors.load.DocumentInput;
import io.taxstream.processors.load.Loaders;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Development aid: generates documents of one kind and prints each one's layout and truth. */
public final class DevDump {

    public static void main(String[] args) throws Exception {
        long seed = Long.parseLong(args[0]);
        int per = Integer.parseInt(args[1]);
        CorpusSpec.Kind kind = CorpusSpec.Kind.valueOf(args[2]);
        String filter = args.length > 3 ? args[3] : "";
        boolean truthOnly = System.getProperty("truthOnly") != null;
        List<GeneratedDocument> docs = new CorpusGenerator().generate(new CorpusSpec(seed, per, List.of(kind), Set.of()));
        ObjectMapper json = new ObjectMapper();
        for (GeneratedDocument g : docs) {
            if (!g.layout().contains(filter)) {
                continue;
            }
            System.out.println("===== " + g.fileName() + " [" + g.layout() + "]");
            System.out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(g.truth()));
            if (truthOnly) {
                continue;
            }
            Layout layout = Layout.of(Loaders.standard().load(new DocumentInput(g.content(), g.contentType(), g.password(), g.hints())));
            for (Line line : layout.lines()) {
                StringBuilder sb = new StringBuilder();
                sb.append(line.page()).append('.').append(line.index()).append(String.format(Locale.ROOT, " y=%.0f ", line.top()));
                for (Segment s : line.segments()) {
                    sb.append('[').append(Math.round(s.left())).append('-').append(Math.round(s.right())).append(' ').append(s.text()).append("] ");
                }
                System.out.println(sb);
            }
        }
    }
}
