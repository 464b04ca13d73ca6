package com.secutix.payments.platform.kafka;

import org.junit.jupiter.api.Test;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.ListenerExecutionFailedException;

import static org.assertj.core.api.Assertions.assertThat;

class DeadLetterReasonTest {

    @Test
    void names_the_listeners_own_failure_not_the_container_wrapper() {
        Exception failure = new ListenerExecutionFailedException("listener failed",
                new PoisonEventException("missing header ce_id"));

        assertThat(DeadLetterReason.of(failure)).isEqualTo("PoisonEventException: missing header ce_id");
    }

    @Test
    void names_the_failure_of_the_record_a_batch_listener_reported_not_the_batch() {
        Exception failure = new ListenerExecutionFailedException("listener failed",
                new BatchListenerFailedException("record 3 failed", new PoisonEventException("unknown event type x"), 3));

        assertThat(DeadLetterReason.of(failure)).isEqualTo("PoisonEventException: unknown event type x");
    }

    @Test
    void never_carries_a_card_number() {
        Exception failure = new IllegalArgumentException("bad card 4111111111111111");

        assertThat(DeadLetterReason.of(failure)).isEqualTo("IllegalArgumentException: bad card ************1111");
    }
}
