package com.secutix.payments.pspsimulator.payment.domain;

import com.secutix.payments.pspsimulator.card.domain.CardBehaviour;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A payment at the PSP (one PAYID) and its history. Maintenance rules: capture at most what was authorised,
 * refund at most what was captured and not yet refunded, nothing after the transaction was closed.
 */
public final class Payment {

    private final long payId;
    private final PaymentDetails details;
    private final List<PaymentOperation> operations = new ArrayList<>(2);
    private TransactionStatus settlesTo;
    private ThreeDsReturn threeDsReturn;
    private long captured;
    private long refunded;
    private boolean capturesClosed;
    private boolean refundsClosed;
    private boolean cancelled;

    private Payment(long payId, PaymentDetails details) {
        this.payId = payId;
        this.details = details;
    }

    /** An order answered at once: authorised, captured or refused. */
    public static Payment decided(long payId, PaymentDetails details, TransactionStatus status, NcError error,
                                  Instant now) {
        Payment payment = new Payment(payId, details);
        payment.operations.add(new PaymentOperation(0, details.operation(), details.amount().value(), status, error, now));
        payment.applyOrderOutcome(status);
        return payment;
    }

    /** An order whose outcome the acquirer did not confirm (92 / 52); a later query settles it. */
    public static Payment uncertain(long payId, PaymentDetails details, TransactionStatus settlesTo, Instant now) {
        TransactionStatus shown = details.operation() == OperationCode.SAL
                ? TransactionStatus.PAYMENT_UNCERTAIN : TransactionStatus.AUTHORISATION_NOT_KNOWN;
        Payment payment = new Payment(payId, details);
        payment.operations.add(new PaymentOperation(0, details.operation(), details.amount().value(), shown,
                NcError.UNKNOWN_STATUS, now));
        payment.settlesTo = settlesTo;
        return payment;
    }

    /** An order waiting for the buyer's 3-D Secure identification (46). */
    public static Payment awaitingIdentification(long payId, PaymentDetails details, ThreeDsReturn threeDsReturn,
                                                 Instant now) {
        Payment payment = new Payment(payId, details);
        payment.operations.add(new PaymentOperation(0, details.operation(), details.amount().value(),
                TransactionStatus.WAITING_FOR_IDENTIFICATION, NcError.NONE, now));
        payment.threeDsReturn = threeDsReturn;
        return payment;
    }

    public long payId() {
        return payId;
    }

    public PaymentDetails details() {
        return details;
    }

    public synchronized TransactionStatus status() {
        return operations.get(operations.size() - 1).status();
    }

    public synchronized PaymentOperation lastOperation() {
        return operations.get(operations.size() - 1);
    }

    public synchronized Optional<PaymentOperation> operation(int payIdSub) {
        return payIdSub >= 0 && payIdSub < operations.size() ? Optional.of(operations.get(payIdSub)) : Optional.empty();
    }

    public synchronized List<PaymentOperation> operations() {
        return List.copyOf(operations);
    }

    public synchronized Optional<ThreeDsReturn> threeDsReturn() {
        return Optional.ofNullable(threeDsReturn);
    }

    /** A refused order may be tried again with the same ORDERID; anything else blocks a second order. */
    public synchronized boolean blocksOrderId() {
        TransactionStatus orderStatus = operations.get(0).status();
        return orderStatus != TransactionStatus.REFUSED && orderStatus != TransactionStatus.PAYMENT_REFUSED;
    }

    /** The acquirer's late answer for an uncertain order. */
    public synchronized void settle() {
        if (settlesTo == null) {
            return;
        }
        NcError error = settlesTo == TransactionStatus.REFUSED || settlesTo == TransactionStatus.PAYMENT_REFUSED
                ? NcError.PAYMENT_REFUSED : NcError.NONE;
        operations.set(0, operations.get(0).withStatus(settlesTo, error));
        applyOrderOutcome(settlesTo);
        settlesTo = null;
    }

    /** The buyer's 3-D Secure identification succeeded or failed; the token is used once. */
    public synchronized PaymentOperation completeIdentification(boolean authenticated) {
        if (operations.get(0).status() != TransactionStatus.WAITING_FOR_IDENTIFICATION) {
            throw new PaymentRefusal(NcError.INCORRECT_ORDER_STATUS, "not waiting for identification");
        }
        TransactionStatus status;
        NcError error;
        if (authenticated) {
            status = details.operation() == OperationCode.SAL ? TransactionStatus.CAPTURED : TransactionStatus.AUTHORISED;
            error = NcError.NONE;
        } else {
            status = TransactionStatus.REFUSED;
            error = NcError.AUTHENTICATION_FAILED;
        }
        operations.set(0, operations.get(0).withStatus(status, error));
        applyOrderOutcome(status);
        return operations.get(0);
    }

