package com.secutix.payments.checkout.signin;

import com.secutix.payments.platform.security.Caller;
import com.secutix.payments.platform.security.Role;

/**
 * A buyer signed in on the page: who the identity provider says they are (tenant, subject, roles, from their
 * verified access token) and that token, which the BFF uses for the buyer's own reads and never gives the
 * browser.
 */
public record SignedInBuyer(Caller caller, String accessToken) {

    /** Whether this buyer is the customer a checkout session was opened for, in that session's tenant. */
    public boolean isCustomer(String tenantId, String customerId) {
        return caller.has(Role.CUSTOMER) && caller.belongsTo(tenantId) && caller.subject().equals(customerId);
    }

    @Override
    public String toString() {
        return "SignedInBuyer[" + caller + ", accessToken=[hidden]]";
    }
}
