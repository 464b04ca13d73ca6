package com.secutix.payments.pspsimulator;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.List;

/**
 * {@code psp-simulator.*}: the merchant accounts the simulator knows, how long it keeps CVCs and temporary
 * aliases, and the initial latency / fault settings (changeable at run time through /simulator/settings).
 */
@ConfigurationProperties("psp-simulator")
public record SimulatorProperties(
        @DefaultValue List<Merchant> merchants,
        @DefaultValue("PT2H") Duration cvcRetention,
        @DefaultValue("PT2H") Duration temporaryAliasLifetime,
        String publicBaseUrl,
        @DefaultValue Faults faults) {

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
