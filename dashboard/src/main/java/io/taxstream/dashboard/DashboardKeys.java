package io.taxstream.dashboard;

import io.taxstream.processors.config.ConfigKey;

/**
 * Configuration keys of the dashboard and REST API, each defined here once. The largest file the
 * upload API accepts is the processors' {@code documents.max.bytes}.
 */
public final class DashboardKeys {

    public static final ConfigKey<Integer> PORT = ConfigKey.integer("dashboard.port", 7070,
            "port the dashboard and REST API listen on");
    public static final ConfigKey<String> ADVERTISED_HOST = ConfigKey.string("dashboard.advertised.host", "",
            "host name other instances reach this dashboard at, for application.server (empty: this machine's name)");
    public static final ConfigKey<String> API_TOKENS = ConfigKey.string("dashboard.api.tokens", "",
            "comma-separated API tokens, each 'name=token' or just 'token'; the upload API is closed while this is empty");
    public static final ConfigKey<String> PEER_TOKEN = ConfigKey.string("dashboard.peer.token", "",
            "API token this dashboard presents to the other instances' dashboards for cross-instance lookups (empty: rely on open networks)");
    public static final ConfigKey<String> OPEN_NETWORKS = ConfigKey.string("dashboard.open.networks", "127.0.0.1/32,::1/128",
            "comma-separated CIDR networks that may read the dashboard without a token (never the upload API)");
    public static final ConfigKey<Long> UPLOAD_MAX_REQUEST_BYTES = ConfigKey.longValue("dashboard.upload.max.request.bytes",
            100L * 1024 * 1024, "largest upload request (all files together), in bytes");
    public static final ConfigKey<Integer> UPLOAD_MAX_FILES = ConfigKey.integer("dashboard.upload.max.files", 100,
            "most files in one upload request");
    public static final ConfigKey<Long> REFRESH_MS = ConfigKey.longValue("dashboard.refresh.ms", 1000,
            "how often the overview is pushed to open pages");
    public static final ConfigKey<Long> LAG_INTERVAL_MS = ConfigKey.longValue("dashboard.lag.interval.ms", 5000,
            "how often consumer lag is read from the cluster");
    public static final ConfigKey<String> LAG_GROUPS = ConfigKey.string("dashboard.lag.groups", "",
            "comma-separated consumer groups to watch; empty for the platform's application.id, * for every group");
    public static final ConfigKey<Long> SCALING_DRAIN_SECONDS = ConfigKey.longValue("dashboard.scaling.drain.seconds", 60,
            "time in which the recommended replicas should work off the current lag");
    public static final ConfigKey<Integer> SCALING_MIN_REPLICAS = ConfigKey.integer("dashboard.scaling.min.replicas", 1,
            "fewest replicas /api/scaling recommends");
    public static final ConfigKey<Integer> SCALING_MAX_REPLICAS = ConfigKey.integer("dashboard.scaling.max.replicas", 10,
            "most replicas /api/scaling recommends");
    public static final ConfigKey<Double> SCALING_ASSUMED_RATE = ConfigKey.decimal("dashboard.scaling.assumed.rate", 1.0,
            "records per second one replica is assumed to process before a rate has been measured");
    public static final ConfigKey<Long> SCALING_RATE_WINDOW_SECONDS = ConfigKey.longValue("dashboard.scaling.rate.window.seconds", 60,
            "window over which the processing rate is measured from committed offsets");
    public static final ConfigKey<Long> MEMORY_LIMIT_BYTES = ConfigKey.longValue("dashboard.memory.limit.bytes", 0,
            "memory the process may use (RSS); 0 to take the container's cgroup limit when there is one");
    public static final ConfigKey<Double> MEMORY_ALERT_RATIO = ConfigKey.decimal("dashboard.memory.alert.ratio", 0.8,
            "share of the heap maximum or of the memory limit at which the dashboard raises an alert");
    public static final ConfigKey<Long> FEED_REPLAY_MINUTES = ConfigKey.longValue("dashboard.feed.replay.minutes", 15,
            "minutes of document-status and result history read at start, to fill the charts and recent documents");
    public static final ConfigKey<Integer> RECENT_DOCUMENTS = ConfigKey.integer("dashboard.recent.documents", 2000,
            "documents whose stage history the dashboard keeps in memory");
    public static final ConfigKey<Integer> THROUGHPUT_WINDOW_MINUTES = ConfigKey.integer("dashboard.throughput.window.minutes", 10,
            "minutes of throughput the overview chart shows");

    private DashboardKeys() {
    }
}
