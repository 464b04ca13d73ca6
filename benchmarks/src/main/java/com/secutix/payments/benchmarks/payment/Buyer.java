package com.secutix.payments.benchmarks.payment;

/** A buyer of the benchmark and the alias of the card saved for them. */
public record Buyer(String customerId, String alias) {
}
