package com.secutix.payments.platform.web.idempotency;

/** What {@code idempotency_keys} holds for a key that was already claimed. */
record StoredAnswer(String operation, String requestHash, String state, Integer status, String body, String headers) {

    static final String IN_PROGRESS = "IN_PROGRESS";
    static final String COMPLETED = "COMPLETED";

    boolean isCompleted() {
        return COMPLETED.equals(state);
    }

    boolean matches(String operation, String requestHash) {
        return this.operation.equals(operation) && this.requestHash.equals(requestHash);
    }
}
