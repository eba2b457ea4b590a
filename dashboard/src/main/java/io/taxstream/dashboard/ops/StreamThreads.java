package io.taxstream.dashboard.ops;

import io.taxstream.topology.scaling.AutoscalerStatus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.TaskMetadata;
import org.apache.kafka.streams.ThreadMetadata;

/** This process's stream threads and the tasks assigned to them, with the autoscaler's view. */
public final class StreamThreads {

    private final Supplier<KafkaStreams> streams;
    private final Supplier<Optional<AutoscalerStatus>> autoscaler;

    /**
     * @param streams    the instance in this process, or a supplier of null for a dashboard that runs alone
     * @param autoscaler the autoscaler's last view, when it runs
     */
    public StreamThreads(Supplier<KafkaStreams> streams, Supplier<Optional<AutoscalerStatus>> autoscaler) {
        this.streams = streams;
        this.autoscaler = autoscaler;
    }

    /** For a dashboard that runs apart from the workers. */
    public static StreamThreads none() {
        return new StreamThreads(() -> null, Optional::empty);
    }

    public ThreadsView snapshot() {
        KafkaStreams s = streams.get();
        if (s == null) {
            return new ThreadsView(false, "NOT_IN_THIS_PROCESS", List.of(), null);
        }
        List<ThreadView> threads = new ArrayList<>();
        try {
            for (ThreadMetadata t : s.metadataForLocalThreads()) {
                threads.add(new ThreadView(t.threadName(), t.threadState(), tasks(t.activeTasks()), tasks(t.standbyTasks())));
            }
        } catch (IllegalStateException e) {
            // not started or already closed: no threads to show
        }
        threads.sort(Comparator.comparing(ThreadView::name));
        return new ThreadsView(true, s.state().name(), threads, autoscaler.get().orElse(null));
    }

    private static List<TaskView> tasks(Set<TaskMetadata> tasks) {
        return tasks.stream()
                .map(t -> new TaskView(t.taskId().toString(), t.topicPartitions().stream()
                        .map(tp -> tp.topic() + "-" + tp.partition()).sorted().toList()))
                .sorted(Comparator.comparing(TaskView::task))
                .toList();
    }

    /**
     * @param inProcess  whether a worker runs in this process
     * @param state      its Kafka Streams state
     * @param threads    its threads
     * @param autoscaler the autoscaler's last view, or null
     */
    public record ThreadsView(boolean inProcess, String state, List<ThreadView> threads, AutoscalerStatus autoscaler) {
    }

    /** One stream thread and its tasks. */
    public record ThreadView(String name, String state, List<TaskView> active, List<TaskView> standby) {
    }

    /** One task and its input partitions. */
    public record TaskView(String task, List<String> partitions) {
    }
}
