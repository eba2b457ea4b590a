package io.taxstream.processors.dev;

import io.taxstream.processors.layout.Layout;
import io.taxstream.processors.layout.Line;
import io.taxstream.processors.layout.Segment;
import io.taxstream.processors.load.DocumentInput;
import io.taxstream.processors.load.Loaders;
import java.nio.file.Files;
import java.nio.file.Path;

/** Development aid: prints a document's lines and segments with their x positions. */
public final class DumpLayout {

    public static void main(String[] args) throws Exception {
        byte[] bytes = Files.readAllBytes(Path.of(args[0]));
        Layout layout = Layout.of(Loaders.standard().load(DocumentInput.of(bytes)));
        for (Line line : layout.lines()) {
            StringBuilder sb = new StringBuilder();
            sb.append(line.page()).append('.').append(line.index()).append(String.format(" y=%.0f ", line.top()));
            for (Segment s : line.segments()) {
                sb.append('[').append(Math.round(s.left())).append('-').append(Math.round(s.right())).append(' ').append(s.text()).append("] ");
            }
            System.out.println(sb);
        }
    }
}
