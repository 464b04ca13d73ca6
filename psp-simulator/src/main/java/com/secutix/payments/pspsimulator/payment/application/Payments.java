package com.secutix.payments.pspsimulator.payment.application;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Scheduler;
import com.github.benmanes.caffeine.cache.Ticker;
import com.secutix.payments.pspsimulator.payment.domain.NcError;
import com.secutix.payments.pspsimulator.payment.domain.Payment;
import com.secutix.payments.pspsimulator.payment.domain.PaymentRefusal;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;

/**
 * Every payment the simulator accepted, in memory only: a restart forgets them. Memory is bounded:
 * <ul>
 *   <li>at most {@code maxTransactions} payments (PAYIDs) over all merchant accounts; the oldest order is
 *       forgotten first (strictly, which Caffeine's size bound does not promise, hence a plain insertion-ordered
 *       map), with its ledger entries and its pending challenge; a forgotten payment is unknown to queries and
 *       maintenance (50001130) and its ORDERID no longer blocks a new order;</li>
 *   <li>a pending 3-D Secure challenge expires after {@code challengeLifetime} (the payment stays at 46).</li>
 * </ul>
 */
public class Payments {

    private record OrderKey(String pspid, String orderId) {
    }

    private final int maxTransactions;
    /** Oldest first; guarded by {@code this}, like every field below but the challenges. */
    private final LinkedHashMap<Long, Payment> byPayId;
    private final Map<OrderKey, List<Payment>> byOrder = new HashMap<>();
    private final Map<String, Long> evictedEntriesByPspid = new HashMap<>();
    private long evictedPayments;
    private final Cache<String, Long> challenges;
    private final AtomicLong lastPayId;

    /**
     * @param ticker the time source of the challenges' expiry (the simulator's clock), in nanoseconds
     */
    public Payments(Clock clock, Ticker ticker, int maxTransactions, Duration challengeLifetime) {
        if (maxTransactions < 1) {
            throw new IllegalArgumentException("maxTransactions must be at least 1");
        }
        this.maxTransactions = maxTransactions;
        // PAYIDs keep growing across restarts (seconds since 2023 x 10,000), so a restarted simulator does not reuse them
        this.lastPayId = new AtomicLong(Math.max(0, clock.instant().getEpochSecond() - 1_672_531_200L) * 10_000L);
        this.challenges = Caffeine.newBuilder()
                .ticker(ticker)
                .scheduler(Scheduler.systemScheduler())
                .expireAfterWrite(challengeLifetime)
                .build();
        this.byPayId = new LinkedHashMap<>() {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, Payment> eldest) {
                if (size() <= Payments.this.maxTransactions) {
                    return false;
                }
                evict(eldest.getValue());
                return true;
            }
        };
    }

    /**
     * Creates the payment of a new order unless the same PSPID already has an order with this ORDERID that was
     * not refused (Ogone's "order already processed"). May forget the oldest payment to make room.
     */
    public synchronized Payment placeOrder(String pspid, String orderId, LongFunction<Payment> newPayment) {
        OrderKey key = new OrderKey(pspid, orderId);
        List<Payment> earlier = byOrder.getOrDefault(key, List.of());
        if (earlier.stream().anyMatch(Payment::blocksOrderId)) {
            throw new PaymentRefusal(NcError.ORDER_ALREADY_PROCESSED, "orderID already processed with success");
        }
        Payment payment = newPayment.apply(lastPayId.incrementAndGet());
        byOrder.computeIfAbsent(key, k -> new ArrayList<>(1)).add(payment);
        byPayId.put(payment.payId(), payment);
        return payment;
    }

    public synchronized Optional<Payment> byPayId(String pspid, long payId) {
        return Optional.ofNullable(byPayId.get(payId)).filter(p -> p.details().pspid().equals(pspid));
    }

    /** The latest payment of this merchant reference. */
    public synchronized Optional<Payment> byOrderId(String pspid, String orderId) {
        List<Payment> payments = byOrder.getOrDefault(new OrderKey(pspid, orderId), List.of());
        return payments.isEmpty() ? Optional.empty() : Optional.of(payments.get(payments.size() - 1));
    }

    /** The payment waits for the buyer's 3-D Secure identification, for the challenge lifetime at most. */
    public synchronized void registerChallenge(String token, long payId) {
        if (byPayId.containsKey(payId)) {
            challenges.put(token, payId);
        }
    }

    /** The payment behind a challenge token; the token works once. */
    public Optional<Payment> takeChallenge(String token) {
        return Optional.ofNullable(token).map(challenges.asMap()::remove).flatMap(this::kept);
    }

    public Optional<Payment> peekChallenge(String token) {
        return Optional.ofNullable(token).map(challenges::getIfPresent).flatMap(this::kept);
    }

    /** The payments kept, oldest first. */
    public synchronized List<Payment> all() {
        return List.copyOf(byPayId.values());
    }

    public synchronized int count() {
        return byPayId.size();
    }

    /** How many payments were evicted to make room for newer ones since the start (or the last clear). */
    public synchronized long evictedCount() {
        return evictedPayments;
    }

    /**
     * How many ledger entries (operations) the evicted payments had when they were evicted, of one merchant
     * account or of all.
     */
    public synchronized long evictedLedgerEntries(Optional<String> pspid) {
        return pspid.map(id -> evictedEntriesByPspid.getOrDefault(id, 0L))
                .orElseGet(() -> evictedEntriesByPspid.values().stream().mapToLong(Long::longValue).sum());
    }

    /** How many challenges are pending now (expired ones are removed first). */
    public long pendingChallengeCount() {
        challenges.cleanUp();
        return challenges.estimatedSize();
    }

    public synchronized void clear() {
        byPayId.clear();
        byOrder.clear();
        evictedEntriesByPspid.clear();
        evictedPayments = 0;
        challenges.invalidateAll();
    }

    private synchronized Optional<Payment> kept(long payId) {
        return Optional.ofNullable(byPayId.get(payId));
    }

    /** Called with the lock held, while the oldest payment leaves {@code byPayId}. */
    private void evict(Payment payment) {
        OrderKey key = new OrderKey(payment.details().pspid(), payment.details().orderId());
        List<Payment> sameOrder = byOrder.get(key);
        if (sameOrder != null) {
            sameOrder.remove(payment);
            if (sameOrder.isEmpty()) {
                byOrder.remove(key);
            }
        }
        payment.threeDsReturn().ifPresent(pending -> challenges.invalidate(pending.token()));
        evictedEntriesByPspid.merge(payment.details().pspid(), (long) payment.operations().size(), Long::sum);
        evictedPayments++;
    }
}
