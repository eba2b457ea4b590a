package io.taxstream.serde;

import java.io.OutputStream;
import java.util.Arrays;

/**
 * An unsynchronized, reusable byte buffer for one thread's serializations (unlike
 * {@link java.io.ByteArrayOutputStream}, whose every write takes a lock).
 */
final class GrowableOutput extends OutputStream {

    private byte[] buffer;
    private int size;

    GrowableOutput(final int capacity) {
        this.buffer = new byte[capacity];
    }

    @Override
    public void write(final int b) {
        ensure(1);
        buffer[size++] = (byte) b;
    }

    @Override
    public void write(final byte[] bytes, final int offset, final int length) {
        ensure(length);
        System.arraycopy(bytes, offset, buffer, size, length);
        size += length;
    }

    /** Writes an int big-endian. */
    void writeInt(final int value) {
        ensure(4);
        buffer[size++] = (byte) (value >>> 24);
        buffer[size++] = (byte) (value >>> 16);
        buffer[size++] = (byte) (value >>> 8);
        buffer[size++] = (byte) value;
    }

    void reset() {
        size = 0;
    }

    int capacity() {
        return buffer.length;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(buffer, size);
    }

    private void ensure(final int more) {
        if (size + more > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + more));
        }
    }
}
