package io.taxstream.processors.models;

/**
 * A configured model.
 *
 * @param name        its name, e.g. {@code phi3:mini}
 * @param parallelism requests it serves at once (the permits of its semaphore)
 * @param keepAlive   {@code keep_alive} sent with its requests
 */
public record ModelSpec(String name, int parallelism, String keepAlive) {

    public ModelSpec {
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism of " + name + " must be at least 1");
        }
    }
}
