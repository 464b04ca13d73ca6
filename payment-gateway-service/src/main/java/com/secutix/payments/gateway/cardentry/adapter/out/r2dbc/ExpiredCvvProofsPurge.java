package com.secutix.payments.gateway.cardentry.adapter.out.r2dbc;

import com.secutix.payments.platform.housekeeping.ExpiredRowsPurge;
import com.secutix.payments.platform.housekeeping.ExpiringRows;
import java.time.Clock;
import java.time.Duration;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * Deletes the CVV proofs past their expiry every {@code payments.card-entry.purge-interval}, in batches of
 * {@code purge-batch-size} rows, used or not: an expired proof can no longer be used, and a used one's payment is
 * the record of what it paid.
 */
public class ExpiredCvvProofsPurge extends ExpiredRowsPurge {

    static final ExpiringRows EXPIRED_PROOFS = new ExpiringRows("expired CVV proofs", "cvv_proofs",
            "tenant_id, card_entry_reference", "expires_at");

    public ExpiredCvvProofsPurge(DatabaseClient database, Clock clock, Duration interval, int batchSize) {
        super(database, EXPIRED_PROOFS, clock, interval, batchSize, "payments.card-entry.purge-batch-size");
    }
}
