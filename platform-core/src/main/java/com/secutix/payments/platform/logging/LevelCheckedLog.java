package com.secutix.payments.platform.logging;

import org.apache.commons.logging.Log;
import org.slf4j.Logger;
import org.slf4j.spi.LocationAwareLogger;

/**
 * A Commons Logging {@link Log} on an SLF4J logger that renders a message ({@code String.valueOf}) only once its level
 * is known to be enabled; the caller's location is the class that called this log ({@link LevelCheckedLogFactory}).
 * FATAL is logged as ERROR, as SLF4J has no FATAL.
 */
final class LevelCheckedLog implements Log {

    private static final String FQCN = LevelCheckedLog.class.getName();

    private final Logger logger;

    LevelCheckedLog(Logger logger) {
        this.logger = logger;
    }

    @Override
    public boolean isTraceEnabled() {
        return logger.isTraceEnabled();
    }

    @Override
    public boolean isDebugEnabled() {
        return logger.isDebugEnabled();
    }

    @Override
    public boolean isInfoEnabled() {
        return logger.isInfoEnabled();
    }

    @Override
    public boolean isWarnEnabled() {
        return logger.isWarnEnabled();
    }

    @Override
    public boolean isErrorEnabled() {
        return logger.isErrorEnabled();
    }

    @Override
    public boolean isFatalEnabled() {
        return logger.isErrorEnabled();
    }

    @Override
    public void trace(Object message) {
        trace(message, null);
    }

    @Override
    public void trace(Object message, Throwable failure) {
        if (logger.isTraceEnabled()) {
            log(LocationAwareLogger.TRACE_INT, message, failure);
        }
    }

    @Override
    public void debug(Object message) {
        debug(message, null);
    }

    @Override
    public void debug(Object message, Throwable failure) {
        if (logger.isDebugEnabled()) {
            log(LocationAwareLogger.DEBUG_INT, message, failure);
        }
    }

    @Override
    public void info(Object message) {
        info(message, null);
    }

    @Override
    public void info(Object message, Throwable failure) {
        if (logger.isInfoEnabled()) {
            log(LocationAwareLogger.INFO_INT, message, failure);
        }
    }

    @Override
    public void warn(Object message) {
        warn(message, null);
    }

    @Override
    public void warn(Object message, Throwable failure) {
        if (logger.isWarnEnabled()) {
            log(LocationAwareLogger.WARN_INT, message, failure);
        }
    }

    @Override
    public void error(Object message) {
        error(message, null);
    }

    @Override
    public void error(Object message, Throwable failure) {
        if (logger.isErrorEnabled()) {
            log(LocationAwareLogger.ERROR_INT, message, failure);
        }
    }

    @Override
    public void fatal(Object message) {
        error(message, null);
    }

    @Override
    public void fatal(Object message, Throwable failure) {
        error(message, failure);
    }

    private void log(int level, Object message, Throwable failure) {
        String text = String.valueOf(message);
        if (logger instanceof LocationAwareLogger locationAware) {
            locationAware.log(null, FQCN, level, text, null, failure);
            return;
        }
        switch (level) {
            case LocationAwareLogger.TRACE_INT -> logger.trace(text, failure);
            case LocationAwareLogger.DEBUG_INT -> logger.debug(text, failure);
            case LocationAwareLogger.INFO_INT -> logger.info(text, failure);
            case LocationAwareLogger.WARN_INT -> logger.warn(text, failure);
            default -> logger.error(text, failure);
        }
    }
}
