package com.secutix.payments.gateway.payment.domain;

/** What came back from one call to the PSP. */
public sealed interface PspOutcome {

    /** The PSP answered with a readable transaction status. */
    record Answered(int status, String payId, String ncError, String ncErrorPlus) implements PspOutcome {
    }

    /**
     * No readable status: a timeout, a reset connection, a server error, an unreadable body, or a query
     * about an order the PSP does not (yet) know. The order may or may not have been executed.
     */
    record OutcomeUnknown(String reason) implements PspOutcome {
    }

    default PspVerdict verdict(PspExchange exchange) {
        if (this instanceof Answered answered) {
            return exchange == PspExchange.QUERY
                    ? OgoneStatusTable.verdictOfQuery(answered.status(), answered.ncError())
                    : OgoneStatusTable.verdictOf(answered.status());
        }
        return PspVerdict.UNKNOWN;
    }
}
