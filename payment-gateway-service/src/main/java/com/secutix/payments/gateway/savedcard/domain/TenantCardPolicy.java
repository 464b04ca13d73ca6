package com.secutix.payments.gateway.savedcard.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A tenant's card policy at one version, as a {@code CardPolicyChanged} of the vault told it: the gateway keeps the
 * latest version of each tenant's, so an older version arriving late changes nothing.
 */
public record TenantCardPolicy(String tenantId, long version, CardPolicy policy, String changedBy, Instant changedAt) {

    /** The length of a payment's tenant id: a policy of a longer tenant id could never apply. */
    static final int MAX_TENANT_ID_LENGTH = 64;
    static final int MAX_CHANGED_BY_LENGTH = 255;

    public TenantCardPolicy {
        if (tenantId == null || tenantId.isBlank() || tenantId.length() > MAX_TENANT_ID_LENGTH
                || tenantId.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("tenant id must be 1 to " + MAX_TENANT_ID_LENGTH
                    + " characters without control characters");
        }
        if (version < 1) {
            throw new IllegalArgumentException("a published policy's version is at least 1");
        }
        Objects.requireNonNull(policy, "policy");
        if (changedBy == null || changedBy.isBlank() || changedBy.length() > MAX_CHANGED_BY_LENGTH) {
            throw new IllegalArgumentException("changedBy must be 1 to " + MAX_CHANGED_BY_LENGTH + " characters");
        }
        Objects.requireNonNull(changedAt, "changedAt");
    }
}
