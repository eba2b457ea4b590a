package io.taxstream.processors.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.taxstream.processors.llm.LlmException.Kind;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.UnresolvedAddressException;
import java.util.Locale;

/**
 * Classifies what ollama4j throws. ollama4j wraps everything in {@code OllamaException} and keeps
 * the server's error text as the message (the HTTP status is lost), so the kind comes from the
 * cause chain (timeouts, refused connections) and from Ollama's error wording.
 */
public final class OllamaErrors {

    private static final int MAX_MESSAGE = 160;

    private OllamaErrors() {
    }

    /** The kind of failure behind what ollama4j threw, for {@code model} (null for server-wide calls). */
    public static LlmException translate(Throwable error, String model) {
        if (Thread.currentThread().isInterrupted() || hasCause(error, InterruptedException.class)) {
            return new LlmException(Kind.INTERRUPTED, model, "interrupted", error);
        }
        if (hasCause(error, HttpTimeoutException.class)) {
            return new LlmException(Kind.TIMEOUT, model, "no answer in time", error);
        }
        if (hasCause(error, ConnectException.class) || hasCause(error, NoRouteToHostException.class)
                || hasCause(error, UnknownHostException.class) || hasCause(error, UnresolvedAddressException.class)
                || hasCause(error, ClosedChannelException.class)) {
            return new LlmException(Kind.OFFLINE, model, "server unreachable", error);
        }
        String text = messages(error).toLowerCase(Locale.ROOT);
        if (text.contains("requires more system memory") || text.contains("out of memory")
                || text.contains("insufficient memory")) {
            return new LlmException(Kind.OUT_OF_MEMORY, model, brief(text), error);
        }
        if (text.contains("not found") && (text.contains("model") || text.contains("pull"))) {
            return new LlmException(Kind.MODEL_NOT_FOUND, model, brief(text), error);
        }
        if (text.contains("connection refused")) {
            return new LlmException(Kind.OFFLINE, model, "server unreachable", error);
        }
        if (hasCause(error, JsonProcessingException.class)) {
            return new LlmException(Kind.INVALID_OUTPUT, model, "malformed response stream", null);
        }
        if (text.contains("invalid") && (text.contains("format") || text.contains("schema") || text.contains("option"))) {
            return new LlmException(Kind.BAD_REQUEST, model, brief(text), error);
        }
        if (hasCause(error, IOException.class)) {
            return new LlmException(Kind.SERVER_ERROR, model, "connection failed", error);
        }
        return new LlmException(Kind.SERVER_ERROR, model, brief(text), error);
    }

    private static boolean hasCause(Throwable error, Class<? extends Throwable> type) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String messages(Throwable error) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && !(t instanceof JsonProcessingException)) {
                sb.append(t.getMessage()).append(' ');
            }
        }
        return sb.toString();
    }

    /** The server's error text, bounded; Ollama's error texts carry no prompt content. */
    private static String brief(String text) {
        String t = text.strip();
        return t.length() <= MAX_MESSAGE ? t : t.substring(0, MAX_MESSAGE) + "…";
    }
}
