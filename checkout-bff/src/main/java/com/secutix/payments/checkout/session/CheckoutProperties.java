package com.secutix.payments.checkout.session;

import com.secutix.payments.platform.web.returnurls.ReturnUrls;

import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code payments.checkout.*}:
 * <ul>
 *   <li>{@code page-base-url}, {@code gateway-url}, {@code vault-url} (required): the page as buyers' browsers
 *   reach it, the payment gateway and the card vault as the BFF reaches them;</li>
 *   <li>{@code psp-origins}: where the browser posts card fields (the PSP), allowed by the pages' CSP;</li>
 *   <li>{@code time-zone} (Europe/Zurich): the time zone performances are shown in;</li>
 *   <li>{@code session-lifetime} (30 min): how long a checkout session stays open; {@code expiry-check-interval}
 *   (10 s): how often the sessions whose time ran out are recorded as expired and announced;</li>
 *   <li>{@code max-failed-attempts} (3): how many declined payments a session takes before it refuses more
 *   (card testing);</li>
 *   <li>{@code box-office-max-in-flight} (256): how many box-office payments one instance runs at once; beyond it
 *   a payment is answered 503 with {@code Retry-After} before anything is done, instead of queueing until every
 *   answer comes too late;</li>
 *   <li>{@code trusted-proxies}: our own proxies (addresses or CIDR ranges), the only peers whose
 *   {@code X-Forwarded-For} names the buyer's address; none by default;</li>
 *   <li>{@code tenants.<tenant>.return-urls}: where the tenant's buyers may be sent back to (a tenant without a
 *   list cannot open a session); {@code tenants.<tenant>.client-registration}: the BFF's machine client of
 *   that tenant.</li>
 * </ul>
 */
@ConfigurationProperties("payments.checkout")
public record CheckoutProperties(URI pageBaseUrl, URI gatewayUrl, URI vaultUrl, List<URI> pspOrigins, ZoneId timeZone,
                                 Duration sessionLifetime, Duration expiryCheckInterval, Integer maxFailedAttempts,
                                 Integer boxOfficeMaxInFlight, List<String> trustedProxies, Map<String, Tenant> tenants) {

    public CheckoutProperties {
        requireAbsolute("page-base-url", pageBaseUrl);
        requireAbsolute("gateway-url", gatewayUrl);
        requireAbsolute("vault-url", vaultUrl);
        sessionLifetime = sessionLifetime == null ? Duration.ofMinutes(30) : sessionLifetime;
        expiryCheckInterval = expiryCheckInterval == null ? Duration.ofSeconds(10) : expiryCheckInterval;
        timeZone = timeZone == null ? ZoneId.of("Europe/Zurich") : timeZone;
        pspOrigins = pspOrigins == null ? List.of() : List.copyOf(pspOrigins);
        maxFailedAttempts = maxFailedAttempts == null ? 3 : maxFailedAttempts;
        boxOfficeMaxInFlight = boxOfficeMaxInFlight == null ? 256 : boxOfficeMaxInFlight;
        if (boxOfficeMaxInFlight < 1) {
            throw new IllegalArgumentException("payments.checkout.box-office-max-in-flight must be at least 1");
        }
        trustedProxies = trustedProxies == null ? List.of() : List.copyOf(trustedProxies);
        tenants = tenants == null ? Map.of() : Map.copyOf(tenants);
    }

    /**
     * A tenant of the checkout: where its buyers may be sent back to, and the OAuth2 client registration
     * (client credentials) the BFF uses to pay at the gateway for that tenant's sessions.
     */
    public record Tenant(List<URI> returnUrls, String clientRegistration) {

        public ReturnUrls allowed() {
            return new ReturnUrls(returnUrls);
        }
    }

    private static void requireAbsolute(String name, URI url) {
        if (url == null || !url.isAbsolute()) {
            throw new IllegalArgumentException("payments.checkout." + name + " must be set to an absolute URL");
        }
    }

    /** The machine client registration of each tenant that has one. */
    public Map<String, String> clientRegistrations() {
        Map<String, String> registrations = new java.util.HashMap<>();
        tenants.forEach((tenant, settings) -> {
            if (settings.clientRegistration() != null) {
                registrations.put(tenant, settings.clientRegistration());
            }
        });
        return registrations;
    }

    public boolean allows(String tenantId, URI url) {
        Tenant tenant = tenants.get(tenantId);
        return tenant != null && tenant.allowed().allow(url);
    }
}
