package com.secutix.payments.gateway;

import static com.secutix.payments.gateway.CardEventsProducer.ALWAYS;
import static com.secutix.payments.gateway.CardEventsProducer.NEVER;
import static com.secutix.payments.gateway.CardEventsProducer.above;
import static com.secutix.payments.gateway.CardEventsProducer.policyOf;
import static com.secutix.payments.gateway.CardEventsProducer.savedCardOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.secutix.payments.events.CloudEventHeaders;
import com.secutix.payments.events.Topics;
import com.secutix.payments.events.card.v1.CardPolicyChanged;
import com.secutix.payments.events.card.v1.CardSaved;
import com.secutix.payments.gateway.savedcard.application.KeepCardEvents;
import com.secutix.payments.testsupport.Tenants;
import com.secutix.payments.testsupport.TopicReader;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The tenants' card policies the vault publishes ({@code CardPolicyChanged} on {@code payments.card.v1}): the
 * gateway keeps each tenant's latest version, once per event, believes them from the vault only and for the tenant
 * of their header only, and dead-letters a policy that is not whole.
 */
class CardPolicyEventsIT extends GatewayIntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private static CardEventsProducer vault;

    private final String tenant = "tenant-" + UUID.randomUUID();

    @BeforeAll
    static void connect() {
        vault = new CardEventsProducer();
    }

    @AfterAll
    static void disconnect() {
        vault.close();
    }

    @Test
    void a_policy_change_is_kept_whole_for_its_tenant() {
        vault.send(policyOf(tenant, 4, Map.of("WEB", ALWAYS, "MOBILE", above(10000, "EUR"), "CALL_CENTRE", NEVER,
                "BOX_OFFICE", NEVER)));

        await().atMost(PATIENCE).until(() -> versionOf(tenant) == 4);
        Map<String, Object> row = rowOf(tenant);
        assertThat(row).containsEntry("saving_enabled", true).containsEntry("max_saved_cards_per_customer", 3)
                .containsEntry("at_limit", "REPLACE_OLDEST_CARD").containsEntry("changed_by", "admin-adam")
                .containsEntry("cvv_web", "ALWAYS").containsEntry("cvv_mobile", "ABOVE_AMOUNT")
                .containsEntry("cvv_mobile_above_minor_units", 10000L).containsEntry("cvv_mobile_above_currency", "EUR")
                .containsEntry("cvv_call_centre", "NEVER").containsEntry("cvv_box_office", "NEVER");
        assertThat(row.get("cvv_web_above_minor_units")).isNull();
    }

    @Test
    void a_newer_version_replaces_the_kept_one_and_an_older_or_the_same_version_changes_nothing() {
        vault.send(policyOf(tenant, 2, NEVER));
        await().atMost(PATIENCE).until(() -> versionOf(tenant) == 2);

        vault.send(policyOf(tenant, 5, ALWAYS));
        await().atMost(PATIENCE).until(() -> versionOf(tenant) == 5);
        vault.send(policyOf(tenant, 3, NEVER));
        vault.send(policyOf(tenant, 5, NEVER));
        awaitHandled(sendMarker());

        assertThat(versionOf(tenant)).isEqualTo(5);
        assertThat(rowOf(tenant)).containsEntry("cvv_web", "ALWAYS").containsEntry("cvv_box_office", "ALWAYS");
    }

    @Test
    void versions_of_one_tenant_in_one_batch_leave_the_newest() {
        vault.send(policyOf(tenant, 7, NEVER));
        vault.send(policyOf(tenant, 9, ALWAYS));
        vault.send(policyOf(tenant, 8, NEVER));
        awaitHandled(sendMarker());

        assertThat(versionOf(tenant)).isEqualTo(9);
        assertThat(rowOf(tenant)).containsEntry("cvv_web", "ALWAYS");
    }

    @Test
    void a_redelivered_policy_change_is_handled_once() {
        CardPolicyChanged change = policyOf(tenant, 1, NEVER);

        String eventId = vault.send(change);
        vault.send(change, eventId);
        awaitHandled(sendMarker());

        assertThat(versionOf(tenant)).isEqualTo(1);
        assertThat(count("select count(*) from processed_events where consumer = :consumer and event_id = :id",
                Map.of("consumer", KeepCardEvents.CONSUMER, "id", eventId))).isEqualTo(1);
    }

    @Test
    void a_policy_change_from_another_source_than_the_vault_is_dead_lettered_and_not_kept() {
        vault.sendFrom("/secutix/payments/checkout-bff", policyOf(tenant, 1, NEVER));

        assertThat(awaitDeadLetterReasonOf(tenant))
                .contains("comes from /secutix/payments/checkout-bff")
                .contains("only " + CardEventsProducer.CARD_VAULT + " publishes it");
        assertThat(policiesOf(tenant)).isZero();
    }

    @Test
    void a_policy_change_whose_tenant_is_not_its_tenant_header_is_dead_lettered_and_not_kept() {
        vault.sendUnderTenantHeader(Tenants.DEMO, policyOf(tenant, 1, NEVER));

        assertThat(awaitDeadLetterReasonOf(tenant))
                .contains("is of tenant " + tenant).contains("ce_tenantid says " + Tenants.DEMO);
        assertThat(policiesOf(tenant)).isZero();
        assertThat(policiesOf(Tenants.DEMO)).isZero();
    }

    @Test
    void a_policy_without_a_rule_for_every_channel_is_dead_lettered_and_the_next_event_still_handled() {
        vault.send(policyOf(tenant, 1, Map.of("WEB", NEVER)));
        CardSaved next = sendMarker();

        assertThat(awaitDeadLetterReasonOf(tenant)).contains("card policy 1 of tenant " + tenant + " cannot be kept")
                .contains("CVV rule of channel MOBILE is missing");
        awaitHandled(next);
        assertThat(policiesOf(tenant)).isZero();
    }

    @Test
    void a_threshold_without_above_amount_is_dead_lettered() {
        CardPolicyChanged.CvvRequirement strange = new CardPolicyChanged.CvvRequirement("NEVER",
                com.secutix.payments.events.Money.of(100, "EUR"));

        vault.send(policyOf(tenant, 1, strange));

        assertThat(awaitDeadLetterReasonOf(tenant)).contains("a threshold goes with ABOVE_AMOUNT and only with it");
        assertThat(policiesOf(tenant)).isZero();
    }

    // --- helpers

    /** A card of a fresh customer; once it is kept, everything sent before it was handled (one partition). */
    private static CardSaved sendMarker() {
        CardSaved marker = savedCardOf(Tenants.DEMO, "marker-" + UUID.randomUUID());
        vault.send(marker);
        return marker;
    }

    private void awaitHandled(CardSaved marker) {
        await().atMost(PATIENCE).until(() -> count("select count(*) from saved_cards where card_id = :id",
                Map.of("id", marker.cardId())) == 1);
    }

    private long policiesOf(String tenantId) {
        return count("select count(*) from card_policies where tenant_id = :tenant", Map.of("tenant", tenantId));
    }

    private long versionOf(String tenantId) {
        return count("select coalesce(max(policy_version), 0) from card_policies where tenant_id = :tenant",
                Map.of("tenant", tenantId));
    }

    private Map<String, Object> rowOf(String tenantId) {
        return database.sql("select * from card_policies where tenant_id = :tenant").bind("tenant", tenantId)
                .fetch().one().block();
    }

    private static String awaitDeadLetterReasonOf(String key) {
        await().atMost(PATIENCE).until(() -> deadLettersWithKey(key).size() == 1);
        return TopicReader.headerAsString(deadLettersWithKey(key).get(0), CloudEventHeaders.DEAD_LETTER_REASON);
    }

    private static List<ConsumerRecord<String, byte[]>> deadLettersWithKey(String key) {
        return TopicReader.readAll(Topics.deadLetterOf(Topics.CARDS)).stream()
                .filter(record -> key.equals(record.key()))
                .toList();
    }
}
