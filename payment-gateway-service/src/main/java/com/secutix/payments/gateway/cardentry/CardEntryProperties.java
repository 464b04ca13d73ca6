package com.secutix.payments.gateway.cardentry;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code payments.card-entry.*}: how long a signed card-entry form stays open (long enough for a buyer to
 * type a card and pass 3-D Secure, short enough that a leaked form is soon worthless), how long the proof of a
 * CVV re-entry stays good for the saved card's next payment (well within the time the PSP keeps the security
 * code), and how often expired forms and proofs are deleted, how many per delete.
 */
@ConfigurationProperties("payments.card-entry")
record CardEntryProperties(Duration formLifetime, Duration cvvProofLifetime, Duration purgeInterval,
        Integer purgeBatchSize) {

    CardEntryProperties {
        formLifetime = formLifetime == null ? Duration.ofMinutes(30) : formLifetime;
        cvvProofLifetime = cvvProofLifetime == null ? Duration.ofMinutes(15) : cvvProofLifetime;
        purgeInterval = purgeInterval == null ? Duration.ofMinutes(10) : purgeInterval;
        purgeBatchSize = purgeBatchSize == null ? 1000 : purgeBatchSize;
        if (formLifetime.isNegative() || formLifetime.isZero()) {
            throw new IllegalArgumentException("payments.card-entry.form-lifetime must be positive");
        }
        if (cvvProofLifetime.isNegative() || cvvProofLifetime.isZero()) {
            throw new IllegalArgumentException("payments.card-entry.cvv-proof-lifetime must be positive");
        }
    }
}
