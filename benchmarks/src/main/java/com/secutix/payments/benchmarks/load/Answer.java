package com.secutix.payments.benchmarks.load;

/** What came back for one request: the HTTP status and the body. */
public record Answer(int status, String body) {
}
