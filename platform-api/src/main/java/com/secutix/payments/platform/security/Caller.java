package com.secutix.payments.platform.security;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Who is calling: the token's subject (customer id, client id or operator name), the tenant the
 * caller belongs to and its roles.
 */
public record Caller(String subject, String tenantId, Set<Role> roles) {

    private static final Set<Role> STAFF = EnumSet.of(Role.OPERATOR, Role.BOX_OFFICE, Role.SALES_SYSTEM, Role.ADMIN);

    public Caller {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(tenantId, "tenantId");
        roles = roles == null || roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean belongsTo(String tenantId) {
        return this.tenantId.equals(tenantId);
    }

    /**
     * True when the caller may read or act on the given customer's resources: the customer
     * themselves, or staff and machine clients of the same tenant.
     */
    public boolean mayActForCustomer(String tenantId, String customerId) {
        if (!belongsTo(tenantId)) {
            return false;
        }
        if (roles.stream().anyMatch(STAFF::contains)) {
            return true;
        }
        return has(Role.CUSTOMER) && subject.equals(customerId);
    }
}
