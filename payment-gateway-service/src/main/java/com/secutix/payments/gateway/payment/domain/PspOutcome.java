package com.secutix.payments.gateway.payment.domain;

/** What came back from one call to the PSP. */
public sealed interface PspOutcome {

    /**
     * The PSP answered with a readable transaction status.
     *
     * @param htmlAnswer with STATUS 46, the base64 HTML page the buyer's browser must show for 3-D Secure
     */
    record Answered(int status, String payId, String ncError, String ncErrorPlus, String htmlAnswer)
            implements PspOutcome {

        public Answered(int status, String payId, String ncError, String ncErrorPlus) {
            this(status, payId, ncError, ncErrorPlus, null);
        }
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
