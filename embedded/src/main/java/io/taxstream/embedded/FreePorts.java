package io.taxstream.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

/** Picks free loopback ports. A port is free when picked; a race with another process is possible but rare. */
final class FreePorts {

    private FreePorts() {
    }

    /** Picks {@code count} distinct free ports. */
    static int[] pick(final int count) {
        final List<ServerSocket> sockets = new ArrayList<>();
        try {
            final int[] ports = new int[count];
            for (int i = 0; i < count; i++) {
                final ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                socket.setReuseAddress(true);
                sockets.add(socket);
                ports[i] = socket.getLocalPort();
            }
            return ports;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot find a free port on the loopback address", e);
        } finally {
            for (final ServerSocket socket : sockets) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // the port is released either way
                }
            }
        }
    }

    /** The given port, or a free one when it is 0. */
    static int orFree(final int port) {
        return port != 0 ? port : pick(1)[0];
    }
}
