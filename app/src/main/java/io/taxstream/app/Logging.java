package io.taxstream.app;

import org.slf4j.bridge.SLF4JBridgeHandler;

/** Routes java.util.logging (used by some libraries) through slf4j; logback writes to stderr. */
final class Logging {

    private Logging() {
    }

    static void install() {
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
    }
}
