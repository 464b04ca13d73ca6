package com.secutix.payments.platform.outbox;

import java.time.Instant;
import java.util.UUID;

/**
 * An outbox row claimed by the relay: everything needed to publish it as a CloudEvent; {@code trace} is
 * null when the event was appended outside any trace.
 */
record OutboxRow(UUID id, String topic, String key, String type, String subject, String tenantId,
                 String correlationId, byte[] payload, Instant occurredAt, TraceHeaders trace) {
}
