package com.secutix.payments.testsupport;

import reactor.blockhound.BlockHound;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * BlockHound in every {@link PlatformIntegrationTest} JVM: a blocking call (a socket or file read, a
 * {@code Thread.sleep}, a lock wait, a {@code Mono.block()}) on a Reactor or Netty event-loop thread fails
 * the request it happens in with {@code BlockingOperationError}, so a service test that takes that path
 * fails. Installed once per JVM, before the first application context starts.
 *
 * <p>Allowed, as BlockHound's own integrations do for the libraries they know: writing a log line (the
 * console appender writes synchronously; production logs go to a buffered stream) and reading the
 * entropy pool when a {@code SecureRandom} seeds itself, once per JVM.
 */
final class EventLoopGuard {

    private static final AtomicBoolean INSTALLED = new AtomicBoolean();

    private EventLoopGuard() {
    }

    static void install() {
        if (!INSTALLED.compareAndSet(false, true)) {
            return;
        }
        // install(...) also applies the integrations found on the class path: Reactor's, which marks its
        // schedulers' threads as event loops, and Netty's (a bare BlockHound.builder() would apply none)
        BlockHound.install(builder -> builder
                .allowBlockingCallsInside("ch.qos.logback.core.OutputStreamAppender", "writeBytes")
                .allowBlockingCallsInside("ch.qos.logback.core.OutputStreamAppender", "subAppend")
                .allowBlockingCallsInside("java.security.SecureRandom", "nextBytes")
                .allowBlockingCallsInside("java.security.SecureRandom", "getInstance")
                .allowBlockingCallsInside("java.util.UUID", "randomUUID"));
    }
}
