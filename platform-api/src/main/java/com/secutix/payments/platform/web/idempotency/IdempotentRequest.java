package com.secutix.payments.platform.web.idempotency;

import com.secutix.payments.platform.security.Caller;

import java.util.Objects;

/**
 * A request that must have its effect at most once: the client's {@code Idempotency-Key} header value
 * (may be null or blank here: {@link IdempotentRequests} answers 400), the caller (keys are scoped per
 * tenant and caller), the operation (e.g. {@code "create-payment"}) and the request body, whose
 * canonical JSON is fingerprinted.
 */
public record IdempotentRequest(String key, Caller caller, String operation, Object body) {

    public IdempotentRequest {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(operation, "operation");
    }
}
