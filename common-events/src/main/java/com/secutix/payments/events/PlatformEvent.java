package com.secutix.payments.events;

/** A fact published by a payment-platform service. Keyed on Kafka by its aggregate id. */
public interface PlatformEvent {

    String tenantId();

    String aggregateId();
}
