package com.secutix.payments.checkout.callcentre.application;

import com.secutix.payments.checkout.callcentre.domain.OperatorAction;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The call centre's audit trail: lines are only ever added, and read by the tenant's admin. */
public interface OperatorAudit {

    Mono<Void> record(OperatorAction action);

    /** The tenant's latest actions, newest first, of one customer when {@code customerId} is not null. */
    Flux<OperatorAction> latest(String tenantId, String customerId, int limit);
}
