package com.secutix.payments.checkout.session.domain;

/** What is wrong with one field of a checkout request, in words the sales system's developer can act on. */
public record Violation(String field, String message) {
}
