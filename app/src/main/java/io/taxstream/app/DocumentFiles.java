package io.taxstream.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The documents a command reads, with the passwords and hints that open them. */
final class DocumentFiles {

    @Parameters(paramLabel = "FILE|DIR", arity = "1..*", description = "documents, or folders of documents (recursively)")
    List<Path> files;

    @Option(names = "--passwords", paramLabel = "FILE", description = "JSON map of file name to password")
    Path passwords;

    @Option(names = "--hints", paramLabel = "FILE",
            description = "JSON map of file name to metadata hints (pan, tan, name, dob) for deriving passwords")
    Path hints;

    /** Every file named, folders expanded. */
    List<Path> all() {
        return Inputs.expand(files);
    }

    /** File name to password; empty without --passwords. */
    Map<String, String> passwordMap() {
        return Inputs.byFileName(passwords);
    }

    /** File name to hints; empty without --hints. */
    Map<String, Map<String, String>> hintMap() {
        return Inputs.hints(hints);
    }
}
