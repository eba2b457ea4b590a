package io.taxstream.app;

import java.util.concurrent.CountDownLatch;

/**
 * Waits for Ctrl-C and lets the command close its resources before the JVM exits: the shutdown
 * hook releases the waiting command, then waits until it has finished closing.
 */
final class Lifecycle {

    private final CountDownLatch stopRequested = new CountDownLatch(1);
    private final CountDownLatch closed = new CountDownLatch(1);

    Lifecycle() {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopRequested.countDown();
            try {
                closed.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "taxstream-shutdown"));
    }

    /** Blocks until Ctrl-C (or another shutdown signal). */
    void awaitStop() throws InterruptedException {
        stopRequested.await();
    }

    /** Called when everything is closed: lets the JVM exit. */
    void closed() {
        closed.countDown();
    }
}
