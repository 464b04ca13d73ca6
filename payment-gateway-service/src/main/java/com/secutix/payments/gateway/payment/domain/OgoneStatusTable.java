package com.secutix.payments.gateway.payment.domain;

import static com.secutix.payments.gateway.payment.domain.PspVerdict.AUTHORISED;
import static com.secutix.payments.gateway.payment.domain.PspVerdict.BUYER_ACTION;
import static com.secutix.payments.gateway.payment.domain.PspVerdict.CAPTURED;
import static com.secutix.payments.gateway.payment.domain.PspVerdict.DECLINED;
import static com.secutix.payments.gateway.payment.domain.PspVerdict.FAILED;
import static com.secutix.payments.gateway.payment.domain.PspVerdict.PENDING;
import static com.secutix.payments.gateway.payment.domain.PspVerdict.REFUNDED;
import static com.secutix.payments.gateway.payment.domain.PspVerdict.REFUND_FAILED;
import static com.secutix.payments.gateway.payment.domain.PspVerdict.UNKNOWN;
import static com.secutix.payments.gateway.payment.domain.PspVerdict.VOIDED;

import java.util.Map;

/**
 * The one place where Ogone's transaction STATUS codes (ogone-protocol.md) get their meaning.
 * A code missing from the table is an answer we cannot read, so it is {@link PspVerdict#UNKNOWN}.
 */
public final class OgoneStatusTable {

    private static final Map<Integer, PspVerdict> VERDICTS = Map.ofEntries(
            Map.entry(0, FAILED),        // invalid or incomplete
            Map.entry(1, FAILED),        // cancelled by customer
            Map.entry(2, DECLINED),      // authorisation refused
            Map.entry(46, BUYER_ACTION), // waiting for identification (3-D Secure)
            Map.entry(5, AUTHORISED),    // authorised
            Map.entry(50, PENDING),      // authorisation waiting
            Map.entry(51, PENDING),      // authorisation waiting
            Map.entry(52, UNKNOWN),      // authorisation not known
            Map.entry(59, PENDING),      // authorisation to be requested manually
            Map.entry(6, VOIDED),        // authorised and cancelled
            Map.entry(61, PENDING),      // cancellation waiting
            Map.entry(62, UNKNOWN),      // cancellation uncertain
            Map.entry(7, VOIDED),        // payment deleted
            Map.entry(71, PENDING),      // deletion waiting
            Map.entry(72, UNKNOWN),      // deletion uncertain
            Map.entry(8, REFUNDED),      // refunded
            Map.entry(81, PENDING),      // refund pending
            Map.entry(82, UNKNOWN),      // refund uncertain
            Map.entry(83, REFUND_FAILED), // refund refused
            Map.entry(84, REFUND_FAILED), // refund declined by the acquirer
            Map.entry(85, REFUNDED),     // refund processed by merchant
            Map.entry(9, CAPTURED),      // payment requested
            Map.entry(91, PENDING),      // payment processing
            Map.entry(92, UNKNOWN),      // payment uncertain
            Map.entry(93, DECLINED));    // payment refused

    private OgoneStatusTable() {
    }

    /** NCERROR of a query about an order the PSP never received. */
    public static final String ORDER_NOT_FOUND = "50001130";

    public static PspVerdict verdictOf(int status) {
        return VERDICTS.getOrDefault(status, UNKNOWN);
    }

    /**
     * The verdict of a querydirect answer. STATUS 0 there means the query itself was refused: it is
     * final only when the PSP says it never received the order (NCERROR 50001130), otherwise (a wrong
     * signature or password) it tells nothing about the payment, so it stays unknown.
     */
    public static PspVerdict verdictOfQuery(int status, String ncError) {
        if (status == 0 && !saysTheOrderNeverArrived(status, ncError)) {
            return UNKNOWN;
        }
        return verdictOf(status);
    }

    /** Whether a querydirect answer says the PSP never received the order (STATUS 0, NCERROR 50001130). */
    public static boolean saysTheOrderNeverArrived(int status, String ncError) {
        return status == 0 && ORDER_NOT_FOUND.equals(ncError);
    }

    /** Every code the table knows, for tests and documentation. */
    public static Map<Integer, PspVerdict> all() {
        return VERDICTS;
    }
}
