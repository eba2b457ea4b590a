package io.taxstream.dashboard.health;

/** One thing readiness depends on (or only reports, when not required). */
public interface Probe {

    String name();

    /** Whether the instance is not ready while this probe fails. */
    boolean required();

    /** Checks now; never throws, and returns within a few seconds. */
    ProbeResult check();

    /**
     * @param name     what was checked
     * @param ok       whether it is fine
     * @param required whether readiness depends on it
     * @param detail   a short description of what was found
     */
    record ProbeResult(String name, boolean ok, boolean required, String detail) {
    }
}
