package com.secutix.payments.gateway.payment.application;

import com.secutix.payments.platform.web.returnurls.ReturnUrls;
import com.secutix.payments.gateway.payment.domain.InvalidPaymentException;
import com.secutix.payments.gateway.payment.domain.MaskedCard;
import com.secutix.payments.gateway.payment.domain.Payment;
import com.secutix.payments.gateway.payment.domain.PaymentDetails;
import com.secutix.payments.gateway.payment.domain.PaymentEvent;
import com.secutix.payments.gateway.payment.domain.PaymentId;
import com.secutix.payments.gateway.payment.domain.PaymentState;
import com.secutix.payments.gateway.payment.domain.PspExchange;
import com.secutix.payments.gateway.payment.domain.PspOutcome;
import com.secutix.payments.gateway.payment.domain.ReconciliationSchedule;
import com.secutix.payments.gateway.payment.domain.SavedCardId;
import com.secutix.payments.gateway.payment.domain.ThreeDSecureRequest;
import com.secutix.payments.gateway.payment.domain.Violations;
import com.secutix.payments.platform.write.GuardedWrite;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * Pays with a card alias, in three steps that the caller commits apart (the
 * {@code Idempotency-Key}'s claim commits with the first, its answer with the last):
 * <ol>
 * <li>{@link #start}: checks that the alias is the paying customer's card (its masked data come from card
 * entry, never from the caller), or, for a payment asked for with a saved card's id, looks up that card's alias
 * and masked data among the paying customer's saved cards; then that the card has not expired, that 3-D
 * Secure's return addresses are the tenant's; uses up every fresh proof of the card's security code (the code typed
 * with the alias's entry, or a saved card's CVV re-entry), which the PSP sends with the alias's next order only, and,
 * for a payment the tenant's card policy asks the code for (by channel and amount), requires one (else
 * {@link CvvRequiredException}): an alias paid with again is a card on file; counts the attempt against the card-testing limits and stores the payment
 * PENDING;</li>
 * <li>{@link #order}: sends the order to the PSP under the payment's ORDERID, outside any transaction; a
 * lost answer is an unknown outcome, never an error;</li>
 * <li>{@link #recording}: records the outcome, and prepares its write with its event, one statement to which
 * the caller adds the Idempotency-Key's answer ({@link #record} runs it alone).</li>
 * </ol>
 * When the answer is lost the payment stays UNKNOWN and {@link ReconcileUnknownPayments} settles it; when
 * the buyer must identify, it waits in PENDING_BUYER_ACTION with the PSP's HTML.
 */
public class PayWithAlias {

    private static final Logger log = LoggerFactory.getLogger(PayWithAlias.class);

    private final Payments payments;
    private final CardsOnFile cards;
    private final SavedCardsOnFile savedCards;
    private final SavedCardCvvRules cvvRules;
    private final CvvProofsOnFile cvvProofs;
    private final PaymentAttempts attempts;
    private final PspDirectLink psp;
    private final ReconciliationSchedule schedule;
    private final Clock clock;
    private final Supplier<UUID> ids;

    public PayWithAlias(Payments payments, CardsOnFile cards, SavedCardsOnFile savedCards, SavedCardCvvRules cvvRules,
            CvvProofsOnFile cvvProofs, PaymentAttempts attempts, PspDirectLink psp, ReconciliationSchedule schedule,
            Clock clock, Supplier<UUID> ids) {
        this.payments = payments;
        this.cards = cards;
        this.savedCards = savedCards;
        this.cvvRules = cvvRules;
        this.cvvProofs = cvvProofs;
        this.attempts = attempts;
        this.psp = psp;
        this.schedule = schedule;
        this.clock = clock;
        this.ids = ids;
    }

    /** A payment stored PENDING, not yet sent to the PSP. */
    public record StartedPayment(Payment payment, Optional<ThreeDSecureRequest> threeDSecure) {
    }

    /** A payment and what the PSP said of it (or that nothing came back), asked at {@code sentAt}. */
    public record OrderedPayment(Payment payment, PspOutcome outcome, Instant sentAt) {
    }

    /**
     * Checks, counts and stores the payment PENDING: its statements join the caller's transaction.
     *
     * @throws UnknownCardException (as the Mono's error) when the alias is not the paying customer's card
     * @throws UnknownSavedCardException (as the Mono's error) when the card id is not a saved card of the paying
     *     customer
     * @throws InvalidPaymentException (as the Mono's error) for an expired card or a return address off the list
     * @throws CvvRequiredException (as the Mono's error) when the tenant's card policy asks for the card's security
     *     code and no fresh proof of it is there (for an alias, the code typed with its entry, unused)
     */
    public Mono<StartedPayment> start(PaymentAttempt attempt) {
        PaymentDetails asked = attempt.details();
        return Mono.defer(() -> {
            if (!psp.hasAccountFor(asked.tenantId())) {
                return Mono.error(new NoPspAccountException(asked.tenantId()));
            }
            attempt.threeDSecure().ifPresent(threeDSecure -> refuseUnlistedReturns(asked.tenantId(), threeDSecure));
            String cardField = attempt.savedCardId().isPresent() ? "cardId" : "alias";
            PaymentId id = new PaymentId(ids.get());
            Instant now = clock.instant();
            return withTheCustomersCard(attempt, id, now)
                    .flatMap(found -> {
                        MaskedCard card = found.details().card();
                        if (card.hasExpiredBy(monthEverywhere())) {
                            return Mono.error(new InvalidPaymentException(
                                    cardField + ": the card expired at the end of " + card.expiry()));
                        }
                        Payment payment = Payment.start(id, found.details(), now, schedule);
                        // counted only once the payment will really be tried: invalid input, or a security code
                        // the policy asks for and nobody typed, is no attempt; over the limit, nothing is stored or
                        // sent, and the proof used up here is unused again with the rolled-back transaction
                        return securityCodeTypedIfAsked(attempt, payment, found.codeUsedUp())
                                .then(attempts.count(attempt))
                                .then(payments.add(payment))
                                .thenReturn(new StartedPayment(payment, attempt.threeDSecure()));
                    });
        });
    }

    /**
     * The payment's details with the card it charges, and whether a fresh proof of the card's security code was used
     * up for it: the code typed with an alias's entry, used up as the alias is looked up; a saved card's CVV
     * re-entry, used up when {@code codeUsedUp} is subscribed to, once the card is known to be usable.
     */
    private record CustomersCard(PaymentDetails details, Mono<Boolean> codeUsedUp) {
    }

    /**
     * The payment with the card it charges, when that card is the paying customer's: the alias's card as card
     * entry registered it, or the saved card's alias and masked data as the vault saved them. Every fresh proof of
     * the card's security code goes with the payment (by a saved card's id, a CVV re-entry of that card; by an alias,
     * the code typed with the alias's entry): the PSP sends the code it keeps for the alias with the alias's next
     * order, asked for or not, so a proof left unused would let a later payment that the policy asks the code for go
     * without it.
     */
    private Mono<CustomersCard> withTheCustomersCard(PaymentAttempt attempt, PaymentId id, Instant now) {
        PaymentDetails asked = attempt.details();
        if (attempt.savedCardId().isPresent()) {
            SavedCardId cardId = attempt.savedCardId().get();
            return savedCards.cardOf(asked.tenantId(), asked.customerId(), cardId)
                    .switchIfEmpty(Mono.error(UnknownSavedCardException::new))
                    .map(card -> new CustomersCard(asked.withCard(card),
                            cvvProofs.useUp(asked.tenantId(), asked.customerId(), cardId, id, now)));
        }
        return cards.cardFor(asked.tenantId(), asked.customerId(), asked.alias(), id, now)
                .switchIfEmpty(Mono.error(UnknownCardException::new))
                .map(found -> new CustomersCard(asked.withCard(found.card()), Mono.just(found.enteredCodeUsedUp())));
    }

    /**
     * Errors when the tenant's card policy asks for the card's security code for this payment's channel and amount
     * and no fresh proof of it was used up for the payment.
     */
    private Mono<Void> securityCodeTypedIfAsked(PaymentAttempt attempt, Payment payment, Mono<Boolean> codeUsedUp) {
        PaymentDetails details = payment.details();
        return cvvRules.asksForCvv(details.tenantId(), details.channel(), details.amount())
                .flatMap(asked -> codeUsedUp.flatMap(used -> used || !asked ? Mono.<Void>empty() : Mono.error(
                        attempt.savedCardId().isPresent() ? CvvRequiredException.forSavedCard()
                                : CvvRequiredException.forAliasPaidBefore())));
    }

    /**
     * An outcome that needs someone's attention (unknown, or a state a person must review) at INFO; the
     * ordinary ones, hundreds a second at a sale opening, at DEBUG: the payment and its event are the record.
     */
    private static void logOutcome(Payment payment, PspOutcome outcome) {
        if (payment.state() == PaymentState.UNKNOWN || payment.state() == PaymentState.MANUAL_REVIEW) {
            log.info("Payment {} ordered at the PSP: {} ({})", payment.id(), payment.state(), describe(outcome));
        } else if (log.isDebugEnabled()) {
            log.debug("Payment {} ordered at the PSP: {}", payment.id(), payment.state());
        }
    }

    private static String describe(PspOutcome outcome) {
        if (outcome instanceof PspOutcome.Answered answered) {
            return "STATUS " + answered.status() + ", NCERROR " + answered.ncError();
        }
        return ((PspOutcome.OutcomeUnknown) outcome).reason();
    }

    private void refuseUnlistedReturns(String tenantId, ThreeDSecureRequest threeDSecure) {
        ReturnUrls allowed = psp.allowedReturnUrls(tenantId);
        Violations violations = new Violations();
        refuseUnlisted(violations, allowed, "threeDSecure.acceptUrl", threeDSecure.acceptUrl());
        refuseUnlisted(violations, allowed, "threeDSecure.declineUrl", threeDSecure.declineUrl());
        refuseUnlisted(violations, allowed, "threeDSecure.exceptionUrl", threeDSecure.exceptionUrl());
        violations.throwIfAny();
    }

    private static void refuseUnlisted(Violations violations, ReturnUrls allowed, String field, URI url) {
        if (!allowed.allow(url)) {
            violations.add(field + ": is not one of this tenant's return addresses");
        }
    }

    /**
     * The current month in the time zone furthest behind, so a card is still accepted on the last day of
     * its expiry month wherever its holder is; the PSP has the last word.
     */
    private YearMonth monthEverywhere() {
        return YearMonth.now(clock.withZone(ZoneOffset.ofHours(-12)));
    }

    /** Sends the order to the PSP; a failure to get an answer is an unknown outcome, which reconciliation settles. */
    public Mono<OrderedPayment> order(StartedPayment started) {
        return Mono.defer(() -> {
            Instant sentAt = clock.instant();
            return psp.order(started.payment(), started.threeDSecure())
                    .onErrorResume(error -> Mono.just(new PspOutcome.OutcomeUnknown(error.toString())))
                    .map(outcome -> new OrderedPayment(started.payment(), outcome, sentAt));
        });
    }

    /** A payment with the PSP's outcome recorded, and its write (state, PSP transaction, events), not run yet. */
    public record RecordedPayment(Payment payment, GuardedWrite write) {
    }

    /**
     * Records the PSP's outcome on the payment and prepares its write, for a caller that adds its own part to it
     * (the Idempotency-Key's answer). When the write writes nothing, another writer (the reconciliation job,
     * while the PSP was slow) changed the payment first: {@link #recordedByAnother} reads what it recorded.
     */
    public Mono<RecordedPayment> recording(OrderedPayment ordered) {
        return Mono.defer(() -> {
            Payment payment = ordered.payment();
            List<PaymentEvent> events = payment.record(PspExchange.ORDER, ordered.outcome(), ordered.sentAt(),
                    clock.instant(), schedule);
            logOutcome(payment, ordered.outcome());
            return payments.updating(payment, events).map(write -> new RecordedPayment(payment, write));
        });
    }

    /** The payment as the writer that changed it before this one's write recorded it: the truth. */
    public Mono<Payment> recordedByAnother(Payment payment) {
        return payments.find(payment.details().tenantId(), payment.id());
    }

    /** Records the PSP's outcome and its event ({@link #recording}, run). */
    public Mono<Payment> record(OrderedPayment ordered) {
        return recording(ordered).flatMap(recorded -> recorded.write().execute()
                .flatMap(written -> written ? Mono.just(recorded.payment()) : recordedByAnother(recorded.payment())));
    }
}
