package com.secutix.payments.platform.testapp;

import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The trace id the test application's listener ran in, per payment. */
@Component
public class ConsumedTraces {

    private final Map<String, String> traceIdByPayment = new ConcurrentHashMap<>();

    void record(String paymentId, String traceId) {
        traceIdByPayment.put(paymentId, traceId);
    }

    public Optional<String> traceIdOf(String paymentId) {
        return Optional.ofNullable(traceIdByPayment.get(paymentId));
    }
}
