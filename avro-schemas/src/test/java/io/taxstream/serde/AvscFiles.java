package io.taxstream.serde;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.avro.Schema;

/**
 * Parses a folder of {@code .avsc} files the way the build does: {@code common/} first, then files
 * that others refer to, then the rest, all with one parser so that names resolve.
 */
final class AvscFiles {

    /** Files that others refer to, parsed before them. */
    private static final List<String> SHARED = List.of("PreparedDocument.avsc");

    private AvscFiles() {
    }

    /** Every named type (records, enums, fixed) defined in the folder, by full name. */
    static Map<String, Schema> namedTypes(final Path folder) {
        final Schema.Parser parser = new Schema.Parser();
        for (final Path file : files(folder)) {
            try {
                parser.parse(file.toFile());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + file, e);
            } catch (RuntimeException e) {
                throw new IllegalStateException("Cannot parse " + file + ": " + e.getMessage(), e);
            }
        }
        return new TreeMap<>(parser.getTypes());
    }

    /** The build's order (see the avro-maven-plugin imports in the pom): common/, shared records, the rest. */
    private static int rank(final Path file) {
        if (file.getParent().getFileName().toString().equals("common")) {
            return 0;
        }
        return SHARED.contains(file.getFileName().toString()) ? 1 : 2;
    }

    private static List<Path> files(final Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> p.toString().endsWith(".avsc"))
                .sorted(Comparator.comparingInt(AvscFiles::rank).thenComparing(Path::toString))
                .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + folder, e);
        }
    }
}
