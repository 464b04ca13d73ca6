package com.secutix.payments.benchmarks.payment;

/** A buyer of the benchmark and the id of the card the vault saved for them (never its alias). */
public record SavedCardOfBuyer(String customerId, String cardId) {
}
