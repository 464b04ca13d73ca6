package com.secutix.payments.checkout.payment.domain;

/**
 * What 3-D Secure 2 wants to know of the buyer's browser: the request's Accept and User-Agent headers and
 * language, and what the page read of the screen (posted with Pay; absent without JavaScript).
 */
public record BuyerBrowser(String acceptHeader, String userAgent, String language, Integer colorDepth,
                           Integer screenHeight, Integer screenWidth, Integer timeZoneOffsetMinutes) {
}
