package com.secutix.payments.gateway.payment.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * What an e-commerce payment (WEB, MOBILE) sends the PSP for 3-D Secure: the buyer's browser and where the
 * PSP sends the browser back after the identification (accepted, declined, error). The addresses must be on
 * the tenant's list, which the use case checks.
 */
public record ThreeDSecureRequest(BuyerBrowser browser, URI acceptUrl, URI declineUrl, URI exceptionUrl) {

    private static final int MAX_URL_LENGTH = 200;

    /** Validates the raw fields, naming every invalid one. */
    public static ThreeDSecureRequest of(BuyerBrowser browser, String acceptUrl, String declineUrl,
            String exceptionUrl) {
        Violations violations = new Violations();
        if (browser == null) {
            violations.add("threeDSecure.browser: is required");
        }
        URI accept = violations.check(() -> url("threeDSecure.acceptUrl", acceptUrl));
        URI decline = violations.check(() -> url("threeDSecure.declineUrl", declineUrl));
        URI exception = violations.check(() -> url("threeDSecure.exceptionUrl", exceptionUrl));
        violations.throwIfAny();
        return new ThreeDSecureRequest(browser, accept, decline, exception);
    }

    private static URI url(String field, String value) {
        Text.required(field, value, MAX_URL_LENGTH);
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw new InvalidPaymentException(field + ": is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
                || uri.getUserInfo() != null) {
            throw new InvalidPaymentException(field + ": must be an absolute http or https URL without credentials");
        }
        return uri;
    }
}
