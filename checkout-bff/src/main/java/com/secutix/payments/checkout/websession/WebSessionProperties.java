package com.secutix.payments.checkout.websession;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code payments.checkout.web-session.*}: how long a buyer's web session lives unused ({@code idle-timeout},
 * 30 min), whether its cookie is sent over HTTPS only ({@code secure-cookie}, true; the local profile turns it
 * off for http://localhost), and how often, by how many rows, the expired ones are deleted ({@code
 * purge-interval}, 5 min; {@code purge-batch-size}, 500).
 */
@ConfigurationProperties("payments.checkout.web-session")
public record WebSessionProperties(Duration idleTimeout, Boolean secureCookie, Duration purgeInterval,
                                   Integer purgeBatchSize) {

    public WebSessionProperties {
        idleTimeout = idleTimeout == null ? Duration.ofMinutes(30) : idleTimeout;
        secureCookie = secureCookie == null || secureCookie;
        purgeInterval = purgeInterval == null ? Duration.ofMinutes(5) : purgeInterval;
        purgeBatchSize = purgeBatchSize == null ? 500 : purgeBatchSize;
    }
}
