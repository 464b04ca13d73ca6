package com.secutix.payments.platform.web.inflight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.test.StepVerifier;

class InFlightLimitTest {

    private final InFlightLimit limit = new InFlightLimit(2);
    private final AtomicInteger started = new AtomicInteger();

    @Test
    void runs_requests_up_to_the_bound_and_refuses_the_next_without_starting_it() {
        Sinks.One<String> first = Sinks.one();
        Sinks.One<String> second = Sinks.one();
        running(first).subscribe();
        running(second).subscribe();

        StepVerifier.create(running(Sinks.one())).verifyErrorMessage("busy");

        assertThat(started).hasValue(2);
    }

    @Test
    void lets_the_next_request_in_once_one_has_answered() {
        Sinks.One<String> first = Sinks.one();
        running(first).subscribe();
        running(Sinks.one()).subscribe();

        first.tryEmitValue("paid");

        StepVerifier.create(limit.run(() -> Mono.just("next"), () -> new IllegalStateException("busy")))
                .expectNext("next").verifyComplete();
    }

    @Test
    void counts_a_request_until_it_ends_however_it_ends() {
        StepVerifier.create(limit.run(() -> Mono.error(new IllegalStateException("failed")), () -> new IllegalStateException("busy")))
                .verifyErrorMessage("failed");
        StepVerifier.create(limit.run(Mono::<String>empty, () -> new IllegalStateException("busy"))).verifyComplete();
        Disposable cancelled = running(Sinks.one()).subscribe();
        cancelled.dispose();

        assertThat(limit.tryEnter()).isTrue();
        assertThat(limit.tryEnter()).isTrue();
        assertThat(limit.tryEnter()).isFalse();
    }

    @Test
    void refuses_a_bound_below_one() {
        assertThatThrownBy(() -> new InFlightLimit(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 1");
    }

    private Mono<String> running(Sinks.One<String> answer) {
        return limit.run(() -> {
            started.incrementAndGet();
            return answer.asMono();
        }, () -> new IllegalStateException("busy"));
    }
}
