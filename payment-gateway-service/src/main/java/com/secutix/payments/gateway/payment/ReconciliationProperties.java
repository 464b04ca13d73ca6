package com.secutix.payments.gateway.payment;

import com.secutix.payments.gateway.payment.domain.ReconciliationSchedule;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code payments.reconciliation.*}: the back-off of PSP queries for open payments ({@code first-delays},
 * then every {@code thereafter}, at most {@code max-checks} before manual review), how often the job
 * looks for due payments, how long a claimed payment is reserved for one instance, and the batch size; and
 * {@code buyer-return-query-interval}, the least time between two PSP queries about one payment that a buyer's
 * return from 3-D Secure may ask for ahead of the schedule ({@code POST /payments/{id}/buyer-return}).
 */
@ConfigurationProperties("payments.reconciliation")
public record ReconciliationProperties(Boolean enabled, List<Duration> firstDelays, Duration thereafter,
        Integer maxChecks, Duration pollInterval, Duration claimFor, Integer batchSize,
        Duration buyerReturnQueryInterval) {

    public ReconciliationProperties {
        ReconciliationSchedule defaults = ReconciliationSchedule.DEFAULT;
        enabled = enabled == null || enabled;
        firstDelays = firstDelays == null ? defaults.firstDelays() : List.copyOf(firstDelays);
        thereafter = thereafter == null ? defaults.thereafter() : thereafter;
        maxChecks = maxChecks == null ? defaults.maxChecks() : maxChecks;
        pollInterval = pollInterval == null ? Duration.ofSeconds(15) : pollInterval;
        claimFor = claimFor == null ? Duration.ofMinutes(2) : claimFor;
        batchSize = batchSize == null ? 50 : batchSize;
        buyerReturnQueryInterval = buyerReturnQueryInterval == null ? Duration.ofSeconds(2) : buyerReturnQueryInterval;
    }

    ReconciliationSchedule schedule() {
        return new ReconciliationSchedule(firstDelays, thereafter, maxChecks);
    }
}
