package com.secutix.payments.checkout.account.application;

import com.secutix.payments.checkout.account.domain.AccountCard;
import com.secutix.payments.checkout.signin.SignedInBuyer;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The card vault as the buyer's account and the call centre use it, always with the signed-in person's own access
 * token: the vault decides whose cards they may see, so a card id of another customer reads as unknown.
 */
public interface AccountCardVault {

    /** The buyer's own cards. */
    default Flux<AccountCard> cardsOf(SignedInBuyer buyer) {
        return cardsOf(buyer.accessToken(), buyer.caller().subject());
    }

    /**
     * A customer's cards as the vault shows them to the holder of {@code accessToken}: the customer themself, or
     * staff of the customer's tenant (another tenant's customer id reads as a customer without cards).
     */
    Flux<AccountCard> cardsOf(String accessToken, String customerId);

    /**
     * Deletes the buyer's card: the vault removes it and tells every channel.
     *
     * @throws UnknownAccountCardException when the vault knows no such card of this buyer
     */
    Mono<Void> delete(SignedInBuyer buyer, String cardId);
}
