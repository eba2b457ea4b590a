package io.taxstream.serde;

/**
 * A schema registry refused or failed a request. {@link #errorCode()} is the Confluent error code
 * (for instance {@value #SUBJECT_NOT_FOUND}), or {@value #NO_ERROR_CODE} when the registry could not
 * be reached or gave none.
 */
public class SchemaRegistryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** No error code: a connection failure or an answer without one. */
    public static final int NO_ERROR_CODE = -1;
    /** The subject does not exist (HTTP 404). */
    public static final int SUBJECT_NOT_FOUND = 40401;
    /** The subject has no such version (HTTP 404). */
    public static final int VERSION_NOT_FOUND = 40402;
    /** No schema has that id (HTTP 404). */
    public static final int SCHEMA_NOT_FOUND = 40403;
    /** The schema is incompatible with earlier versions (HTTP 409). */
    public static final int INCOMPATIBLE_SCHEMA = 409;
    /** The schema is not a valid Avro schema (HTTP 422). */
    public static final int INVALID_SCHEMA = 42201;
    /** The version is neither a positive number nor "latest" (HTTP 422). */
    public static final int INVALID_VERSION = 42202;
    /** Unknown compatibility level (HTTP 422). */
    public static final int INVALID_COMPATIBILITY_LEVEL = 42203;
    /** The registry could not store a registration (HTTP 500). */
    public static final int STORE_ERROR = 50001;

    private final int errorCode;

    /** Creates an exception with an error code, which may be {@link #NO_ERROR_CODE}. */
    public SchemaRegistryException(final int errorCode, final String message) {
        this(errorCode, message, null);
    }

    /** Creates an exception with an error code and a cause. */
    public SchemaRegistryException(final int errorCode, final String message, final Throwable cause) {
        super(message, cause);
        this.errorCode = errorCode;
    }

    /** The Confluent error code, or {@link #NO_ERROR_CODE}. */
    public int errorCode() {
        return errorCode;
    }

    /** The HTTP status that goes with the error code: 40401 → 404, 409 → 409, none → 500. */
    public int httpStatus() {
        if (errorCode == NO_ERROR_CODE) {
            return 500;
        }
        return errorCode >= 10_000 ? errorCode / 100 : errorCode;
    }

    /** True for the three "not found" codes. */
    public boolean isNotFound() {
        return httpStatus() == 404;
    }
}
