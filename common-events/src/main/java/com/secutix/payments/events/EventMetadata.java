package com.secutix.payments.events;

import java.time.Instant;

/** The CloudEvents attributes (and our extensions) that travel with every event. */
public record EventMetadata(String id, String type, String source, Instant time, String subject,
                            String tenantId, String correlationId) {
}
