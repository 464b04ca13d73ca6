package com.secutix.payments.checkout.account.application;

import com.secutix.payments.checkout.account.domain.AccountCard;
import com.secutix.payments.checkout.signin.SignedInBuyer;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The card vault as the buyer's account uses it, always with the buyer's own access token: the vault decides
 * which cards are theirs, so a card id of another customer reads as unknown.
 */
public interface AccountCardVault {

    Flux<AccountCard> cardsOf(SignedInBuyer buyer);

    /**
     * Deletes the buyer's card: the vault removes it and tells every channel.
     *
     * @throws UnknownAccountCardException when the vault knows no such card of this buyer
     */
    Mono<Void> delete(SignedInBuyer buyer, String cardId);
}
