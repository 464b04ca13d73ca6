package com.secutix.payments.checkout.boxoffice.domain;

/** What is wrong with one field of a box-office request, in words the terminal's developer can act on. */
public record Violation(String field, String message) {
}
