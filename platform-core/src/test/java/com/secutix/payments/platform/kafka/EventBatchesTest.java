package com.secutix.payments.platform.kafka;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.listener.BatchListenerFailedException;
import reactor.core.publisher.Mono;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class EventBatchesTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    /** Each call of the handler: the events it was given in one transaction. */
    private final List<List<String>> transactions = new ArrayList<>();

    @Test
    void handles_every_event_of_a_batch_in_one_transaction_and_skips_what_the_reader_skips() {
        EventBatches.handle(records("a", "skip", "b", "c"), EventBatchesTest::read, this::commit, TIMEOUT);

        assertThat(transactions).containsExactly(List.of("a", "b", "c"));
    }

    @Test
    void a_poison_record_is_reported_by_its_index_after_the_events_before_it_are_handled_and_nothing_after_it_is() {
        BatchListenerFailedException failure = catchThrowableOfType(BatchListenerFailedException.class,
                () -> EventBatches.handle(records("a", "b", "poison", "c"), EventBatchesTest::read, this::commit, TIMEOUT));

        assertThat(failure.getIndex()).isEqualTo(2);
        assertThat(failure).hasCauseInstanceOf(PoisonEventException.class);
        assertThat(DeadLetterReason.of(failure)).isEqualTo("PoisonEventException: unreadable poison");
        assertThat(transactions).containsExactly(List.of("a", "b"));
    }

    @Test
    void a_poison_record_first_in_the_batch_handles_nothing() {
        BatchListenerFailedException failure = catchThrowableOfType(BatchListenerFailedException.class,
                () -> EventBatches.handle(records("poison", "a"), EventBatchesTest::read, this::commit, TIMEOUT));

        assertThat(failure.getIndex()).isZero();
        assertThat(transactions).isEmpty();
    }

    @Test
    void a_failed_batch_is_handled_again_one_event_per_transaction_and_a_passed_failure_costs_nothing_more() {
        Function<List<String>, Mono<?>> failingOnce = new FailingOnce(this::commit);

        EventBatches.handle(records("a", "b", "c"), EventBatchesTest::read, failingOnce, TIMEOUT);

        assertThat(transactions).containsExactly(List.of("a"), List.of("b"), List.of("c"));
    }

    @Test
    void an_event_that_fails_alone_is_reported_by_its_index_and_the_events_before_it_are_committed() {
        Function<List<String>, Mono<?>> refusingB = events -> events.contains("b")
                ? Mono.error(new IllegalStateException("cannot handle b")) : commit(events);

        BatchListenerFailedException failure = catchThrowableOfType(BatchListenerFailedException.class,
                () -> EventBatches.handle(records("skip", "a", "b", "c"), EventBatchesTest::read, refusingB, TIMEOUT));

        assertThat(failure.getIndex()).isEqualTo(2);
        assertThat(DeadLetterReason.of(failure)).isEqualTo("IllegalStateException: cannot handle b");
        assertThat(transactions).containsExactly(List.of("a"));
    }

    private Mono<Void> commit(List<String> events) {
        return Mono.fromRunnable(() -> transactions.add(List.copyOf(events)));
    }

    private static Optional<String> read(ConsumerRecord<String, byte[]> record) {
        String value = new String(record.value(), StandardCharsets.UTF_8);
        if (value.equals("poison")) {
            throw new PoisonEventException("unreadable poison");
        }
        return value.equals("skip") ? Optional.empty() : Optional.of(value);
    }

    private static List<ConsumerRecord<String, byte[]>> records(String... values) {
        long[] offset = {0};
        return Stream.of(values)
                .map(value -> new ConsumerRecord<>("payments.payment.v1", 0, offset[0]++, value,
                        value.getBytes(StandardCharsets.UTF_8)))
                .toList();
    }

    /** The first transaction fails (a database that went away for a moment), the next ones commit. */
    private static final class FailingOnce implements Function<List<String>, Mono<?>> {

        private final Function<List<String>, Mono<Void>> commit;
        private boolean failed;

        FailingOnce(Function<List<String>, Mono<Void>> commit) {
            this.commit = commit;
        }

        @Override
        public Mono<?> apply(List<String> events) {
            if (!failed) {
                failed = true;
                return Mono.error(new IllegalStateException("connection lost"));
            }
            return commit.apply(events);
        }
    }
}
