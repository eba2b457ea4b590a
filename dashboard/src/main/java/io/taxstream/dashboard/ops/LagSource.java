package io.taxstream.dashboard.ops;

/** The latest consumer-lag reading; cheap to call (it never asks the cluster itself). */
@FunctionalInterface
public interface LagSource {

    LagSnapshot latest();
}
