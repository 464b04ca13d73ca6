package com.secutix.payments.platform.web.attempts;

import reactor.core.publisher.Mono;

import java.util.Optional;

/**
 * The usual pair of card-testing limits on what a buyer does: one per customer, and one per client address
 * for the calls a customer makes themselves (staff calling for a customer share an office's address, so they
 * give none). The customer is counted first; an attempt refused for the customer is not counted for the address.
 */
public final class CustomerAttemptLimits {

    private final AttemptLimiter limiter;
    private final AttemptLimit perCustomer;
    private final AttemptLimit perAddress;

    public CustomerAttemptLimits(AttemptLimiter limiter, AttemptLimit perCustomer, AttemptLimit perAddress) {
        this.limiter = limiter;
        this.perCustomer = perCustomer;
        this.perAddress = perAddress;
    }

    /** Counts one attempt for the customer and, when given, for the address (see {@link ClientAddress}). */
    public Mono<Void> count(String tenantId, String customerId, Optional<String> customerAddress) {
        Mono<Void> customerCount = limiter.count(perCustomer, tenantId, customerId);
        return customerAddress
                .map(address -> customerCount.then(limiter.count(perAddress, tenantId, address)))
                .orElse(customerCount);
    }
}
