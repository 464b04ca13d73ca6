package com.secutix.payments.platform.logging;

import org.springframework.boot.json.JsonWriter;
import org.springframework.boot.logging.structured.StructuredLoggingJsonMembersCustomizer;

/**
 * Masks card numbers in every string member of Boot's structured (ECS, Logstash, GELF) log lines.
 * Set as {@code logging.structured.json.customizer} by the platform defaults.
 */
public class MaskingStructuredLogCustomizer implements StructuredLoggingJsonMembersCustomizer<Object> {

    @Override
    public void customize(JsonWriter.Members<Object> members) {
        members.applyingValueProcessor(JsonWriter.ValueProcessor.of(String.class, CardNumberMasking::mask));
    }
}
