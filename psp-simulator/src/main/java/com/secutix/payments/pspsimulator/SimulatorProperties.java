package com.secutix.payments.pspsimulator;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import java.time.Duration;
import java.util.List;

/**
 * {@code psp-simulator.*}: the merchant accounts the simulator knows, how long it keeps CVCs, temporary aliases
 * and pending 3-D Secure challenges, how many aliases and transactions it keeps at most (the oldest go first),
 * where the buyer's browser reaches it ({@code public-base-url}; blank: {@code http://127.0.0.1:<port>}, never the
 * request's Host header), the largest form body it reads, and the initial latency / fault settings (changeable at
 * run time through /simulator/settings when the admin endpoints are on).
 */
@ConfigurationProperties("psp-simulator")
public record SimulatorProperties(
        @DefaultValue List<Merchant> merchants,
        @DefaultValue("PT2H") Duration cvcRetention,
        @DefaultValue("PT2H") Duration temporaryAliasLifetime,
        @DefaultValue("PT30M") Duration challengeLifetime,
        @DefaultValue("100000") int maxAliases,
        @DefaultValue("100000") int maxTransactions,
        String publicBaseUrl,
        @DefaultValue("64KB") DataSize maxFormSize,
        @DefaultValue Faults faults) {

    public SimulatorProperties {
        requirePositive("psp-simulator.cvc-retention", cvcRetention);
        requirePositive("psp-simulator.temporary-alias-lifetime", temporaryAliasLifetime);
        requirePositive("psp-simulator.challenge-lifetime", challengeLifetime);
        if (maxAliases < 1) {
            throw new IllegalArgumentException("psp-simulator.max-aliases must be at least 1, was " + maxAliases);
        }
        if (maxTransactions < 1) {
            throw new IllegalArgumentException("psp-simulator.max-transactions must be at least 1, was " + maxTransactions);
        }
        publicBaseUrl = publicBaseUrl == null ? "" : publicBaseUrl.strip();
        if (!publicBaseUrl.isEmpty() && !publicBaseUrl.matches("https?://[^/?#\\s]+(/[^?#\\s]*)?")) {
            throw new IllegalArgumentException("psp-simulator.public-base-url must be an http(s) URL without query,"
                    + " was " + publicBaseUrl);
        }
        if (maxFormSize.toBytes() < 1024 || maxFormSize.toBytes() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("psp-simulator.max-form-size must be between 1KB and 2GB, was "
                    + maxFormSize);
        }
    }

    private static void requirePositive(String name, Duration duration) {
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be longer than 0, was " + duration);
        }
    }

    public record Merchant(String pspid, String apiUser, String apiPassword, String shaInPassphrase,
                           String shaOutPassphrase, @DefaultValue("SHA-512") String hashAlgorithm) {
    }

    public record Faults(
            @DefaultValue("0") long latencyMinMs,
            @DefaultValue("0") long latencyMaxMs,
            @DefaultValue("0") double errorRate,
            @DefaultValue("0") double timeoutRate,
            @DefaultValue("0") double uncertainRate,
            @DefaultValue("PT30S") Duration slowAnswerDelay,
            @DefaultValue("false") boolean pendingMaintenanceAnswers) {
    }
}
