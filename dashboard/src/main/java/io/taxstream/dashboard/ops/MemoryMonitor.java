package io.taxstream.dashboard.ops;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * The JVM heap and the process's resident memory, against the heap maximum and the configured
 * memory limit (or the container's cgroup limit), with an alert at a share of either.
 */
public final class MemoryMonitor {

    private static final Path PROC_STATUS = Path.of("/proc/self/status");
    private static final List<Path> CGROUP_LIMITS = List.of(Path.of("/sys/fs/cgroup/memory.max"),
            Path.of("/sys/fs/cgroup/memory/memory.limit_in_bytes"));
    /** cgroup v1 reports "no limit" as a huge number. */
    private static final long NO_LIMIT = Long.MAX_VALUE / 2;

    private final long limit;
    private final double alertRatio;

    /**
     * @param configuredLimit bytes, or 0 to use the cgroup limit when there is one
     * @param alertRatio      e.g. 0.8
     */
    public MemoryMonitor(long configuredLimit, double alertRatio) {
        this.limit = configuredLimit > 0 ? configuredLimit : cgroupLimit().orElse(0);
        this.alertRatio = alertRatio;
    }

    public MemoryView snapshot() {
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        long heapMax = heap.getMax() > 0 ? heap.getMax() : Runtime.getRuntime().maxMemory();
        long rss = residentBytes().orElse(-1);
        List<String> alerts = new ArrayList<>();
        double heapRatio = heapMax > 0 ? (double) heap.getUsed() / heapMax : 0;
        if (heapRatio >= alertRatio) {
            alerts.add(String.format(Locale.ROOT, "heap at %.0f%% of its maximum", heapRatio * 100));
        }
        double rssRatio = limit > 0 && rss > 0 ? (double) rss / limit : 0;
        if (rssRatio >= alertRatio) {
            alerts.add(String.format(Locale.ROOT, "resident memory at %.0f%% of the limit", rssRatio * 100));
        }
        return new MemoryView(heap.getUsed(), heapMax, heapRatio, rss, limit, rssRatio, alertRatio, List.copyOf(alerts));
    }

    /** The process's resident set size from /proc, when the platform has it. */
    static OptionalLong residentBytes() {
        try {
            for (String line : Files.readAllLines(PROC_STATUS, StandardCharsets.US_ASCII)) {
                if (line.startsWith("VmRSS:")) {
                    String kb = line.substring(6).trim().split("\\s+")[0];
                    return OptionalLong.of(Long.parseLong(kb) * 1024);
                }
            }
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
        return OptionalLong.empty();
    }

    private static OptionalLong cgroupLimit() {
        for (Path p : CGROUP_LIMITS) {
            try {
                String value = Files.readString(p, StandardCharsets.US_ASCII).trim();
                if (!value.equals("max")) {
                    long bytes = Long.parseLong(value);
                    if (bytes > 0 && bytes < NO_LIMIT) {
                        return OptionalLong.of(bytes);
                    }
                }
            } catch (IOException | RuntimeException e) {
                // not in a container, or no limit: try the next form
            }
        }
        return OptionalLong.empty();
    }

    /**
     * @param heapUsed   bytes of heap in use
     * @param heapMax    the heap's maximum
     * @param heapRatio  used ÷ maximum
     * @param rss        resident bytes, -1 when unknown
     * @param limit      the memory limit, 0 when there is none
     * @param rssRatio   resident ÷ limit, 0 without a limit
     * @param alertRatio the ratio that raises an alert
     * @param alerts     what is at or above the ratio, in words
     */
    public record MemoryView(long heapUsed, long heapMax, double heapRatio, long rss, long limit, double rssRatio,
                             double alertRatio, List<String> alerts) {
    }
}
