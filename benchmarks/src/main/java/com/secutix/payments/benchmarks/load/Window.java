package com.secutix.payments.benchmarks.load;

import java.net.http.HttpRequest;

/**
 * A target's requests and checks in a window that is not a measured step (a warm-up, the settling before the steady
 * windows, a JFR recording), named so: its steps read apart from the measured ones in the console and in the report's
 * list of wrong answers, where a JFR window's drops (the recording stalls the service it attaches to) would otherwise
 * read as the steady window's of the same target and rate.
 */
public record Window(String purpose, Target target) implements Target {

    @Override
    public String name() {
        return target.name() + " (" + purpose + ")";
    }

    @Override
    public HttpRequest request(long index) {
        return target.request(index);
    }

    @Override
    public String problemWith(Answer answer) {
        return target.problemWith(answer);
    }
}
