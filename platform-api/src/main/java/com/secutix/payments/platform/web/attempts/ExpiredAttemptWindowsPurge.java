package com.secutix.payments.platform.web.attempts;

import com.secutix.payments.platform.housekeeping.ExpiredRowsPurge;
import com.secutix.payments.platform.housekeeping.ExpiringRows;
import org.springframework.r2dbc.core.DatabaseClient;

import java.time.Clock;
import java.time.Duration;

/**
 * Deletes the counts of ended windows every {@code payments.attempts.purge-interval}, in batches of
 * {@code purge-batch-size} rows: a fixed window is never read again once it has ended.
 */
public class ExpiredAttemptWindowsPurge extends ExpiredRowsPurge {

    static final ExpiringRows ENDED_WINDOWS = new ExpiringRows("ended attempt windows", "attempt_counts",
            "limit_name, tenant_id, subject_hash, window_start", "window_end");

    public ExpiredAttemptWindowsPurge(DatabaseClient database, Clock clock, Duration interval, int batchSize) {
        super(database, ENDED_WINDOWS, clock, interval, batchSize, "payments.attempts.purge-batch-size");
    }
}
