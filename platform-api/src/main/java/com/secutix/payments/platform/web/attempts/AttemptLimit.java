package com.secutix.payments.platform.web.attempts;

import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * At most {@code maxAttempts} attempts of one subject in one tenant per {@code window}.
 *
 * @param name        names the limit in the database, in metrics and in configuration
 *                    ({@code payments.attempts.limits.<name>}): lower-case letters, digits and dashes
 * @param description what is limited, as the refusal says it: {@code "payment attempts for this customer"}
 *                    gives "Too many payment attempts for this customer; try again in 412 seconds."
 */
public record AttemptLimit(String name, String description, int maxAttempts, Duration window) {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");

    public AttemptLimit {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("an attempt limit's name is 1 to 100 lower-case letters, digits and dashes: " + name);
        }
        Objects.requireNonNull(description, "description");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("payments.attempts.limits." + name + ".max-attempts must be at least 1");
        }
        if (window == null || window.compareTo(Duration.ofSeconds(1)) < 0 || window.toNanosPart() % 1_000_000 != 0) {
            throw new IllegalArgumentException("payments.attempts.limits." + name
                    + ".window must be at least 1s, in whole milliseconds");
        }
    }
}
