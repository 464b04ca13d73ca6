package com.secutix.payments.cardvault.card;

import static com.secutix.payments.cardvault.card.CapturedPayments.aliasOf;

import static com.secutix.payments.cardvault.card.CapturedPayments.aCapturedPayment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.secutix.payments.cardvault.card.application.Cards;
import com.secutix.payments.cardvault.card.domain.CardOwner;
import com.secutix.payments.cardvault.card.domain.SavedCard;
import com.secutix.payments.events.payment.v1.PaymentCaptured;
import com.secutix.payments.testsupport.DatabaseDump;
import com.secutix.payments.testsupport.PlatformIntegrationTest;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

/** The aliases of saved cards are stored sealed: a dump of the database shows none of them. */
@PlatformIntegrationTest
class SealedAliasesIT {

    private static PaymentEventsProducer payments;

    @Autowired
    Cards cards;

    @Autowired
    DatabaseClient database;

    @BeforeAll
    static void connect() {
        payments = new PaymentEventsProducer();
    }

    @AfterAll
    static void disconnect() {
        payments.close();
    }

    @Test
    void a_dump_of_the_database_holds_no_alias_in_clear_yet_the_cards_read_back_with_their_aliases() {
        List<PaymentCaptured> saved = IntStream.range(0, 5).mapToObj(i -> aCapturedPayment().build()).toList();
        saved.forEach(payments::send);
        await().atMost(Duration.ofSeconds(30)).until(() -> saved.stream().allMatch(payment -> cardsOf(payment).size() == 1));

        // the outbox too: CardSaved carries the alias sealed
        assertThat(DatabaseDump.placesHolding(database, saved.stream().map(CapturedPayments::aliasOf).toList())).isEmpty();
        assertThat(DatabaseDump.of(database)).anyMatch(line -> line.startsWith("saved_card: ") && line.contains("\"psp_alias_sealed\":\"v1:"));
        saved.forEach(payment -> assertThat(cardsOf(payment)).singleElement()
                .satisfies(card -> assertThat(card.alias().value()).isEqualTo(aliasOf(payment))));
    }

    @Test
    void the_same_alias_of_a_customer_is_recognised_by_its_digest_and_kept_once() {
        PaymentCaptured first = aCapturedPayment().build();
        PaymentCaptured again = aCapturedPayment().of(first.tenantId(), first.customerId()).withAlias(aliasOf(first)).build();

        payments.send(first);
        payments.send(again);
        PaymentCaptured marker = aCapturedPayment().of(first.tenantId(), first.customerId()).build();
        payments.send(marker);

        await().atMost(Duration.ofSeconds(30)).until(() -> cardsOf(first).size() == 2);
        assertThat(cardsOf(first)).extracting(card -> card.alias().value())
                .containsExactlyInAnyOrder(aliasOf(first), aliasOf(marker));
    }

    private List<SavedCard> cardsOf(PaymentCaptured payment) {
        return cards.of(new CardOwner(payment.tenantId(), payment.customerId())).collectList().block();
    }
}
