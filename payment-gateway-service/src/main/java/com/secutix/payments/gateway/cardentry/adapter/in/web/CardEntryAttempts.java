package com.secutix.payments.gateway.cardentry.adapter.in.web;

import com.secutix.payments.gateway.attempts.BuyerAddress;
import com.secutix.payments.gateway.cardentry.application.CardEntryAttempt;
import com.secutix.payments.platform.security.Caller;
import com.secutix.payments.platform.security.Role;
import com.secutix.payments.platform.web.attempts.AttemptLimit;
import com.secutix.payments.platform.web.attempts.AttemptLimiter;
import com.secutix.payments.platform.web.attempts.AttemptLimitsProperties;
import com.secutix.payments.platform.web.attempts.ClientAddress;
import com.secutix.payments.platform.web.attempts.CustomerAttemptLimits;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.server.reactive.ServerHttpRequest;

/**
 * The card-testing limits on card entry: every form and every genuine PSP redirect is one attempt. A
 * customer is counted as themselves ({@code payments.attempts.limits.card-entry-per-customer}) and by the
 * address they call from ({@code card-entry-per-ip}). Staff and the sales system enter cards for buyers we do
 * not know the address of, so they are counted per caller, with a higher limit ({@code card-entry-per-staff-caller}),
 * and never per address. The checkout is one caller for every buyer of its page: counted per caller, it would
 * stop a whole on-sale at the limit, so it is counted as the buyers are instead, per customer of the card entry
 * ({@code card-entry-per-customer}) and per buyer address it forwards ({@code card-entry-per-ip},
 * {@link BuyerAddress}); that header is believed from the checkout only.
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

    /**
     * How the request's card-entry attempt is counted; the use case counts it once the request is known valid,
     * for the card entry's customer. A checkout caller's {@code X-Buyer-Address} is read here, at once.
     *
     * @throws com.secutix.payments.platform.problem.InvalidRequestException when the caller is the checkout and the
     *     buyer's address is missing, given twice or not an IP address
     */
    CardEntryAttempt of(Caller caller, ServerHttpRequest request) {
        Optional<String> buyerAddress = BuyerAddress.of(caller, request.getHeaders());
        if (buyerAddress.isPresent()) {
            return customer -> customers.count(caller.tenantId(), customer, buyerAddress);
        }
        if (caller.roles().stream().anyMatch(STAFF::contains)) {
            return customer -> limiter.count(perStaffCaller, caller.tenantId(), caller.subject());
        }
        Optional<String> clientAddress = ClientAddress.of(request);
        return customer -> customers.count(caller.tenantId(), caller.subject(), clientAddress);
    }
}
