package com.secutix.payments.cardvault.policy.adapter.in.web;

import com.secutix.payments.platform.problem.ForbiddenException;
import com.secutix.payments.platform.security.Caller;
import com.secutix.payments.platform.security.Role;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who may do what with a tenant's card policy: always the caller's own tenant (from the token, never from
 * the request); tenant admins change it and read its history; the staff and the systems that apply it
 * (operators, box offices, the sales system) read it; buyers do not.
 */
final class CardPolicyAccess {

    private static final Set<Role> READERS = EnumSet.of(Role.ADMIN, Role.OPERATOR, Role.BOX_OFFICE, Role.SALES_SYSTEM, Role.CHECKOUT);

    private CardPolicyAccess() {
    }

    static Caller mayRead(Caller caller) {
        if (caller.roles().stream().noneMatch(READERS::contains)) {
            throw new ForbiddenException("A tenant's card policy is read by its admins, operators, box offices and sales system.");
        }
        return caller;
    }

    static Caller mayChange(Caller caller) {
        if (!caller.has(Role.ADMIN)) {
            throw new ForbiddenException("A tenant's card policy is changed and its history read by its admins only.");
        }
        return caller;
    }
}
