package com.secutix.payments.gateway.payment.domain;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The buyer's browser as 3-D Secure 2 needs it for a frictionless decision: what it accepts, who it is,
 * its language and screen, its time zone. The page (the BFF, the sales system's shop) reads it from the
 * buyer's browser and passes it on; none of it is card data.
 *
 * @param timeZoneOffsetMinutes the browser's {@code Date.getTimezoneOffset()}: minutes from UTC, west positive
 */
public record BuyerBrowser(String acceptHeader, String userAgent, String language, Integer colorDepth,
        Boolean javaEnabled, Integer screenHeight, Integer screenWidth, Integer timeZoneOffsetMinutes) {

    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,3}");
    private static final Set<Integer> COLOR_DEPTHS = Set.of(1, 4, 8, 15, 16, 24, 30, 32, 48);
    private static final String PREFIX = "threeDSecure.browser.";

    public BuyerBrowser {
        Violations violations = new Violations();
        violations.verify(() -> Text.required(PREFIX + "acceptHeader", acceptHeader, 2048));
        violations.verify(() -> Text.required(PREFIX + "userAgent", userAgent, 2048));
        violations.verify(() -> {
            Text.required(PREFIX + "language", language, 35);
            if (!LANGUAGE.matcher(language).matches()) {
                throw new InvalidPaymentException(PREFIX + "language: must be a language tag such as fr-CH");
            }
        });
        if (colorDepth == null || !COLOR_DEPTHS.contains(colorDepth)) {
            violations.add(PREFIX + "colorDepth: must be one of " + COLOR_DEPTHS.stream().sorted().toList());
        }
        if (javaEnabled == null) {
            violations.add(PREFIX + "javaEnabled: is required");
        }
        within(violations, "screenHeight", screenHeight, 1, 100_000);
        within(violations, "screenWidth", screenWidth, 1, 100_000);
        within(violations, "timeZoneOffsetMinutes", timeZoneOffsetMinutes, -840, 840);
        violations.throwIfAny();
    }

    private static void within(Violations violations, String field, Integer value, int min, int max) {
        if (value == null || value < min || value > max) {
            violations.add(PREFIX + field + ": must be a whole number from " + min + " to " + max);
        }
    }
}
