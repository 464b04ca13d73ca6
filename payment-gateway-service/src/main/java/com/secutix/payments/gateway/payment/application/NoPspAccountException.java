package com.secutix.payments.gateway.payment.application;

/** The tenant has no PSP account configured, so it cannot take payments. */
public class NoPspAccountException extends RuntimeException {

    public NoPspAccountException(String tenantId) {
        super("tenant " + tenantId + " has no PSP account configured");
    }
}
