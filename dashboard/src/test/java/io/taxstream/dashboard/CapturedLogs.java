package io.taxstream.dashboard;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.AppenderBase;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.slf4j.LoggerFactory;

/** Everything logged while it is attached, formatted, with stack traces; our own loggers at DEBUG. */
final class CapturedLogs implements AutoCloseable {

    private final Queue<String> lines = new ConcurrentLinkedQueue<>();
    private final Appender appender = new Appender();
    private final Logger root;
    private final Logger ours;
    private final Level oursBefore;

    private final class Appender extends AppenderBase<ILoggingEvent> {
        @Override
        protected void append(ILoggingEvent event) {
            StringBuilder line = new StringBuilder(event.getLoggerName()).append(' ').append(event.getFormattedMessage());
            if (event.getThrowableProxy() != null) {
                line.append('\n').append(ThrowableProxyUtil.asString(event.getThrowableProxy()));
            }
            lines.add(line.toString());
        }
    }

    CapturedLogs() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ours = context.getLogger("io.taxstream");
        oursBefore = ours.getLevel();
        ours.setLevel(Level.DEBUG);
        appender.setContext(context);
        appender.start();
        root.addAppender(appender);
    }

    String text() {
        return String.join("\n", lines);
    }

    int lines() {
        return lines.size();
    }

    @Override
    public void close() {
        root.detachAppender(appender);
        appender.stop();
        ours.setLevel(oursBefore);
    }
}
