package com.secutix.payments.checkout.callcentre.application;

import com.secutix.payments.checkout.callcentre.domain.OperatorAction;
import com.secutix.payments.platform.problem.ForbiddenException;
import com.secutix.payments.platform.security.Caller;
import com.secutix.payments.platform.security.Role;
import reactor.core.publisher.Flux;

/** The call centre's audit trail as the tenant's admin reads it: their own tenant's lines only, newest first. */
public class ReadOperatorActions {

    public static final int MAX_LINES = 500;

    private final OperatorAudit audit;

    public ReadOperatorActions(OperatorAudit audit) {
        this.audit = audit;
    }

    /** @throws ForbiddenException when the caller is not an admin */
    public Flux<OperatorAction> latest(Caller caller, String customerId, int limit) {
        if (!caller.has(Role.ADMIN)) {
            return Flux.error(new ForbiddenException("the call centre's audit trail is for the tenant's admins"));
        }
        return audit.latest(caller.tenantId(), customerId, Math.min(Math.max(limit, 1), MAX_LINES));
    }
}
