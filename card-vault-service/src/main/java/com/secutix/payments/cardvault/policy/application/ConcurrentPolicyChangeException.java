package com.secutix.payments.cardvault.policy.application;

/** Two admins changed the same tenant's policy at once: the second must read it again and retry. */
public class ConcurrentPolicyChangeException extends RuntimeException {

    public ConcurrentPolicyChangeException(String tenantId) {
        super("the card policy of tenant " + tenantId + " changed meanwhile");
    }
}
