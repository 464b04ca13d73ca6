package com.secutix.payments.pspsimulator;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller of the simulator's own admin endpoints ({@code /simulator/**}: ledger, state, fault settings).
 * They read, wipe or slow down what the simulator holds, with no authentication, so they exist only when
 * {@value #ENABLED} is {@code true}: the {@code local} profile sets it ({@code application-local.yml}); without it the
 * paths answer 404.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ConditionalOnBooleanProperty(AdminEndpoints.ENABLED)
public @interface AdminEndpoints {

    String ENABLED = "psp-simulator.admin-endpoints.enabled";
}
