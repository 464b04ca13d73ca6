package com.secutix.payments.checkout.payment.application;

import com.secutix.payments.checkout.payment.domain.EnteredCard;
import com.secutix.payments.checkout.payment.domain.GatewayPayment;
import com.secutix.payments.checkout.payment.domain.ShownCard;
import com.secutix.payments.checkout.session.domain.CheckoutSession;
import com.secutix.payments.checkout.session.domain.CheckoutSessionId;
import com.secutix.payments.checkout.session.domain.CheckoutState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * {@link CheckoutPayments} in memory, with the same conditional moves as the PostgreSQL store (each one atomic),
 * and a record of what was asked: the claims, releases, completions and cancellations.
 */
class InMemoryCheckoutPayments implements CheckoutPayments {

    /** One session as the store keeps it. */
    static final class Stored {
        final CheckoutSession session;
        CheckoutState state;
        int failedAttempts;
        UUID paymentId;
        boolean saveCardRequested;
        ShownCard paidCard;
        Instant claimedAt;
        PendingPayment pending;

        Stored(CheckoutSession session) {
            this.session = session;
            this.state = session.recordedState();
        }
    }

    /** A completion as recorded: the payment and whether the card was saved. */
    record Completion(CheckoutSessionId sessionId, UUID paymentId, boolean cardSaved) {
    }

    private final Map<CheckoutSessionId, Stored> sessions = new HashMap<>();
    private final Map<String, CheckoutSessionId> cardEntries = new HashMap<>();
    private final Map<String, String> securityCodeEntries = new HashMap<>();
    private final Map<CheckoutSessionId, EnteredCard> enteredCards = new HashMap<>();
    private final List<Boolean> releases = new ArrayList<>();
    private final List<Completion> completions = new ArrayList<>();
    private int claims;
    private int cancellations;

    synchronized InMemoryCheckoutPayments add(CheckoutSession session) {
        sessions.put(session.id(), new Stored(session));
        return this;
    }

    synchronized Stored stored(CheckoutSessionId id) {
        return sessions.get(id);
    }

    synchronized CheckoutState stateOf(CheckoutSessionId id) {
        return sessions.get(id).state;
    }

    synchronized int failedAttemptsOf(CheckoutSessionId id) {
        return sessions.get(id).failedAttempts;
    }

    /** How many claims succeeded. */
    synchronized int claims() {
        return claims;
    }

    /** The {@code refused} flag of every release, in order. */
    synchronized List<Boolean> releases() {
        return List.copyOf(releases);
    }

    synchronized List<Completion> completions() {
        return List.copyOf(completions);
    }

    synchronized int cancellations() {
        return cancellations;
    }

    @Override
    public Mono<Void> recordCardEntry(CheckoutSessionId sessionId, String pspOrderId, Instant now) {
        return Mono.fromRunnable(() -> {
            synchronized (this) {
                cardEntries.put(pspOrderId, sessionId);
            }
        });
    }

    @Override
    public Mono<Void> recordSecurityCodeEntry(CheckoutSessionId sessionId, String pspOrderId, String savedCardId, Instant now) {
        return Mono.fromRunnable(() -> {
            synchronized (this) {
                cardEntries.put(pspOrderId, sessionId);
                securityCodeEntries.put(pspOrderId, savedCardId);
            }
        });
    }

    @Override
    public synchronized Mono<String> savedCardOfEntry(String pspOrderId) {
        return Mono.justOrEmpty(securityCodeEntries.get(pspOrderId));
    }

    @Override
    public Mono<CheckoutSessionId> sessionOfCardEntry(String pspOrderId) {
        return Mono.fromCallable(() -> {
            synchronized (this) {
                return cardEntries.get(pspOrderId);
            }
        });
    }

    @Override
    public Mono<Void> keepEnteredCard(CheckoutSessionId sessionId, EnteredCard card, Instant now) {
        return Mono.fromRunnable(() -> {
            synchronized (this) {
                enteredCards.put(sessionId, card);
            }
        });
    }

    @Override
    public Mono<EnteredCard> enteredCard(CheckoutSessionId sessionId) {
        return Mono.fromCallable(() -> {
            synchronized (this) {
                return enteredCards.get(sessionId);
            }
        });
    }

