package com.secutix.payments.platform.kafka;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.BatchListenerFailedException;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Handles the records of one poll, as a batch listener of
 * {@link PlatformKafkaAutoConfiguration#BATCH_LISTENER_FACTORY} receives them, in one database transaction,
 * without losing a record or giving one two effects:
 * <ol>
 *   <li>every record is read first ({@code read}: empty for a record the consumer skips, a
 *   {@link PoisonEventException} for one it can never handle), up to the first poison record;</li>
 *   <li>the events read before it are handled by one call of {@code handle}, which must run in one
 *   transaction and de-duplicate ({@link ProcessedEvents#handleEachOnce}); the listener thread waits for
 *   it (a Kafka container thread, never a Reactor event loop, so blocking there is right);</li>
 *   <li>a poison record (or one whose reading failed otherwise: the error handler's retry rules
 *   apply to that failure, poison is never retried) is then reported as
 *   {@link BatchListenerFailedException} with its index: the
 *   platform's error handler commits the offsets of the records before it (handled and committed above),
 *   sends it to {@code <topic>.dlt} with its reason at once (poison is never retried), and the records after
 *   it come again with the next poll. One poison record costs one more poll, never a lost or doubled
 *   record, and the good records before it are not held back by it.</li>
 * </ol>
 * When the batch's transaction fails (the database unavailable, a deadlock, an effect refusing one
 * event), all of it is rolled back and the same events are handled again at once, one transaction each,
 * in order (de-duplication makes that safe): a failure that has passed costs nothing more, and an event
 * that fails on its own is reported as {@link BatchListenerFailedException} with its index, so it is
 * retried and dead-lettered exactly as on the record-at-a-time path ({@code payments.kafka.listener.*}),
 * the events before it committed and the ones after it redelivered. A batch never dead-letters an event
 * that the record path would have handled. The offsets of a batch that returns normally are committed
 * after it (ack mode {@code BATCH}), after its transaction.
 */
public final class EventBatches {

    private static final Logger log = LoggerFactory.getLogger(EventBatches.class);

    private EventBatches() {
    }

    /**
     * @param records the poll's records, in the order the listener received them
     * @param read    the event of a record; empty for a record to skip; throws {@link PoisonEventException}
     *                for one that can never be handled
     * @param handle  the effects of the given events in one transaction, de-duplicated by event id
     * @param timeout how long the listener waits for one {@code handle}
     */
    public static <T> void handle(List<ConsumerRecord<String, byte[]>> records,
                                  Function<ConsumerRecord<String, byte[]>, Optional<T>> read,
                                  Function<List<T>, Mono<?>> handle, Duration timeout) {
        List<Indexed<T>> events = new ArrayList<>();
        BatchListenerFailedException unreadableRecord = null;
        for (int index = 0; index < records.size() && unreadableRecord == null; index++) {
            try {
                int at = index;
                read.apply(records.get(index)).ifPresent(event -> events.add(new Indexed<>(at, event)));
            } catch (RuntimeException failure) {
                // poison above all; any other failure of reading one record is that record's too
                unreadableRecord = new BatchListenerFailedException(failure.getMessage(), failure, index);
            }
        }
        if (!events.isEmpty()) {
            handleInOneTransaction(events, handle, timeout);
        }
        if (unreadableRecord != null) {
            throw unreadableRecord;
        }
    }

    private static <T> void handleInOneTransaction(List<Indexed<T>> events, Function<List<T>, Mono<?>> handle,
                                                   Duration timeout) {
        try {
            await(handle.apply(events.stream().map(Indexed::event).toList()), timeout);
        } catch (RuntimeException failure) {
            if (events.size() == 1) {
                throw new BatchListenerFailedException(failure.getMessage(), failure, events.get(0).index());
            }
            log.warn("A batch of {} events was rolled back, handling them one by one: {}", events.size(), failure.toString());
            for (Indexed<T> event : events) {
                try {
                    await(handle.apply(List.of(event.event())), timeout);
                } catch (RuntimeException alone) {
                    throw new BatchListenerFailedException(alone.getMessage(), alone, event.index());
                }
            }
        }
    }

    private static void await(Mono<?> handling, Duration timeout) {
        handling.timeout(timeout).block();
    }

    /** An event and the index of its record in the poll. */
    private record Indexed<T>(int index, T event) {
    }
}
