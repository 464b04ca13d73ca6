package com.secutix.payments.platform.kafka;

import com.secutix.payments.events.EventMetadata;

/** An event read from Kafka: its CloudEvents attributes and its payload record. */
public record IncomingEvent<T>(EventMetadata metadata, T payload) {
}
