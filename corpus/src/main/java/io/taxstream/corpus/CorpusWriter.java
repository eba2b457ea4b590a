package io.taxstream.corpus;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a corpus to a folder: each document beside {@code <name>.truth.json}, plus
 * {@code passwords.json} and {@code hints.json} when any document has them.
 */
public final class CorpusWriter {

    private static final ObjectWriter JSON = new ObjectMapper().writer(
            new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));

    private CorpusWriter() {
    }

    public static void write(Path dir, List<GeneratedDocument> docs) throws IOException {
        Files.createDirectories(dir);
        Map<String, String> passwords = new LinkedHashMap<>();
        Map<String, Map<String, String>> hints = new LinkedHashMap<>();
        for (GeneratedDocument d : docs) {
            Files.write(dir.resolve(d.fileName()), d.content());
            Files.write(dir.resolve(stem(d.fileName()) + ".truth.json"), json(d.truth()));
            d.password().ifPresent(p -> passwords.put(d.fileName(), p));
            if (!d.hints().isEmpty()) {
                hints.put(d.fileName(), d.hints());
            }
        }
        if (!passwords.isEmpty()) {
            Files.write(dir.resolve("passwords.json"), json(passwords));
        }
        if (!hints.isEmpty()) {
            Files.write(dir.resolve("hints.json"), json(hints));
        }
    }

    /** The truth file name of a document: its name without the extension, plus {@code .truth.json}. */
    public static String truthFileName(String fileName) {
        return stem(fileName) + ".truth.json";
    }

    static byte[] json(Object value) throws IOException {
        return (JSON.writeValueAsString(value) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? fileName : fileName.substring(0, dot);
    }
}
