package com.secutix.payments.platform.web.attempts;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Counts attempts (card entries, payments...) per {@link AttemptLimit}, tenant and subject in PostgreSQL,
 * so a limit holds across every instance of a service. Call {@link #count} just before the attempt,
 * once the request is known to be valid: the attempt is counted whatever its outcome. The count joins the
 * caller's transaction, if any (the gateway counts a payment in the transaction that stores it): an
 * attempt whose transaction rolls back, a refused one included, is not counted, which changes no refusal,
 * since nothing passes over the limit either way.
 *
 * <p>Fixed windows ({@link AttemptWindow}): at most {@code maxAttempts} pass in one window, but a burst
 * across a window boundary can pass twice the limit in a short time. One atomic upsert per attempt, so
 * concurrent attempts on the same key each see their own count and never more than the limit pass. A
 * subject reaching a limit is logged once per window and instance.
 */
public class AttemptLimiter {

    static final String REFUSED_METRIC = "payments.attempts.refused";

    private static final Logger log = LoggerFactory.getLogger(AttemptLimiter.class);

    private final DatabaseClient database;
    private final Clock clock;
    private final MeterRegistry meters;
    private final SubjectHash subjectHash;
    /** Subjects already logged as over a limit in a window: a bounded memory, so an attack floods no log. */
    private final Cache<String, Boolean> reported = Caffeine.newBuilder()
            .maximumSize(10_000).expireAfterWrite(Duration.ofHours(24)).build();

    /** {@code subjectKey} is the secret {@code payments.attempts.subject-key} the subjects are hashed with. */
    public AttemptLimiter(DatabaseClient database, Clock clock, MeterRegistry meters, String subjectKey) {
        this.database = database;
        this.clock = clock;
        this.meters = meters;
        this.subjectHash = new SubjectHash(subjectKey);
    }

    /**
     * Counts one attempt of {@code subject} (a customer id, a client address...) in the tenant; errors with
     * {@link TooManyAttemptsException} when it is over the limit of the current window.
     */
    public Mono<Void> count(AttemptLimit limit, String tenantId, String subject) {
        return Mono.defer(() -> {
            Instant now = clock.instant();
            AttemptWindow window = AttemptWindow.containing(now, limit.window());
            String hashedSubject = subjectHash.of(limit, subject);
            return increment(limit, tenantId, hashedSubject, window)
                    .flatMap(attempts -> attempts <= limit.maxAttempts() ? Mono.<Void>empty()
                            : Mono.error(refuse(limit, tenantId, hashedSubject, window, now)));
        });
    }

    /** The count of this window after this attempt. */
    private Mono<Integer> increment(AttemptLimit limit, String tenantId, String subjectHash, AttemptWindow window) {
        return database.sql("""
                        insert into attempt_counts (limit_name, tenant_id, subject_hash, window_start, window_end, attempts)
                        values (:limit, :tenant, :subject, :start, :end, 1)
                        on conflict (limit_name, tenant_id, subject_hash, window_start)
                            do update set attempts = attempt_counts.attempts + 1
                        returning attempts
                        """)
                .bind("limit", limit.name())
                .bind("tenant", tenantId)
                .bind("subject", subjectHash)
                .bind("start", window.start().atOffset(ZoneOffset.UTC))
                .bind("end", window.end().atOffset(ZoneOffset.UTC))
                .map(row -> row.get("attempts", Integer.class))
                .one();
    }

    private TooManyAttemptsException refuse(AttemptLimit limit, String tenantId, String subjectHash, AttemptWindow window,
                                            Instant now) {
        Counter.builder(REFUSED_METRIC)
                .description("Attempts refused because their subject reached an attempt limit")
                .tag("limit", limit.name())
                .register(meters)
                .increment();
        if (reported.asMap().putIfAbsent(limit.name() + '/' + tenantId + '/' + subjectHash + '/' + window.start(), Boolean.TRUE) == null) {
            log.info("Attempt limit {} reached in tenant {} by subject {}; refused until {}", limit.name(), tenantId,
                    subjectHash.substring(0, 12), window.end());
        }
        return new TooManyAttemptsException(limit, window.remainingAt(now));
    }
}
