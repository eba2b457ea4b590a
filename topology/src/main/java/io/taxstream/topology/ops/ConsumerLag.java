package io.taxstream.topology.ops;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsSpec;
import org.apache.kafka.clients.admin.ListGroupsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.GroupIdNotFoundException;

/**
 * Reads consumer-group lag with the Admin client: committed offsets against end offsets, per
 * partition. A partition the group has not committed on yet counts from its log start, so a new
 * group's backlog shows before its first commit. Works for classic and consumer groups (Kafka
 * Streams uses a classic group unless {@code group.protocol=streams}).
 */
public final class ConsumerLag {

    private final Admin admin;
    private final Duration timeout;

    public ConsumerLag(Admin admin, Duration timeout) {
        this.admin = admin;
        this.timeout = timeout;
    }

    /** The ids of the cluster's consumer groups, sorted. */
    public List<String> groups() {
        Collection<GroupListing> listed = await(admin.listGroups(ListGroupsOptions.forConsumerGroups()).valid());
        return listed.stream().map(GroupListing::groupId).sorted().toList();
    }

    /** A group's lag on every partition it has committed on or is assigned. */
    public GroupLag of(String group) {
        Map<TopicPartition, OffsetAndMetadata> committed = await(admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata());
        Members members = members(group);
        Set<TopicPartition> partitions = new HashSet<>(committed.keySet());
        partitions.addAll(members.assigned());
        return lag(group, partitions, committed, members);
    }

    /** A group's lag on the given partitions only (e.g. those assigned to this instance). */
    public GroupLag of(String group, Collection<TopicPartition> partitions) {
        if (partitions.isEmpty()) {
            return new GroupLag(group, List.of(), 0, 0, Instant.now());
        }
        ListConsumerGroupOffsetsSpec spec = new ListConsumerGroupOffsetsSpec().topicPartitions(partitions);
        Map<TopicPartition, OffsetAndMetadata> committed =
                await(admin.listConsumerGroupOffsets(Map.of(group, spec)).partitionsToOffsetAndMetadata(group));
        return lag(group, new HashSet<>(partitions), committed, new Members(Set.of(), 0, 0));
    }

    private GroupLag lag(String group, Set<TopicPartition> partitions, Map<TopicPartition, OffsetAndMetadata> committed,
                         Members members) {
        Map<TopicPartition, Long> ends = offsets(partitions, OffsetSpec.latest());
        Set<TopicPartition> uncommitted = new HashSet<>();
        for (TopicPartition tp : partitions) {
            if (committed.get(tp) == null) {
                uncommitted.add(tp);
            }
        }
        Map<TopicPartition, Long> starts = uncommitted.isEmpty() ? Map.of() : offsets(uncommitted, OffsetSpec.earliest());
        List<PartitionLag> out = new ArrayList<>();
        for (TopicPartition tp : partitions) {
            Long end = ends.get(tp);
            if (end == null) {
                continue; // the topic was deleted meanwhile
            }
            OffsetAndMetadata c = committed.get(tp);
            long from = c != null ? c.offset() : starts.getOrDefault(tp, 0L);
            out.add(new PartitionLag(tp.topic(), tp.partition(), from, end));
        }
        out.sort(Comparator.comparing(PartitionLag::topic).thenComparingInt(PartitionLag::partition));
        return new GroupLag(group, out, members.count(), members.hosts(), Instant.now());
    }

    private Map<TopicPartition, Long> offsets(Set<TopicPartition> partitions, OffsetSpec spec) {
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        partitions.forEach(tp -> request.put(tp, spec));
        Map<TopicPartition, ListOffsetsResultInfo> infos = await(admin.listOffsets(request).all());
        Map<TopicPartition, Long> out = new HashMap<>();
        infos.forEach((tp, info) -> out.put(tp, info.offset()));
        return out;
    }

    private Members members(String group) {
        try {
            ConsumerGroupDescription d = await(admin.describeConsumerGroups(List.of(group)).describedGroups().get(group));
            Set<TopicPartition> assigned = new HashSet<>();
            Set<String> hosts = new HashSet<>();
            for (MemberDescription m : d.members()) {
                assigned.addAll(m.assignment().topicPartitions());
                hosts.add(m.host());
            }
            return new Members(assigned, d.members().size(), hosts.size());
        } catch (LagUnavailableException e) {
            if (e.getCause() instanceof GroupIdNotFoundException) {
                return new Members(Set.of(), 0, 0);
            }
            throw e;
        }
    }

    private <T> T await(KafkaFuture<T> future) {
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new LagUnavailableException("cannot read consumer lag: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new LagUnavailableException("cannot read consumer lag: the cluster did not answer within " + timeout, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LagUnavailableException("interrupted while reading consumer lag", e);
        }
    }

    private record Members(Set<TopicPartition> assigned, int count, int hosts) {
    }

    /** The cluster could not be asked, or did not answer in time. */
    public static final class LagUnavailableException extends RuntimeException {

        LagUnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
