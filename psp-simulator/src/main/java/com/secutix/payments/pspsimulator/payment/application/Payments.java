package com.secutix.payments.pspsimulator.payment.application;

import com.secutix.payments.pspsimulator.payment.domain.NcError;
import com.secutix.payments.pspsimulator.payment.domain.Payment;
import com.secutix.payments.pspsimulator.payment.domain.PaymentRefusal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;

/** Every payment the simulator accepted, in memory only: a restart forgets them. */
public class Payments {

    private record OrderKey(String pspid, String orderId) {
    }

    private final Map<Long, Payment> byPayId = new ConcurrentHashMap<>();
    private final Map<OrderKey, List<Payment>> byOrder = new ConcurrentHashMap<>();
    private final Map<String, Long> byChallengeToken = new ConcurrentHashMap<>();
    private final AtomicLong lastPayId;

    public Payments(Clock clock) {
        // PAYIDs keep growing across restarts (seconds since 2023 x 10,000), so a restarted simulator does not reuse them
        this.lastPayId = new AtomicLong(Math.max(0, clock.instant().getEpochSecond() - 1_672_531_200L) * 10_000L);
    }

    /**
     * Creates the payment of a new order unless the same PSPID already has an order with this ORDERID that was
     * not refused (Ogone's "order already processed").
     */
    public synchronized Payment placeOrder(String pspid, String orderId, LongFunction<Payment> newPayment) {
        OrderKey key = new OrderKey(pspid, orderId);
        List<Payment> earlier = byOrder.getOrDefault(key, List.of());
        if (earlier.stream().anyMatch(Payment::blocksOrderId)) {
            throw new PaymentRefusal(NcError.ORDER_ALREADY_PROCESSED, "orderID already processed with success");
        }
        Payment payment = newPayment.apply(lastPayId.incrementAndGet());
        byPayId.put(payment.payId(), payment);
        byOrder.computeIfAbsent(key, k -> new ArrayList<>(1)).add(payment);
        return payment;
    }

    public Optional<Payment> byPayId(String pspid, long payId) {
        return Optional.ofNullable(byPayId.get(payId)).filter(p -> p.details().pspid().equals(pspid));
    }

    /** The latest payment of this merchant reference. */
    public synchronized Optional<Payment> byOrderId(String pspid, String orderId) {
        List<Payment> payments = byOrder.getOrDefault(new OrderKey(pspid, orderId), List.of());
        return payments.isEmpty() ? Optional.empty() : Optional.of(payments.get(payments.size() - 1));
    }

    public void registerChallenge(String token, long payId) {
        byChallengeToken.put(token, payId);
    }

    /** The payment behind a challenge token; the token works once. */
    public Optional<Payment> takeChallenge(String token) {
        return Optional.ofNullable(token).map(byChallengeToken::remove).map(byPayId::get);
    }

    public Optional<Payment> peekChallenge(String token) {
        return Optional.ofNullable(token).map(byChallengeToken::get).map(byPayId::get);
    }

    public List<Payment> all() {
        return List.copyOf(byPayId.values());
    }

    public synchronized void clear() {
        byPayId.clear();
        byOrder.clear();
        byChallengeToken.clear();
    }
}
