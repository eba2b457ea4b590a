package io.taxstream.dashboard.web;

import io.javalin.http.sse.SseClient;
import io.taxstream.avro.DocumentStatus;
import io.taxstream.dashboard.Json;
import io.taxstream.dashboard.feed.DocumentSummary;
import io.taxstream.dashboard.feed.FeedListener;
import io.taxstream.dashboard.feed.RecentDocuments;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Server-sent events for open pages ({@code GET /api/events}): an {@code overview} event at every
 * refresh, and {@code documents} events (batched every quarter second) as documents move through
 * the stages. All sends happen on one thread, so a client never gets two events interleaved.
 */
public final class LiveEvents implements FeedListener, AutoCloseable {

    private static final long FLUSH_MILLIS = 250;

    private final Overview overview;
    private final RecentDocuments recent;
    private final Duration refresh;
    private final Set<SseClient> clients = ConcurrentHashMap.newKeySet();
    private final Set<String> changed = new LinkedHashSet<>();
    private final ScheduledExecutorService executor;

    public LiveEvents(Overview overview, RecentDocuments recent, Duration refresh) {
        this.overview = overview;
        this.recent = recent;
        this.refresh = refresh;
        this.executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "taxstream-dashboard-live");
            t.setDaemon(true);
            return t;
        });
    }

    public LiveEvents start() {
        executor.scheduleWithFixedDelay(this::pushOverview, refresh.toMillis(), refresh.toMillis(), TimeUnit.MILLISECONDS);
        executor.scheduleWithFixedDelay(this::flushDocuments, FLUSH_MILLIS, FLUSH_MILLIS, TimeUnit.MILLISECONDS);
        return this;
    }

    /** The SSE handler: keeps the connection open and sends the current overview at once. */
    public void subscribe(SseClient client) {
        client.keepAlive();
        client.onClose(() -> clients.remove(client));
        clients.add(client);
        executor.execute(() -> send(client, "overview", Json.write(overview.snapshot())));
    }

    /** Pages connected now. */
    public int clients() {
        return clients.size();
    }

    @Override
    public void onStatus(DocumentStatus status) {
        synchronized (changed) {
            changed.add(status.getDocumentId());
        }
    }

    private void pushOverview() {
        if (!clients.isEmpty()) {
            broadcast("overview", Json.write(overview.snapshot()));
        }
    }

    private void flushDocuments() {
        List<String> ids;
        synchronized (changed) {
            ids = new ArrayList<>(changed);
            changed.clear();
        }
        if (ids.isEmpty() || clients.isEmpty()) {
            return;
        }
        List<DocumentSummary> summaries = ids.stream().map(recent::summary).flatMap(Optional::stream).toList();
        if (!summaries.isEmpty()) {
            broadcast("documents", Json.write(summaries));
        }
    }

    private void broadcast(String event, String data) {
        for (SseClient client : clients) {
            send(client, event, data);
        }
    }

    private void send(SseClient client, String event, String data) {
        if (client.terminated()) {
            clients.remove(client);
            return;
        }
        try {
            client.sendEvent(event, data);
        } catch (RuntimeException e) {
            clients.remove(client);
        }
    }

    /** Stops sending; the web server closes the connections themselves when it stops. */
    @Override
    public void close() {
        executor.shutdownNow();
        clients.clear();
    }
}
