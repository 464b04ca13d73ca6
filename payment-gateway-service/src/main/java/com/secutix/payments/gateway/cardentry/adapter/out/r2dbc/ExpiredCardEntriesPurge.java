package com.secutix.payments.gateway.cardentry.adapter.out.r2dbc;

import com.secutix.payments.platform.housekeeping.ExpiredRowsPurge;
import com.secutix.payments.platform.housekeeping.ExpiringRows;
import java.time.Clock;
import java.time.Duration;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * Deletes the card-entry forms past their expiry every {@code payments.card-entry.purge-interval}, in
 * batches of {@code purge-batch-size} rows: an expired form can no longer be redeemed, and the alias it
 * stored, if any, lives on in {@code card_registrations}.
 */
public class ExpiredCardEntriesPurge extends ExpiredRowsPurge {

    static final ExpiringRows EXPIRED_FORMS = new ExpiringRows("expired card-entry forms", "card_entry_forms",
            "tenant_id, reference", "expires_at");

    public ExpiredCardEntriesPurge(DatabaseClient database, Clock clock, Duration interval, int batchSize) {
        super(database, EXPIRED_FORMS, clock, interval, batchSize, "payments.card-entry.purge-batch-size");
    }
}
