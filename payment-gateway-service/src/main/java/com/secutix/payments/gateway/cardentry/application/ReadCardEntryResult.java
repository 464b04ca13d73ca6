package com.secutix.payments.gateway.cardentry.application;

import com.secutix.payments.gateway.cardentry.domain.AliasGatewayFeedback;
import com.secutix.payments.gateway.cardentry.domain.CardEntryOutcome;
import com.secutix.payments.gateway.cardentry.domain.CardEntryReference;
import com.secutix.payments.gateway.cardentry.domain.CardRegistration;
import com.secutix.payments.gateway.cardentry.domain.InvalidCardEntryException;
import com.secutix.payments.gateway.cardentry.domain.IssuedCardEntry;
import com.secutix.payments.gateway.cardentry.domain.RedirectParameters;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import reactor.core.publisher.Mono;

/**
 * Turns the PSP's redirect, forwarded by the page at ACCEPTURL / EXCEPTIONURL, into the alias and masked
 * card, or the PSP's refusal. The signature is checked before anything in the redirect is read; then the
 * redirect must answer an open card entry (its ORDERID) issued to the same caller, unexpired and unused,
 * for the alias that entry chose. The entry is redeemed once, and a stored card is registered to the
 * entry's customer with the card details the PSP signed.
 */
public class ReadCardEntryResult {

    private final AliasGateway aliasGateway;
    private final CardEntries cardEntries;
    private final Clock clock;

    public ReadCardEntryResult(AliasGateway aliasGateway, CardEntries cardEntries, Clock clock) {
        this.aliasGateway = aliasGateway;
        this.cardEntries = cardEntries;
        this.clock = clock;
    }

    /** What the redirect said, and for which customer. */
    public record Result(String customerId, CardEntryOutcome outcome) {
    }

    /**
     * @param attempt counts the redirect against the card-testing limits once it is known genuine and
     *     open, before the card entry is redeemed; its error (too many attempts) leaves the entry open
     */
    public Mono<Result> read(String tenantId, String caller, RedirectParameters redirect, Mono<Void> attempt) {
        return Mono.defer(() -> {
            if (!aliasGateway.isSignedByPsp(tenantId, redirect)) {
                throw new ForgedRedirectException();
            }
            CardEntryReference reference = new CardEntryReference(redirect.required("ORDERID"));
            CardEntryOutcome outcome = AliasGatewayFeedback.read(redirect);
            Instant now = clock.instant();
            return cardEntries.find(tenantId, reference)
                    .filter(entry -> entry.wasIssuedTo(caller))
                    .switchIfEmpty(Mono.error(UnknownCardEntryException::new))
                    .flatMap(entry -> redeem(entry, outcome, now, attempt));
        });
    }

    private Mono<Result> redeem(IssuedCardEntry entry, CardEntryOutcome outcome, Instant now, Mono<Void> attempt) {
        if (entry.isRedeemed()) {
            return Mono.error(ClosedCardEntryException.usedEntry());
        }
        if (entry.hasExpiredBy(now)) {
            return Mono.error(ClosedCardEntryException.expiredEntry());
        }
        if (outcome instanceof CardEntryOutcome.AliasStored stored && !stored.alias().equals(entry.alias())) {
            return Mono.error(new InvalidCardEntryException("ALIAS: is not the alias of this card entry"));
        }
        Optional<CardRegistration> registration = outcome instanceof CardEntryOutcome.AliasStored stored
                ? Optional.of(new CardRegistration(entry.tenantId(), stored.alias(), entry.customerId(),
                        entry.issuedTo(), now, stored.card()))
                : Optional.empty();
        return attempt.then(cardEntries.redeem(entry, now, registration))
                .flatMap(redeemed -> redeemed
                        ? Mono.just(new Result(entry.customerId(), outcome))
                        : Mono.error(ClosedCardEntryException.usedEntry()));
    }
}
