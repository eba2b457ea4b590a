package io.taxstream.serde;

import org.apache.avro.util.ClassSecurityValidator;
import org.apache.avro.util.ClassSecurityValidator.ClassSecurityPredicate;

/**
 * Trusts the generated package {@value #GENERATED_PACKAGE} in Avro's class validator, in one place.
 *
 * <p>Since Avro 1.11.4/1.12.0 every class that Avro loads by name ({@code SpecificData.getClass},
 * so every specific record a {@code SpecificDatumReader} creates) must pass
 * {@link ClassSecurityValidator}, which by default trusts only a few {@code java.lang}/{@code java.math}
 * classes plus what the system property {@code org.apache.avro.SERIALIZABLE_PACKAGES} lists. That
 * property is read once, when Avro's validator class initializes, so setting it from code is
 * unreliable; instead the global predicate is widened here, keeping whatever it trusted before.
 */
public final class AvroTrust {

    /** The package of the classes generated from our {@code .avsc} files. */
    public static final String GENERATED_PACKAGE = "io.taxstream.avro";

    private static boolean installed;

    private AvroTrust() {
    }

    /** Makes sure our generated package is trusted; cheap and idempotent. */
    public static synchronized void ensureTrusted() {
        if (installed) {
            return;
        }
        final ClassSecurityPredicate previous = ClassSecurityValidator.getGlobal();
        final ClassSecurityPredicate ours = type -> type.getName().startsWith(GENERATED_PACKAGE + ".");
        ClassSecurityValidator.setGlobal(ClassSecurityValidator.composite(previous, ours));
        installed = true;
    }
}
