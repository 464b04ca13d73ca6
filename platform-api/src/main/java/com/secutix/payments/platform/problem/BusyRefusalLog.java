package com.secutix.payments.platform.problem;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;

/**
 * What an instance that sheds load tells its operators. A busy instance answers hundreds of requests a second with
 * a 503 it chose ({@link ServiceUnavailableException} without a cause: too busy, nothing was done, the client
 * retries with the same key; or a dependency's own 5xx relayed, which that dependency logs), so one warning line
 * stands for all of an interval's, the first at once. Each is also counted by the server's request metrics
 * ({@code http.server.requests}, status 503).
 */
final class BusyRefusalLog {

    static final Duration INTERVAL = Duration.ofSeconds(10);

    private final Logger log;
    private final Clock clock;
    private Instant lastWarning = Instant.MIN;
    private long refusedSinceLastWarning;

    BusyRefusalLog(Logger log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    void refused(String method, String path, String detail) {
        long refused;
        synchronized (this) {
            refusedSinceLastWarning++;
            Instant now = clock.instant();
            if (now.isBefore(lastWarning.plus(INTERVAL))) {
                return;
            }
            refused = refusedSinceLastWarning;
            refusedSinceLastWarning = 0;
            lastWarning = now;
        }
        log.warn("Answered {} request(s) with 503 Service Unavailable since the last such warning (at most one every {} s);"
                + " the latest, {} {}: {}", refused, INTERVAL.toSeconds(), method, path, detail);
    }
}
