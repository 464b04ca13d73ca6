package com.secutix.payments.pspsimulator.fault.domain;

/** What goes wrong with one DirectLink call. */
public enum Fault {
    NONE,
    /** HTTP 500 before anything is recorded */
    SERVER_ERROR,
    /** the operation is recorded, the answer comes too late for the client */
    LATE_ANSWER,
    /** the acquirer's answer is lost: 92 / 52 until a query */
    UNCERTAIN_OUTCOME
}
