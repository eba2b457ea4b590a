package io.taxstream.app;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/** Expands files and folders given on the command line, and reads the side files (passwords, hints). */
final class Inputs {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Inputs() {
    }

    /** Files as given, and the documents under folders (recursively, sorted; side files skipped). */
    static List<Path> expand(List<Path> given) {
        List<Path> out = new ArrayList<>();
        for (Path p : given) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(Inputs::isDocument).sorted().forEach(out::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list " + p, e);
                }
            } else if (Files.exists(p)) {
                out.add(p);
            } else {
                throw new UserError("no such file or folder: " + p);
            }
        }
        return out;
    }

    private static boolean isDocument(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.endsWith(".json") && !name.startsWith(".");
    }

    /**
     * A JSON map of file name → text (a password, a document id); a value is looked up by the file's
     * name or by its path as given.
     */
    static Map<String, String> byFileName(Path file) {
        return file == null ? Map.of() : readMap(file, new TypeReference<Map<String, String>>() { });
    }

    /** A JSON map of file name → metadata hints (pan, name, dob ...). */
    static Map<String, Map<String, String>> hints(Path file) {
        return file == null ? Map.of() : readMap(file, new TypeReference<Map<String, Map<String, String>>>() { });
    }

    static <V> V lookup(Map<String, V> byName, Path file) {
        V v = byName.get(file.toString());
        return v != null ? v : byName.get(file.getFileName().toString());
    }

    private static <T> T readMap(Path file, TypeReference<T> type) {
        if (!Files.isRegularFile(file)) {
            throw new UserError("no such file: " + file);
        }
        try {
            return JSON.readValue(file.toFile(), type);
        } catch (IOException e) {
            throw new UserError("cannot read " + file + " as a JSON map: " + e.getMessage());
        }
    }
}
