package io.taxstream.processors.load;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;

/**
 * An output stream that counts what a decoder writes and fails as soon as the count passes a
 * limit; it keeps the bytes only when a further filter needs them.
 */
final class BoundedSink extends OutputStream {

    private final long limit;
    private final ByteArrayOutputStream kept;
    private long count;

    BoundedSink(long limit, boolean keep) {
        this.limit = limit;
        this.kept = keep ? new ByteArrayOutputStream() : null;
    }

    @Override
    public void write(int b) {
        grow(1);
        if (kept != null) {
            kept.write(b);
        }
    }

    @Override
    public void write(byte[] b, int off, int len) {
        grow(len);
        if (kept != null) {
            kept.write(b, off, len);
        }
    }

    long count() {
        return count;
    }

    byte[] kept() {
        return kept.toByteArray();
    }

    /** For decoders that swallow exceptions from their output: fails if the limit was passed anyway. */
    void checkWithin() {
        if (count > limit) {
            throw new ContentBudget.Exceeded();
        }
    }

    private void grow(int len) {
        count += len;
        checkWithin();
    }
}
