package com.secutix.payments.platform.logging;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.slf4j.LoggerFactory;

/**
 * Commons Logging, through which Spring and Spring Security log, bound to SLF4J with each level checked before a
 * message is rendered ({@link LevelCheckedLog}). Commons Logging's own SLF4J binding (1.3, which Spring Framework 7
 * uses instead of its former {@code spring-jcl}) calls {@code String.valueOf(message)} before SLF4J looks at the
 * level, so the lazy {@code LogMessage} of every {@code logger.debug(LogMessage.format(...))} was formatted with
 * {@code String.format} and thrown away: Spring Security does that for every path matcher and authorization rule it
 * tries, on every request, with DEBUG off (3 % of checkout-bff's CPU on the box office's path, docs/performance.md).
 * Spring fixed its own {@code LogAccessor} (spring-framework#37266), not the callers of {@code Log} itself.
 *
 * <p>Commons Logging finds this factory with {@link java.util.ServiceLoader}
 * ({@code META-INF/services/org.apache.commons.logging.LogFactory}) before its built-in bindings.
 */
public final class LevelCheckedLogFactory extends LogFactory {

    private final ConcurrentMap<String, Log> logs = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Object> attributes = new ConcurrentHashMap<>();

    @Override
    public Log getInstance(Class<?> type) {
        return getInstance(type.getName());
    }

    @Override
    public Log getInstance(String name) {
        return logs.computeIfAbsent(name, logger -> new LevelCheckedLog(LoggerFactory.getLogger(logger)));
    }

    @Override
    public void release() {
        logs.clear();
    }

    @Override
    public Object getAttribute(String name) {
        return attributes.get(name);
    }

    @Override
    public String[] getAttributeNames() {
        return attributes.keySet().toArray(String[]::new);
    }

    @Override
    public void removeAttribute(String name) {
        attributes.remove(name);
    }

    @Override
    public void setAttribute(String name, Object value) {
        if (value == null) {
            attributes.remove(name);
        } else {
            attributes.put(name, value);
        }
    }
}
