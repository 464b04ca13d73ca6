package com.secutix.payments.gateway.cardentry.adapter.in.web;

import com.secutix.payments.platform.security.Caller;
import com.secutix.payments.platform.security.Role;
import com.secutix.payments.platform.web.attempts.AttemptLimit;
import com.secutix.payments.platform.web.attempts.AttemptLimiter;
import com.secutix.payments.platform.web.attempts.AttemptLimitsProperties;
import com.secutix.payments.platform.web.attempts.ClientAddress;
import com.secutix.payments.platform.web.attempts.CustomerAttemptLimits;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.http.server.reactive.ServerHttpRequest;
import reactor.core.publisher.Mono;

/**
 * The card-testing limits on card entry: every form and every genuine PSP redirect is one attempt. A
 * customer is counted as themselves ({@code payments.attempts.limits.card-entry-per-customer}) and by the
 * address they call from ({@code card-entry-per-ip}). Staff and machine callers enter cards for buyers
 * we do not know here, so they are counted per caller, with a higher limit ({@code card-entry-per-staff-caller}),
 * and never per address.
 */
public class CardEntryAttempts {

    static final String PER_CUSTOMER = "card-entry-per-customer";
    static final String PER_STAFF_CALLER = "card-entry-per-staff-caller";
    static final String PER_IP = "card-entry-per-ip";

    private static final Set<Role> STAFF = EnumSet.of(Role.OPERATOR, Role.BOX_OFFICE, Role.SALES_SYSTEM);

    private final CustomerAttemptLimits customers;
    private final AttemptLimiter limiter;
    private final AttemptLimit perStaffCaller;

    public CardEntryAttempts(AttemptLimiter limiter, AttemptLimitsProperties properties) {
        this.customers = new CustomerAttemptLimits(limiter,
                properties.limit(PER_CUSTOMER, "card entries for this customer"),
                properties.limit(PER_IP, "card entries from this address"));
        this.limiter = limiter;
        this.perStaffCaller = properties.limit(PER_STAFF_CALLER, "card entries for this caller");
    }

    /** Counts one card-entry attempt of the caller; errors with a 429 problem when a limit is used up. */
    Mono<Void> count(Caller caller, ServerHttpRequest request) {
        if (caller.roles().stream().anyMatch(STAFF::contains)) {
            return limiter.count(perStaffCaller, caller.tenantId(), caller.subject());
        }
        return customers.count(caller.tenantId(), caller.subject(), ClientAddress.of(request));
    }
}
