package com.secutix.payments.platform.logging;

/**
 * Masks card numbers in everything a Logback pattern layout writes that may carry outside text: the
 * message ({@code %m}, {@code %msg}, {@code %message}), MDC values ({@code %X}, {@code %mdc}), key-value
 * pairs ({@code %kvp}) and exception traces ({@code %ex}, {@code %xEx}, {@code %rEx} and their long
 * forms, and {@code %maskedWEx}, Boot's {@code %wEx} masked, which {@link LogMaskingEnvironmentPostProcessor}
 * gives Boot's patterns): the messages of the exception, of its causes and of its suppressed
 * exceptions. Every logger is covered, Reactor Netty's access log ({@code reactor.netty.http.server.AccessLog})
 * included, in Boot's default patterns or a service's own {@code logging.pattern.*}. Structured (JSON)
 * logs are covered by {@link MaskingStructuredLogCustomizer}.
 *
 * <p>Not masked: Boot's {@code %wEx} / {@code %wex} named explicitly, and the exception of a pattern
 * that names no exception word at all (logback then appends its own converter).
 */
public final class LogMasking {

    private LogMasking() {
    }

    /** Call before logging is configured (the platform does it first thing, while the environment is prepared). */
    public static void install() {
        if (isLogbackPresent()) {
            LogbackMasking.install();
        }
    }

    private static boolean isLogbackPresent() {
        try {
            Class.forName("ch.qos.logback.classic.PatternLayout", false, LogMasking.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException absent) {
            return false;
        }
    }
}