    public synchronized PaymentOperation capture(Long requestedAmount, boolean last, Instant now) {
        requireOpenAuthorisation();
        if (capturesClosed) {
            throw new PaymentRefusal(NcError.INCORRECT_ORDER_STATUS, "the transaction is closed for captures");
        }
        long remaining = details.amount().value() - captured;
        long amount = requestedAmount == null ? remaining : requirePositive(requestedAmount);
        if (amount > remaining) {
            throw new PaymentRefusal(NcError.CAPTURE_OVERFLOW, "capture above the authorised amount not yet captured");
        }
        captured += amount;
        if (last || captured == details.amount().value()) {
            capturesClosed = true;
        }
        return record(last ? OperationCode.SAS : OperationCode.SAL, amount, TransactionStatus.CAPTURED, NcError.NONE, now);
    }

    public synchronized PaymentOperation renew(Instant now) {
        requireOpenAuthorisation();
        if (captured > 0 || capturesClosed) {
            throw new PaymentRefusal(NcError.INCORRECT_ORDER_STATUS, "only an authorisation not yet captured is renewed");
        }
        return record(OperationCode.REN, details.amount().value(), TransactionStatus.AUTHORISED, NcError.NONE, now);
    }

    public synchronized PaymentOperation cancel(boolean closing, Instant now) {
        requireOpenAuthorisation();
        if (capturesClosed) {
            throw new PaymentRefusal(NcError.INCORRECT_ORDER_STATUS, "nothing left to cancel");
        }
        long remaining = details.amount().value() - captured;
        cancelled = true;
        capturesClosed = true;
        return record(closing ? OperationCode.DES : OperationCode.DEL, remaining,
                TransactionStatus.AUTHORISED_AND_CANCELLED, NcError.NONE, now);
    }

    public synchronized PaymentOperation refund(Long requestedAmount, boolean last, Instant now) {
        if (captured == 0) {
            throw new PaymentRefusal(NcError.INCORRECT_ORDER_STATUS, "nothing captured to refund");
        }
        if (refundsClosed) {
            throw new PaymentRefusal(NcError.INCORRECT_ORDER_STATUS, "the transaction is closed for refunds");
        }
        long refundable = captured - refunded;
        long amount = requestedAmount == null ? refundable : requirePositive(requestedAmount);
        if (amount > refundable) {
            throw new PaymentRefusal(NcError.REFUND_OVERFLOW, "refund above the captured amount not yet refunded");
        }
        OperationCode code = last ? OperationCode.RFS : OperationCode.RFD;
        if (details.card().behaviour() == CardBehaviour.REFUSE_REFUNDS) {
            return record(code, amount, TransactionStatus.REFUND_REFUSED, NcError.PAYMENT_REFUSED, now);
        }
        refunded += amount;
        if (last) {
            refundsClosed = true;
        }
        return record(code, amount, TransactionStatus.REFUNDED, NcError.NONE, now);
    }

    private void applyOrderOutcome(TransactionStatus status) {
        if (status == TransactionStatus.CAPTURED) {
            captured = details.amount().value();
            capturesClosed = true;
        }
        if (status != TransactionStatus.WAITING_FOR_IDENTIFICATION) {
            threeDsReturn = null;
        }
    }

    private void requireOpenAuthorisation() {
        if (details.operation() != OperationCode.RES || operations.get(0).status() != TransactionStatus.AUTHORISED) {
            throw new PaymentRefusal(NcError.INCORRECT_ORDER_STATUS, "no open authorisation on this payment");
        }
        if (cancelled) {
            throw new PaymentRefusal(NcError.INCORRECT_ORDER_STATUS, "the authorisation was cancelled");
        }
    }

    private static long requirePositive(long amount) {
        if (amount <= 0) {
            throw new PaymentRefusal(NcError.DATA_VALIDATION, "AMOUNT must be greater than 0");
        }
        return amount;
    }

    private PaymentOperation record(OperationCode code, long amount, TransactionStatus status, NcError error,
                                    Instant now) {
        PaymentOperation operation = new PaymentOperation(operations.size(), code, amount, status, error, now);
        operations.add(operation);
        return operation;
    }
}
