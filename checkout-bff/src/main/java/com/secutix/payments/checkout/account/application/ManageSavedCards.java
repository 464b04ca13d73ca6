package com.secutix.payments.checkout.account.application;

import com.secutix.payments.checkout.account.domain.AccountCard;
import com.secutix.payments.checkout.payment.domain.CardEntryForm;
import com.secutix.payments.checkout.payment.domain.ShownCard;
import com.secutix.payments.checkout.signin.SignedInBuyer;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The buyer's own saved cards: listed, deleted, and their expiry date or holder name changed at the PSP. Every
 * card is looked up in the vault with the buyer's own token first, so a card id of someone else is unknown
 * before anything is asked of the gateway. A change comes back from the PSP as a redirect, accepted only for the
 * form this buyer's web session asked for.
 */
public class ManageSavedCards {

    /** Where the PSP sends the buyer back after changing a card: accepted or refused. */
    public record ReturnPages(URI accepted, URI refused) {
    }

    private final AccountCardVault vault;
    private final CardDetailsChanges changes;
    private final Function<String, ReturnPages> returnPages;
    private final Duration vaultCatchUp;

    /**
     * @param vaultCatchUp how long a confirmed change may take to reach the vault (through the gateway's event)
     *                     before the account page is shown anyway
     */
    public ManageSavedCards(AccountCardVault vault, CardDetailsChanges changes, Function<String, ReturnPages> returnPages,
                            Duration vaultCatchUp) {
        this.vault = vault;
        this.changes = changes;
        this.returnPages = returnPages;
        this.vaultCatchUp = vaultCatchUp;
    }

    public Flux<AccountCard> cards(SignedInBuyer buyer) {
        return vault.cardsOf(buyer);
    }

    /** @throws UnknownAccountCardException when the buyer has no such card */
    public Mono<AccountCard> card(SignedInBuyer buyer, String cardId) {
        return vault.cardsOf(buyer).filter(card -> card.id().equals(cardId)).next()
                .switchIfEmpty(Mono.error(() -> new UnknownAccountCardException("No saved card of yours has this id.")));
    }

    /** @throws UnknownAccountCardException when the buyer has no such card (already deleted, say) */
    public Mono<Void> delete(SignedInBuyer buyer, String cardId) {
        return vault.delete(buyer, cardId);
    }

    /** A signed alias-update form for one of the buyer's cards, expired ones included (a new expiry date is the usual change). */
    public Mono<CardEntryForm> changeForm(SignedInBuyer buyer, String cardId, String buyerAddress) {
        ReturnPages pages = returnPages.apply(cardId);
        return card(buyer, cardId).then(Mono.defer(() -> changes.form(buyer.caller().tenantId(), buyer.caller().subject(), cardId,
                pages.accepted(), pages.refused(), buyerAddress)));
    }

    /**
     * The change the PSP's redirect reports, for the form {@code expectedForm} this buyer's web session asked for:
     * the card as it now stands, once the vault shows it (or after {@code vaultCatchUp}, with the PSP's details).
     *
     * @throws CardUpdateRefusedException when the redirect answers another form, or the PSP or the gateway refused it
     */
    public Mono<AccountCard> acceptChange(SignedInBuyer buyer, String cardId, String expectedForm,
                                          Map<String, String> redirectParameters, String buyerAddress) {
        String form = redirectParameters.get("ORDERID");
        if (expectedForm == null || !expectedForm.equals(form)) {
            return Mono.error(new CardUpdateRefusedException("This card change was not asked for on this page."));
        }
        return card(buyer, cardId)
                .flatMap(before -> changes.result(buyer.caller().tenantId(), redirectParameters, buyerAddress)
                        .flatMap(after -> shownByTheVault(buyer, cardId, after)
                                .defaultIfEmpty(new AccountCard(cardId, after, before.savedThrough(), before.expired()))));
    }

    private Mono<AccountCard> shownByTheVault(SignedInBuyer buyer, String cardId, ShownCard details) {
        long polls = Math.max(1, vaultCatchUp.toMillis() / 100);
        return Mono.defer(() -> card(buyer, cardId).filter(card -> card.shows(details)))
                .repeatWhenEmpty((int) polls, attempts -> attempts.delayElements(Duration.ofMillis(100)))
                .onErrorResume(IllegalStateException.class, stillOld -> Mono.empty());
    }
}
