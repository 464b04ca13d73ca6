package com.secutix.payments.platform.kafka;

import org.junit.jupiter.api.Test;
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
    void never_carries_a_card_number() {
        Exception failure = new IllegalArgumentException("bad card 4111111111111111");

        assertThat(DeadLetterReason.of(failure)).isEqualTo("IllegalArgumentException: bad card ************1111");
    }
}
