package io.taxstream.serde;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.avro.Schema;

/** Wraps a registry and counts the calls that a caching serde should make only once. */
final class CountingRegistry implements SchemaRegistryClient {

    final AtomicInteger registers = new AtomicInteger();
    final AtomicInteger lookups = new AtomicInteger();
    private final SchemaRegistryClient delegate;

    CountingRegistry(final SchemaRegistryClient delegate) {
        this.delegate = delegate;
    }

    @Override
    public int register(final String subject, final Schema schema) {
        registers.incrementAndGet();
        return delegate.register(subject, schema);
    }

    @Override
    public Schema getById(final int id) {
        lookups.incrementAndGet();
        return delegate.getById(id);
    }

    @Override
    public List<Integer> versions(final String subject) {
        return delegate.versions(subject);
    }

    @Override
    public RegisteredSchema latest(final String subject) {
        return delegate.latest(subject);
    }

    @Override
    public RegisteredSchema version(final String subject, final int version) {
        return delegate.version(subject, version);
    }

    @Override
    public boolean isCompatible(final String subject, final Schema schema) {
        return delegate.isCompatible(subject, schema);
    }
}
