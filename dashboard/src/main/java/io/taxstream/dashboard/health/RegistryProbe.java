package io.taxstream.dashboard.health;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Ready when one of the schema registry's URLs answers {@code GET /subjects} without a server error. An in-memory
 * registry ({@code memory://}) is always reachable.
 */
public final class RegistryProbe implements Probe {

    private final String urls;
    private final HttpClient http;
    private final Duration timeout;

    public RegistryProbe(String urls, Duration timeout) {
        this.urls = urls;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    @Override
    public String name() {
        return "schema-registry";
    }

    @Override
    public boolean required() {
        return true;
    }

    @Override
    public ProbeResult check() {
        String last = "no URL configured";
        for (String raw : urls.split(",")) {
            String url = raw.trim();
            if (url.startsWith("memory://")) {
                return new ProbeResult(name(), true, true, "in memory");
            }
            if (url.isEmpty()) {
                continue;
            }
            try {
                HttpRequest request = HttpRequest.newBuilder(URI.create(stripSlash(url) + "/subjects")).timeout(timeout).GET().build();
                int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status < 500) {
                    // reachable; a 401 only means the probe has no credentials
                    return new ProbeResult(name(), true, true, "answers (HTTP " + status + ")");
                }
                last = "answered " + status;
            } catch (IOException | IllegalArgumentException e) {
                last = "unreachable: " + e.getClass().getSimpleName();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new ProbeResult(name(), false, true, "interrupted");
            }
        }
        return new ProbeResult(name(), false, true, last);
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
