package com.secutix.payments.platform.web.idempotency;

import com.secutix.payments.platform.housekeeping.ExpiredRowsPurge;
import com.secutix.payments.platform.housekeeping.ExpiringRows;
import org.springframework.r2dbc.core.DatabaseClient;

import java.time.Clock;
import java.time.Duration;

/**
 * Deletes expired Idempotency-Keys every {@code payments.idempotency.purge-interval}, in batches of
 * {@code purge-batch-size} rows (an expired key is otherwise only replaced when the same key comes
 * again). A failed round is logged and the next tick tries again.
 */
public class ExpiredIdempotencyKeysPurge extends ExpiredRowsPurge {

    static final ExpiringRows EXPIRED_KEYS = new ExpiringRows("expired idempotency keys", "idempotency_keys",
            "tenant_id, caller_subject, idempotency_key", "expires_at");

    public ExpiredIdempotencyKeysPurge(DatabaseClient database, Clock clock, Duration interval, int batchSize) {
        super(database, EXPIRED_KEYS, clock, interval, batchSize, "payments.idempotency.purge-batch-size");
    }
}
