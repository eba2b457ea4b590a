package io.taxstream.processors.rules;

import io.taxstream.avro.DocType;
import io.taxstream.processors.layout.Layout;
import io.taxstream.processors.layout.Line;
import io.taxstream.processors.load.DocumentInput;
import io.taxstream.processors.load.TextDocumentLoader;
import io.taxstream.processors.types.DocumentTypes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Development aid: the headers and rows a type's tables read in a plain-text file. */
public final class DevTextTable {

    public static void main(String[] args) throws Exception {
        List<Line> lines = Layout.of(new TextDocumentLoader().load(DocumentInput.of(Files.readAllBytes(Path.of(args[1]))))).lines();
        for (TableRule rule : DocumentTypes.of(DocType.valueOf(args[0])).tables()) {
            for (int i = 0; i < lines.size(); i++) {
                TableHeader h = TableHeader.find(rule, lines, i);
                if (h != null) {
                    StringBuilder sb = new StringBuilder("HEADER " + lines.get(i) + "\n  ");
                    h.columns().forEach(c -> sb.append(c.name()).append('[').append(Math.round(c.left())).append('-')
                            .append(Math.round(c.right())).append("] "));
                    System.out.println(sb);
                }
            }
            TableReader.Table t = TableReader.read(rule, lines);
            t.rows().forEach(r -> System.out.println("ROW " + r.cells().entrySet().stream()
                    .filter(e -> !e.getKey().equals(TableReader.CONTEXT)).toList()));
            t.totals().forEach(r -> System.out.println("TOTAL " + r.cells()));
        }
    }
}
