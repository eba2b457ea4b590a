package io.taxstream.serde;

/**
 * The Confluent wire format: magic byte 0, the schema id as a 4-byte big-endian int, then the Avro
 * binary encoding of the value.
 */
public final class WireFormat {

    /** The only magic byte there is. */
    public static final byte MAGIC_BYTE = 0;
    /** Magic byte and schema id. */
    public static final int HEADER_SIZE = 5;

    private WireFormat() {
    }

    /** The registry subject of a topic's keys or values: {@code <topic>-key} or {@code <topic>-value}. */
    public static String subject(final String topic, final boolean isKey) {
        return topic + (isKey ? "-key" : "-value");
    }
}
