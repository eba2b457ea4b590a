package io.taxstream.app;

/** A mistake in what the user asked for (a missing file, a bad flag value); exit code 2. */
final class UserError extends RuntimeException {

    UserError(String message) {
        super(message);
    }
}
