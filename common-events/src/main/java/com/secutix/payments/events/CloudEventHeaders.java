package com.secutix.payments.events;

/**
 * Kafka header names of the CloudEvents Kafka protocol binding, binary content mode, and of our two
 * extension attributes. Any consumer that speaks CloudEvents can read our events without our code.
 */
public final class CloudEventHeaders {

    public static final String SPEC_VERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String TIME = "ce_time";
    public static final String SUBJECT = "ce_subject";
    public static final String TENANT_ID = "ce_tenantid";
    public static final String CORRELATION_ID = "ce_correlationid";
    public static final String CONTENT_TYPE = "content-type";

    public static final String SPEC_VERSION_1_0 = "1.0";
    public static final String JSON = "application/json";
    public static final String DEAD_LETTER_REASON = "x-dead-letter-reason";

    private CloudEventHeaders() {
    }
}
