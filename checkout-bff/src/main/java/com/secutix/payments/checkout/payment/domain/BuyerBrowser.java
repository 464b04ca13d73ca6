package com.secutix.payments.checkout.payment.domain;

/**
 * What 3-D Secure 2 and the card-testing limits want to know of the buyer's browser: its address (as the BFF
 * decided it, trusting forwarded addresses only from its configured proxies), the request's Accept and
 * User-Agent headers and language, and what the page read of the screen (posted with Pay).
 */
public record BuyerBrowser(String address, String acceptHeader, String userAgent, String language, Integer colorDepth,
                           Integer screenHeight, Integer screenWidth, Integer timeZoneOffsetMinutes) {
}
