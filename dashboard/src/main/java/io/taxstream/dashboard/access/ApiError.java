package io.taxstream.dashboard.access;

/**
 * A request the API refuses, with the status and a message safe to show (it never carries a
 * token, a password or document content). Rendered as {@code {"error": message}}.
 */
public final class ApiError extends RuntimeException {

    private final int status;
    private final String challenge;

    private ApiError(int status, String message, String challenge) {
        super(message, null, false, false);
        this.status = status;
        this.challenge = challenge;
    }

    public static ApiError of(int status, String message) {
        return new ApiError(status, message, null);
    }

    /** 401 with a {@code WWW-Authenticate} challenge. */
    public static ApiError unauthorized(String message, String challenge) {
        return new ApiError(401, message, challenge);
    }

    public int status() {
        return status;
    }

    /** The {@code WWW-Authenticate} value to send, or null. */
    public String challenge() {
        return challenge;
    }
}
