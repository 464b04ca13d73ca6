package com.secutix.payments.benchmarks.baseline;

import java.net.http.HttpRequest;
import java.time.Duration;

import com.secutix.payments.benchmarks.load.Answer;
import com.secutix.payments.benchmarks.load.Target;

/** B-web under load: a ~500-byte JSON row per request, 201 expected. */
public final class BareWebTarget implements Target {

    private static final String ROW = "{\"orderReference\":\"BENCH-%012d\",\"note\":\"" + "x".repeat(440) + "\"}";

    @Override
    public String name() {
        return "B-web";
    }

    @Override
    public HttpRequest request(long index) {
        return HttpRequest.newBuilder(BareWebJvm.rowsUri()).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(ROW.formatted(index))).build();
    }

    @Override
    public String problemWith(Answer answer) {
        return answer.status() == 201 && answer.body().contains("\"inserted\":1") ? null
                : "status " + answer.status() + ": " + answer.body();
    }
}
