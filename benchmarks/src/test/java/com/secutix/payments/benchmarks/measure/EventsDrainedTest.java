package com.secutix.payments.benchmarks.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class EventsDrainedTest {

    private static final TopicPartition FIRST = new TopicPartition("payments.payment.v1", 0);
    private static final TopicPartition SECOND = new TopicPartition("payments.payment.v1", 1);

    @Test
    void the_backlog_is_what_each_partition_holds_beyond_the_group_s_committed_offset() {
        assertThat(EventsDrained.backlog(Map.of(FIRST, 120L, SECOND, 80L), Map.of(FIRST, 100L, SECOND, 80L))).isEqualTo(20);
    }

    @Test
    void a_partition_the_group_never_committed_on_is_all_backlog() {
        assertThat(EventsDrained.backlog(Map.of(FIRST, 120L, SECOND, 7L), Map.of(FIRST, 120L))).isEqualTo(7);
    }

    @Test
    void nothing_is_behind_when_every_committed_offset_is_at_the_end() {
        assertThat(EventsDrained.backlog(Map.of(FIRST, 120L), Map.of(FIRST, 120L))).isZero();
    }
}