    @Override
    public Mono<PaymentProgress> progress(CheckoutSessionId sessionId) {
        return Mono.fromCallable(() -> {
            synchronized (this) {
                Stored stored = sessions.get(sessionId);
                return stored == null ? null : new PaymentProgress(stored.failedAttempts, stored.paymentId, stored.saveCardRequested, stored.paidCard);
            }
        });
    }

    @Override
    public Mono<Boolean> claimForPayment(CheckoutSessionId sessionId, Instant now, int maxFailedAttempts) {
        return Mono.fromCallable(() -> {
            synchronized (this) {
                Stored stored = sessions.get(sessionId);
                if (stored == null || stored.state != CheckoutState.OPEN || !stored.session.expiresAt().isAfter(now)
                        || stored.failedAttempts >= maxFailedAttempts) {
                    return false;
                }
                stored.state = CheckoutState.PAYING;
                stored.claimedAt = now;
                stored.pending = null;
                claims++;
                return true;
            }
        });
    }

    @Override
    public Mono<Void> keepPending(CheckoutSessionId sessionId, PendingPayment pending) {
        return Mono.fromRunnable(() -> {
            synchronized (this) {
                Stored stored = sessions.get(sessionId);
                if (stored.state == CheckoutState.PAYING) {
                    stored.pending = pending;
                }
            }
        });
    }

    @Override
    public synchronized Flux<InterruptedPayment> interrupted(Instant claimedBefore, int limit) {
        return Flux.fromIterable(sessions.values().stream()
                .filter(stored -> (stored.state == CheckoutState.PAYING && stored.paymentId == null
                        || stored.state == CheckoutState.AWAITING_BUYER)
                        && stored.claimedAt != null && stored.claimedAt.isBefore(claimedBefore))
                .limit(limit)
                .map(stored -> new InterruptedPayment(stored.session.id(), Optional.ofNullable(stored.pending)))
                .toList());
    }

    @Override
    public Mono<Void> awaitBuyer(CheckoutSessionId sessionId, UUID paymentId, boolean saveCardRequested) {
        return Mono.fromRunnable(() -> {
            synchronized (this) {
                Stored stored = sessions.get(sessionId);
                if (stored.state == CheckoutState.PAYING || stored.state == CheckoutState.AWAITING_BUYER) {
                    stored.state = CheckoutState.AWAITING_BUYER;
                    stored.paymentId = paymentId;
                    stored.saveCardRequested = saveCardRequested;
                }
            }
        });
    }

    @Override
    public Mono<Void> forgetEnteredCard(CheckoutSessionId sessionId) {
        return Mono.fromRunnable(() -> {
            synchronized (this) {
                enteredCards.remove(sessionId);
            }
        });
    }

    @Override
    public Mono<Void> release(CheckoutSessionId sessionId, boolean refused) {
        return Mono.fromRunnable(() -> {
            synchronized (this) {
                releases.add(refused);
                Stored stored = sessions.get(sessionId);
                if (stored.state == CheckoutState.PAYING || stored.state == CheckoutState.AWAITING_BUYER) {
                    stored.state = CheckoutState.OPEN;
                    stored.paymentId = null;
                    stored.saveCardRequested = false;
                    stored.pending = null;
                    stored.claimedAt = null;
                    stored.failedAttempts += refused ? 1 : 0;
                }
            }
        });
    }

    @Override
    public Mono<Boolean> complete(CheckoutSession session, GatewayPayment payment, boolean cardSaved, Instant now) {
        return Mono.fromCallable(() -> {
            synchronized (this) {
                Stored stored = sessions.get(session.id());
                if (stored.state != CheckoutState.PAYING && stored.state != CheckoutState.AWAITING_BUYER) {
                    return false;
                }
                stored.state = CheckoutState.COMPLETED;
                stored.paymentId = payment.id();
                stored.paidCard = payment.card();
                completions.add(new Completion(session.id(), payment.id(), cardSaved));
                return true;
            }
        });
    }

    @Override
    public Mono<Boolean> cancel(CheckoutSession session, Instant now) {
        return Mono.fromCallable(() -> {
            synchronized (this) {
                Stored stored = sessions.get(session.id());
                if (stored.state != CheckoutState.OPEN || !stored.session.expiresAt().isAfter(now)) {
                    return false;
                }
                stored.state = CheckoutState.CANCELLED;
                cancellations++;
                return true;
            }
        });
    }
}
