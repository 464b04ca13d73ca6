package com.secutix.payments.testsupport;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.blockhound.BlockingOperationError;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventLoopGuardTest {

    @BeforeAll
    static void guard() {
        EventLoopGuard.install();
    }

    @Test
    void a_blocking_call_on_an_event_loop_fails() {
        Mono<Long> sleepingOnTheEventLoop = Mono.delay(Duration.ofMillis(1))
                .doOnNext(tick -> sleep());

        assertThatThrownBy(sleepingOnTheEventLoop::block).hasCauseInstanceOf(BlockingOperationError.class);
    }

    @Test
    void the_same_call_on_a_thread_meant_for_blocking_work_passes() {
        Mono<Long> sleepingOffTheEventLoop = Mono.fromCallable(() -> {
            sleep();
            return 1L;
        }).subscribeOn(Schedulers.boundedElastic());

        assertThat(sleepingOffTheEventLoop.block()).isEqualTo(1L);
    }

    @Test
    void a_random_id_may_be_made_on_an_event_loop() {
        assertThat(Mono.delay(Duration.ofMillis(1)).map(tick -> UUID.randomUUID()).block()).isNotNull();
    }

    private static void sleep() {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
