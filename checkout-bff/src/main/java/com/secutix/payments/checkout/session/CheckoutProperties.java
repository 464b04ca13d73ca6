package com.secutix.payments.checkout.session;

import com.secutix.payments.platform.web.returnurls.ReturnUrls;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code payments.checkout.*}: the address of the checkout page as buyers' browsers reach it
 * ({@code page-base-url}, required), how long a session stays open ({@code session-lifetime}, 30 min), how
 * often the sessions whose time ran out are recorded as expired and announced ({@code expiry-check-interval},
 * 10 s), and for each tenant the addresses its buyers may be sent back to ({@code tenants.<tenant>.return-urls};
 * a tenant without a list cannot open a session).
 */
@ConfigurationProperties("payments.checkout")
public record CheckoutProperties(URI pageBaseUrl, Duration sessionLifetime, Duration expiryCheckInterval,
                                 Map<String, Tenant> tenants) {

    public CheckoutProperties {
        if (pageBaseUrl == null || !pageBaseUrl.isAbsolute()) {
            throw new IllegalArgumentException("payments.checkout.page-base-url must be set to an absolute URL");
        }
        sessionLifetime = sessionLifetime == null ? Duration.ofMinutes(30) : sessionLifetime;
        expiryCheckInterval = expiryCheckInterval == null ? Duration.ofSeconds(10) : expiryCheckInterval;
        tenants = tenants == null ? Map.of() : Map.copyOf(tenants);
    }

    public record Tenant(List<URI> returnUrls) {

        public ReturnUrls allowed() {
            return new ReturnUrls(returnUrls);
        }
    }

    public boolean allows(String tenantId, URI url) {
        Tenant tenant = tenants.get(tenantId);
        return tenant != null && tenant.allowed().allow(url);
    }
}
