package com.secutix.payments.gateway;

import static com.secutix.payments.gateway.OgoneStub.status;
import static com.secutix.payments.gateway.PaymentRequests.anyKey;
import static com.secutix.payments.gateway.PaymentRequests.saleFor;
import static org.assertj.core.api.Assertions.assertThat;

import com.secutix.payments.gateway.cardentry.application.CardRegistrations;
import com.secutix.payments.gateway.cardentry.domain.CardAlias;
import com.secutix.payments.testsupport.DatabaseDump;
import com.secutix.payments.testsupport.Tenants;
import com.secutix.payments.testsupport.TestTokens;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * Every alias the gateway keeps (payments, card-entry forms, registrations, saved cards) is stored sealed: a dump of
 * the database shows none of them, and an alias sealed for one tenant does not open in another tenant's row.
 */
class SealedAliasesIT extends GatewayIntegrationTest {

    private final OgoneStub psp = new OgoneStub(ogone);
    private final String customer = "customer-" + UUID.randomUUID();

    @Autowired
    CardRegistrations registrations;

    @Test
    @SuppressWarnings("unchecked")
    void a_dump_of_the_database_holds_no_alias_in_clear() {
        List<String> aliases = new ArrayList<>();
        psp.orderAnswers(status(9, "3014657"));
        String registered = cardOnFile(customer);
        aliases.add(registered);
        http.post().uri("/payments").headers(h -> {
                    h.setBearerAuth(TestTokens.salesSystem(Tenants.DEMO));
                    h.set("Idempotency-Key", anyKey());
                })
                .bodyValue(saleFor(customer, registered)).exchange().expectStatus().isCreated();
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("orderReference", "ORD-" + UUID.randomUUID());
        form.put("acceptUrl", "https://shop.example/card/accept");
        form.put("exceptionUrl", "https://shop.example/card/exception");
        Map<String, Object> issued = http.post().uri("/card-entry/forms")
                .headers(h -> h.setBearerAuth(TestTokens.customer(Tenants.DEMO, customer)))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(form)
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        aliases.add(((Map<String, String>) issued.get("fields")).get("ALIAS"));
        UUID savedCard = savedCardOnFile(Tenants.DEMO, customer);
        aliases.add("SAVED" + savedCard.toString().replace("-", "").toUpperCase(java.util.Locale.ROOT));

        assertThat(count("select count(*) from payments where customer_id = :c", Map.of("c", customer))).isEqualTo(1);
        assertThat(count("select count(*) from card_entry_forms where customer_id = :c", Map.of("c", customer))).isEqualTo(1);
        // the outbox too: PaymentCaptured carries the alias sealed
        assertThat(DatabaseDump.placesHolding(database, aliases)).isEmpty();
    }

    @Test
    void a_registration_is_found_by_its_alias_in_its_tenant_only() {
        String alias = cardOnFile(customer);

        assertThat(registrations.find(Tenants.DEMO, new CardAlias(alias)).block()).isNotNull()
                .satisfies(registration -> assertThat(registration.alias().value()).isEqualTo(alias));
        assertThat(registrations.find(Tenants.OTHER, new CardAlias(alias)).block()).isNull();
    }

    @Test
    void an_alias_sealed_for_one_tenant_copied_into_another_tenants_row_does_not_open() {
        String alias = cardOnFile(customer);
        String otherCustomer = "customer-" + UUID.randomUUID();
        cardOnFile(Tenants.OTHER, otherCustomer, "12/30");
        database.sql("""
                        update card_registrations set psp_alias_sealed =
                               (select psp_alias_sealed from card_registrations where tenant_id = :demo and customer_id = :c)
                         where tenant_id = :other and customer_id = :o
                        """)
                .bind("demo", Tenants.DEMO).bind("c", customer).bind("other", Tenants.OTHER).bind("o", otherCustomer)
                .then().block();
        String otherDigest = database.sql("select psp_alias_digest from card_registrations where customer_id = :o")
                .bind("o", otherCustomer).map(row -> row.get(0, String.class)).one().block();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> database.sql(
                                "select tenant_id, psp_alias_sealed from card_registrations where psp_alias_digest = :d")
                        .bind("d", otherDigest)
                        .map(row -> sealer.open(row.get("psp_alias_sealed", String.class),
                                com.secutix.payments.platform.secrets.SealContext.pspAlias(row.get("tenant_id", String.class))))
                        .one().block())
                .hasMessageContaining("does not open").hasMessageNotContaining(alias);
    }
}
