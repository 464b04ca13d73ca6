package com.secutix.payments.platform.testapp;

import org.springframework.stereotype.Component;

import java.util.concurrent.atomic.AtomicInteger;

/** How many times the idempotent action of the test application really ran. */
@Component
public class ActionExecutions {

    private final AtomicInteger count = new AtomicInteger();

    void record() {
        count.incrementAndGet();
    }

    public int count() {
        return count.get();
    }
}
