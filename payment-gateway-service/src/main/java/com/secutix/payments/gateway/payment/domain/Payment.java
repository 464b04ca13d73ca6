package com.secutix.payments.gateway.payment.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A payment order at the PSP and its state machine. Every state change goes through
 * {@link #record}, which refuses illegal transitions and returns the events to publish.
 */
public final class Payment {

    private final PaymentId id;
    private final PaymentDetails details;
    private final Instant createdAt;
    private final List<PspTransaction> transactions;
    private final long version;
    private PaymentState state;
    private String pspPayId;
    private Instant updatedAt;
    private int checksDone;
    private Instant nextCheckAt;
    private String buyerActionHtml;

    private Payment(PaymentId id, PaymentDetails details, Instant createdAt, List<PspTransaction> transactions,
            long version, PaymentState state, String pspPayId, Instant updatedAt, int checksDone,
            Instant nextCheckAt, String buyerActionHtml) {
        this.id = Objects.requireNonNull(id);
        this.details = Objects.requireNonNull(details);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.transactions = new ArrayList<>(transactions);
        this.version = version;
        this.state = Objects.requireNonNull(state);
        this.pspPayId = pspPayId;
        this.updatedAt = updatedAt;
        this.checksDone = checksDone;
        this.nextCheckAt = nextCheckAt;
        this.buyerActionHtml = buyerActionHtml;
    }

    /**
     * A new payment, PENDING until the PSP answers, with the masked card its alias was registered with. It is due for a check at the schedule's first
     * delay, so a gateway that dies before recording the answer still gets the order settled.
     */
    public static Payment start(PaymentId id, PaymentDetails details, Instant now, ReconciliationSchedule schedule) {
        OgoneAmount.of(details.amount()); // refuses an amount the PSP cannot express
        if (details.card() == null) {
            throw new IllegalArgumentException("a payment starts with the masked card of its alias");
        }
        if (details.alias() == null) {
            throw new IllegalArgumentException("a payment starts with the alias of its card");
        }
        Instant firstCheck = schedule.nextCheck(0, now).orElse(now);
        return new Payment(id, details, now, List.of(), 0, PaymentState.PENDING, null, now, 0, firstCheck, null);
    }

    /** A payment read back from storage. */
    public static Payment restore(PaymentId id, PaymentDetails details, PaymentState state, String pspPayId,
            Instant createdAt, Instant updatedAt, int checksDone, Instant nextCheckAt, String buyerActionHtml,
            List<PspTransaction> transactions, long version) {
        return new Payment(id, details, createdAt, transactions, version, state, pspPayId, updatedAt, checksDone,
                nextCheckAt, buyerActionHtml);
    }

    /**
     * Records what one call to the PSP returned and moves the payment to the state it implies.
     *
     * @return the events to publish (empty while the outcome is open)
     * @throws IllegalTransitionException when the payment is already settled
     */
    public List<PaymentEvent> record(PspExchange exchange, PspOutcome outcome, Instant sentAt, Instant answeredAt,
            ReconciliationSchedule schedule) {
        PaymentState target = stateFor(outcome.verdict(exchange));
        if (!state.mayBecome(target)) {
            throw new IllegalTransitionException(id, state, target);
        }
        transactions.add(PspTransaction.of(transactions.size() + 1, exchange, orderId(), outcome, sentAt, answeredAt));
        if (exchange == PspExchange.QUERY) {
            checksDone++;
        }
        if (outcome instanceof PspOutcome.Answered answered && hasPayId(answered)) {
            pspPayId = answered.payId();
        }
        updatedAt = answeredAt;
        if (target.isFinal()) {
            nextCheckAt = null;
        } else {
            Optional<Instant> next = schedule.nextCheck(checksDone, answeredAt);
            target = next.isPresent() ? target : PaymentState.MANUAL_REVIEW;
            nextCheckAt = next.orElse(null);
        }
        state = target;
        buyerActionHtml = state == PaymentState.PENDING_BUYER_ACTION
                && outcome instanceof PspOutcome.Answered answered ? answered.htmlAnswer() : null;
        return eventsOf(outcome, answeredAt);
    }

    /**
     * Whether the PSP may be asked about the payment now, ahead of the reconciliation's schedule (the buyer is
     * back from 3-D Secure): the payment is open, the answer to its order has been recorded (before that the
     * order may still be on its way, and a query could overtake it), and no query was sent in the last
     * {@code minInterval}, so a caller cannot make the gateway hammer the PSP.
     */
    public boolean mayBeQueriedEarly(Instant now, Duration minInterval) {
        return !isSettled() && !transactions.isEmpty()
                && lastQuerySentAt().map(sent -> !sent.plus(minInterval).isAfter(now)).orElse(true);
    }

    /**
     * Records the answer of a query asked ahead of the schedule ({@link #mayBeQueriedEarly}). A decision, an
     * answer that settles the payment, is recorded exactly as {@link #record} records a reconciliation query,
     * with its events. Any other answer (still STATUS 46, pending, uncertain, no readable answer, a refused
     * query) is only kept in the payment's PSP ledger: the state, the buyer's page, the checks done and the
     * next check stay as they were, so the reconciliation's schedule is neither advanced nor used up. The PSP
     * saying it never received the order is not taken from an early query either: reconciliation decides
     * that on its schedule, when an order still on its way has long arrived.
     *
     * @return the events to publish (empty unless the payment is settled)
     * @throws IllegalTransitionException when the payment is already settled
     */
    public List<PaymentEvent> recordEarlyQuery(PspOutcome outcome, Instant sentAt, Instant answeredAt,
            ReconciliationSchedule schedule) {
        PaymentState target = stateFor(outcome.verdict(PspExchange.QUERY));
        if (!state.mayBecome(target)) {
            throw new IllegalTransitionException(id, state, target);
        }
        if (target.isFinal() && !saysTheOrderNeverArrived(outcome)) {
            return record(PspExchange.QUERY, outcome, sentAt, answeredAt, schedule);
        }
        transactions.add(PspTransaction.of(transactions.size() + 1, PspExchange.QUERY, orderId(), outcome, sentAt,
                answeredAt));
        return List.of();
    }

    private static boolean saysTheOrderNeverArrived(PspOutcome outcome) {
        return outcome instanceof PspOutcome.Answered answered
                && OgoneStatusTable.saysTheOrderNeverArrived(answered.status(), answered.ncError());
    }

    /** When the last query about the payment was sent, by the reconciliation job or ahead of it. */
    public Optional<Instant> lastQuerySentAt() {
        return transactions.stream()
                .filter(transaction -> transaction.exchange() == PspExchange.QUERY)
                .map(PspTransaction::sentAt)
                .max(Instant::compareTo);
    }

    /** Hands the payment to a person; it is no longer checked automatically. */
    public void sendToManualReview(Instant now) {
        if (!state.mayBecome(PaymentState.MANUAL_REVIEW)) {
            throw new IllegalTransitionException(id, state, PaymentState.MANUAL_REVIEW);
        }
        state = PaymentState.MANUAL_REVIEW;
        nextCheckAt = null;
        updatedAt = now;
    }

    /** Whether the outcome is still open, so the caller should come back for it. */
    public boolean isSettled() {
        return state.isFinal();
    }

    public boolean belongsTo(String tenantId) {
        return details.tenantId().equals(tenantId);
    }

    public boolean isPaidBy(String customerId) {
        return details.customerId().equals(customerId);
    }

    public OgoneOrderId orderId() {
        return OgoneOrderId.of(id);
    }

    private static PaymentState stateFor(PspVerdict verdict) {
        return switch (verdict) {
            case CAPTURED -> PaymentState.CAPTURED;
            case AUTHORISED -> PaymentState.AUTHORISED;
            case DECLINED -> PaymentState.DECLINED;
            case FAILED -> PaymentState.FAILED;
            case BUYER_ACTION -> PaymentState.PENDING_BUYER_ACTION;
            case PENDING -> PaymentState.PENDING;
            case UNKNOWN -> PaymentState.UNKNOWN;
            // a new order cannot have been voided or refunded yet: someone acted outside the gateway
            case VOIDED, REFUNDED, REFUND_FAILED -> PaymentState.MANUAL_REVIEW;
        };
    }

    private List<PaymentEvent> eventsOf(PspOutcome outcome, Instant at) {
        Integer status = outcome instanceof PspOutcome.Answered a ? a.status() : null;
        String ncError = outcome instanceof PspOutcome.Answered a ? a.ncError() : null;
        return switch (state) {
            case CAPTURED -> List.of(new PaymentEvent.Captured(id, at));
            case AUTHORISED -> List.of(new PaymentEvent.Authorised(id, at));
            case DECLINED, FAILED -> List.of(new PaymentEvent.Declined(id, state, status, ncError, at));
            default -> List.of();
        };
    }

    private static boolean hasPayId(PspOutcome.Answered answered) {
        return answered.payId() != null && !answered.payId().isBlank() && !"0".equals(answered.payId());
    }

    public PaymentId id() {
        return id;
    }

    public PaymentDetails details() {
        return details;
    }

    public PaymentState state() {
        return state;
    }

    public Optional<String> pspPayId() {
        return Optional.ofNullable(pspPayId);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public int checksDone() {
        return checksDone;
    }

    public Optional<Instant> nextCheckAt() {
        return Optional.ofNullable(nextCheckAt);
    }

    /** While the buyer must identify (3-D Secure): the PSP's HTML_ANSWER (base64) for the buyer's browser. */
    public Optional<String> buyerActionHtml() {
        return Optional.ofNullable(buyerActionHtml);
    }

    public List<PspTransaction> transactions() {
        return List.copyOf(transactions);
    }

    public long version() {
        return version;
    }
}
