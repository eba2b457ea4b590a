package io.taxstream.processors.dev;

import io.taxstream.avro.DocType;
import io.taxstream.processors.layout.Layout;
import io.taxstream.processors.load.DocumentInput;
import io.taxstream.processors.load.Loaders;
import io.taxstream.processors.rules.TableReader;
import io.taxstream.processors.rules.TableRule;
import io.taxstream.processors.types.DocumentTypes;
import java.nio.file.Files;
import java.nio.file.Path;

/** Development aid: prints the raw table rows (cells by column) of one PDF read as the given type. */
public final class FileRows {

    public static void main(String[] args) throws Exception {
        DocType type = DocType.valueOf(args[0]);
        for (int a = 1; a < args.length; a++) {
            byte[] bytes = Files.readAllBytes(Path.of(args[a]));
            System.out.println("===== " + args[a]);
            Layout layout = Layout.of(Loaders.standard().load(DocumentInput.of(bytes)));
            for (TableRule rule : DocumentTypes.of(type).tables()) {
                TableReader.Table t = TableReader.read(rule, layout.lines());
                t.rows().forEach(r -> System.out.println("ROW p" + r.page() + " " + r.cells()));
                t.totals().forEach(r -> System.out.println("TOTAL " + r.cells()));
                System.out.println("rows: " + t.rows().size());
            }
        }
    }
}
