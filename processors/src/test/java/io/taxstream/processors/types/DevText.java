package io.taxstream.processors.types;

import io.taxstream.avro.DocType;
import io.taxstream.avro.ExtractionResult;
import java.nio.file.Files;
import java.nio.file.Path;

/** Development aid: extracts a plain-text file as a type and prints status, fields and items. */
public final class DevText {

    public static void main(String[] args) throws Exception {
        ExtractionResult r = TextExtraction.extract(DocType.valueOf(args[0]), Files.readString(Path.of(args[1])));
        System.out.println(r.getStatus() + " " + r.getReason());
        new java.util.TreeMap<>(TextExtraction.fields(r)).forEach((k, v) -> System.out.println("  " + k + " = " + v));
        TextExtraction.items(r).forEach(i -> System.out.println("  - " + new java.util.TreeMap<>(i)));
        r.getValidation().forEach(v -> System.out.println("  ! " + v.getRule() + " " + v.getSeverity() + " " + v.getMessage()));
    }
}
