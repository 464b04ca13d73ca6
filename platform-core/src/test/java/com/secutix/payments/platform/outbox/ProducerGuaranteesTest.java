package com.secutix.payments.platform.outbox;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProducerGuaranteesTest {

    private static final String SERVERS = "localhost:9092";

    @Test
    void accepts_an_idempotent_producer_with_acks_all() {
        assertThatCode(() -> ProducerGuarantees.verify(Map.of("bootstrap.servers", SERVERS, "acks", "all",
                "enable.idempotence", "true"))).doesNotThrowAnyException();
    }

    @Test
    void accepts_kafkas_own_defaults_which_are_idempotent_with_acks_all() {
        assertThatCode(() -> ProducerGuarantees.verify(Map.of("bootstrap.servers", SERVERS))).doesNotThrowAnyException();
    }

    @Test
    void refuses_acks_1_as_it_loses_events_when_the_leader_fails() {
        assertThatThrownBy(() -> ProducerGuarantees.verify(Map.of("bootstrap.servers", SERVERS, "acks", "1")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("acks=1");
    }

    @Test
    void refuses_a_producer_without_idempotence() {
        assertThatThrownBy(() -> ProducerGuarantees.verify(Map.of("bootstrap.servers", SERVERS, "acks", "all",
                "enable.idempotence", "false")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("enable.idempotence=false");
    }
}
