package com.secutix.payments.platform.web.idempotency;

import com.secutix.payments.testsupport.PlatformIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Flux;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@PlatformIntegrationTest
class ExpiredIdempotencyKeysPurgeIT {

    @Autowired
    ExpiredIdempotencyKeysPurge purge;
    @Autowired
    DatabaseClient database;
    @Autowired
    Clock clock;

    private final String tenant = "purge-" + UUID.randomUUID();

    @Test
    void deletes_an_expired_key_and_keeps_a_live_one() {
        insertKey("expired-key", Duration.ofMinutes(-1));
        insertKey("live-key", Duration.ofHours(1));

        Long deleted = purge.purgeExpired().block();

        assertThat(deleted).isGreaterThanOrEqualTo(1);
        assertThat(keysOfTenant()).containsExactly("live-key");
    }

    @Test
    void deletes_more_expired_keys_than_one_batch_holds() {
        ExpiredIdempotencyKeysPurge smallBatches = new ExpiredIdempotencyKeysPurge(database, clock, Duration.ofHours(1), 2);
        for (int i = 0; i < 5; i++) {
            insertKey("expired-" + i, Duration.ofSeconds(-1));
        }

        Long deleted = smallBatches.purgeExpired().block();

        assertThat(deleted).isGreaterThanOrEqualTo(5);
        assertThat(keysOfTenant()).isEmpty();
    }

    @Test
    void the_scheduled_purge_deletes_expired_keys_on_its_own() {
        ExpiredIdempotencyKeysPurge scheduled = new ExpiredIdempotencyKeysPurge(database, clock, Duration.ofMillis(50), 100);
        insertKey("expired-key", Duration.ofMinutes(-1));
        insertKey("live-key", Duration.ofHours(1));

        scheduled.start();
        try {
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(keysOfTenant()).containsExactly("live-key"));
        } finally {
            scheduled.stop();
        }
        assertThat(scheduled.isRunning()).isFalse();
    }

    private void insertKey(String key, Duration expiresIn) {
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        database.sql("""
                        insert into idempotency_keys (tenant_id, caller_subject, idempotency_key, operation, request_hash,
                                                      state, response_status, response_body, created_at, expires_at)
                        values (:tenant, 'someone', :key, 'create-test-payment', :hash, 'COMPLETED', 201, '{}', :createdAt, :expiresAt)
                        """)
                .bind("tenant", tenant)
                .bind("key", key)
                .bind("hash", "0".repeat(64))
                .bind("createdAt", now.minusDays(1))
                .bind("expiresAt", now.plus(expiresIn))
                .then().block();
    }

    private List<String> keysOfTenant() {
        return Flux.from(database.sql("select idempotency_key from idempotency_keys where tenant_id = :tenant order by idempotency_key")
                        .bind("tenant", tenant)
                        .map(row -> row.get("idempotency_key", String.class))
                        .all())
                .collectList().block();
    }
}
