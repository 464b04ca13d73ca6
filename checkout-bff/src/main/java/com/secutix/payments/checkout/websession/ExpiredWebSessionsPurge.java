package com.secutix.payments.checkout.websession;

import com.secutix.payments.platform.housekeeping.ExpiredRowsPurge;
import com.secutix.payments.platform.housekeeping.ExpiringRows;
import java.time.Clock;
import java.time.Duration;
import org.springframework.r2dbc.core.DatabaseClient;

/** Deletes the web sessions nobody used for their whole inactive interval: a signed-out buyer's tokens go with them. */
public class ExpiredWebSessionsPurge extends ExpiredRowsPurge {

    static final ExpiringRows EXPIRED_SESSIONS = new ExpiringRows("expired web sessions", "web_session", "id", "expires_at");

    public ExpiredWebSessionsPurge(DatabaseClient database, Clock clock, Duration interval, int batchSize) {
        super(database, EXPIRED_SESSIONS, clock, interval, batchSize, "payments.checkout.web-session.purge-batch-size");
    }
}
