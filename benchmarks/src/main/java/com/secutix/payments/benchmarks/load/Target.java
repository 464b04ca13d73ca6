package com.secutix.payments.benchmarks.load;

import java.net.http.HttpRequest;

/**
 * What a load step sends and what it accepts back: each request is built for its index (so that it can
 * carry a unique Idempotency-Key or order id), and every answer is checked.
 */
public interface Target {

    String name();

    HttpRequest request(long index);

    /** Null when the answer is the expected one, otherwise why not. */
    String problemWith(Answer answer);
}
