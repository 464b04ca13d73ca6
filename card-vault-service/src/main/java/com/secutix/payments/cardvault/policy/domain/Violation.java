package com.secutix.payments.cardvault.policy.domain;

/** What is wrong with one field of a card policy, in words a tenant admin can act on. */
public record Violation(String field, String message) {
}
