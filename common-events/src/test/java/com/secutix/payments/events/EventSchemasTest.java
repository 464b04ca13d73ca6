package com.secutix.payments.events;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class EventSchemasTest {

    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12, builder -> builder.schemaRegistryConfig(
                    com.networknt.schema.SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

    static List<PlatformEvent> events() {
        return SampleEvents.all();
    }

    /** The events that show a card (a policy change shows none). */
    static List<PlatformEvent> eventsShowingACard() {
        return SampleEvents.all().stream().filter(event -> serialized(event).has("card")).toList();
    }

    @ParameterizedTest
    @MethodSource("events")
    void every_serialized_event_satisfies_the_schema_of_its_type(PlatformEvent event) {
        List<Error> errors = schemaOf(event).validate(serialized(event));

        assertThat(errors).isEmpty();
    }

    @Test
    void every_catalogued_type_has_a_sample_and_a_schema() {
        assertThat(SampleEvents.all()).extracting(Object::getClass)
                .containsExactlyInAnyOrderElementsOf(EventCatalogue.all().stream().map(EventType::payloadType).toList());
        EventCatalogue.all().forEach(type ->
                assertThat(getClass().getClassLoader().getResource(type.schemaResource())).as(type.name()).isNotNull());
    }

    @Test
    void the_schema_refuses_an_event_without_its_amount() {
        ObjectNode json = (ObjectNode) serialized(SampleEvents.paymentCaptured());
        json.remove("amount");

        assertThat(schemaOf(SampleEvents.paymentCaptured()).validate(json)).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notMaskedNumbers")
    void every_schema_refuses_a_card_number_that_is_not_masked(String maskedNumber, PlatformEvent event) {
        ObjectNode json = (ObjectNode) serialized(event);
        ((ObjectNode) json.get("card")).put("maskedNumber", maskedNumber);

        assertThat(schemaOf(event).validate(json)).isNotEmpty();
    }

    static Stream<Arguments> notMaskedNumbers() {
        return Stream.of("4111111111111111", "4111111111111111X", "X4111111111111111", "4111111XXXXX1111",
                        "XXXX XXXX XXXX 1111", "XXXXXXX1111", "XXXXXXXXXXXXXXXX1111")
                .flatMap(number -> eventsShowingACard().stream().map(event -> Arguments.of(number, event)));
    }

    @ParameterizedTest
    @MethodSource("eventsShowingACard")
    void every_schema_states_the_masked_number_rule_of_card_summary(PlatformEvent event) {
        JsonNode maskedNumber = EventJson.mapper().readTree(getClass().getClassLoader()
                        .getResourceAsStream(EventCatalogue.of(event.getClass()).schemaResource()))
                .at("/$defs/card/properties/maskedNumber");

        assertThat(maskedNumber.get("pattern").asString()).isEqualTo(CardSummary.MASKED_NUMBER_PATTERN);
        assertThat(maskedNumber.get("minLength").asInt()).isEqualTo(CardSummary.MASKED_NUMBER_SHORTEST);
        assertThat(maskedNumber.get("maxLength").asInt()).isEqualTo(CardSummary.MASKED_NUMBER_LONGEST);
    }

    @ParameterizedTest
    @MethodSource("eventsShowingACard")
    void every_schema_admits_the_masked_forms_the_psp_returns(PlatformEvent event) {
        for (String masked : List.of("XXXXXXXXXXXX1111", "411111XXXXXX1111", "************4444", "XXXXXXXXXXX0005")) {
            ObjectNode json = (ObjectNode) serialized(event);
            ((ObjectNode) json.get("card")).put("maskedNumber", masked);

            assertThat(schemaOf(event).validate(json)).as(masked).isEmpty();
        }
    }

    @Test
    void the_schema_refuses_an_amount_in_decimal_form() {
        ObjectNode json = (ObjectNode) serialized(SampleEvents.paymentDeclined());
        ((ObjectNode) json.get("amount")).put("minorUnits", 33.5);

        assertThat(schemaOf(SampleEvents.paymentDeclined()).validate(json)).isNotEmpty();
    }

    @Test
    void the_schema_refuses_an_unknown_channel() {
        ObjectNode json = (ObjectNode) serialized(SampleEvents.paymentAuthorized());
        json.put("channel", "FAX");

        assertThat(schemaOf(SampleEvents.paymentAuthorized()).validate(json)).isNotEmpty();
    }

    static List<PlatformEvent> checkoutEvents() {
        return List.of(SampleEvents.checkoutExpired(), SampleEvents.checkoutCompleted(), SampleEvents.checkoutCancelled());
    }

    @ParameterizedTest
    @MethodSource("checkoutEvents")
    void a_checkout_schema_refuses_a_property_it_does_not_declare_and_a_missing_total(PlatformEvent event) {
        ObjectNode extra = (ObjectNode) serialized(event);
        extra.put("addedLater", 42);
        ObjectNode withoutTotal = (ObjectNode) serialized(event);
        withoutTotal.remove("total");

        assertThat(schemaOf(event).validate(extra)).isNotEmpty();
        assertThat(schemaOf(event).validate(withoutTotal)).isNotEmpty();
    }

    @Test
    void the_checkout_completed_schema_requires_the_card_and_refuses_an_alias_or_a_card_number() {
        PlatformEvent completed = SampleEvents.checkoutCompleted();
        for (String field : List.of("card", "paymentId", "pspOrderId", "channel", "cardSaved")) {
            ObjectNode json = (ObjectNode) serialized(completed);
            json.remove(field);

            assertThat(schemaOf(completed).validate(json)).as("without " + field).isNotEmpty();
        }
        for (String field : List.of("pspAlias", "cardNumber")) {
            ObjectNode json = (ObjectNode) serialized(completed);
            json.put(field, field.equals("pspAlias") ? SampleEvents.ALIAS : "4111111111111111");

            assertThat(schemaOf(completed).validate(json)).as("with " + field).isNotEmpty();
        }
        ObjectNode nullCard = (ObjectNode) serialized(completed);
        nullCard.putNull("card");
        assertThat(schemaOf(completed).validate(nullCard)).as("card null").isNotEmpty();
    }

    @Test
    void the_events_that_carry_an_alias_carry_it_sealed_and_refuse_it_in_clear() {
        for (PlatformEvent event : List.<PlatformEvent>of(SampleEvents.paymentCaptured(), SampleEvents.paymentAuthorized(),
                SampleEvents.cardSaved())) {
            assertThat(schemaOf(event).validate(serialized(event))).as(event.getClass().getSimpleName()).isEmpty();
            ObjectNode inClear = (ObjectNode) serialized(event);
            inClear.put("sealedPspAlias", SampleEvents.ALIAS);
            assertThat(schemaOf(event).validate(inClear)).as(event.getClass().getSimpleName() + " with an alias in clear").isNotEmpty();
            ObjectNode oldField = (ObjectNode) serialized(event);
            oldField.put("pspAlias", SampleEvents.ALIAS);
            assertThat(schemaOf(event).validate(oldField)).as(event.getClass().getSimpleName() + " with pspAlias").isNotEmpty();
        }
    }

    @Test
    void the_card_update_and_deletion_schemas_refuse_an_alias_and_an_unknown_reason() {
        for (PlatformEvent event : List.<PlatformEvent>of(SampleEvents.cardUpdated(), SampleEvents.cardDeleted(),
                SampleEvents.savedCardDetailsConfirmed())) {
            ObjectNode json = (ObjectNode) serialized(event);
            json.put("pspAlias", SampleEvents.ALIAS);
            assertThat(schemaOf(event).validate(json)).as(event.getClass().getSimpleName() + " with pspAlias").isNotEmpty();
            ObjectNode withoutCard = (ObjectNode) serialized(event);
            withoutCard.remove("card");
            assertThat(schemaOf(event).validate(withoutCard)).as("without card").isNotEmpty();
        }
        ObjectNode reason = (ObjectNode) serialized(SampleEvents.cardDeleted());
        reason.put("reason", "BECAUSE");
        assertThat(schemaOf(SampleEvents.cardDeleted()).validate(reason)).isNotEmpty();
        ObjectNode noDeletedBy = (ObjectNode) serialized(SampleEvents.cardDeleted());
        noDeletedBy.remove("deletedBy");
        assertThat(schemaOf(SampleEvents.cardDeleted()).validate(noDeletedBy)).isNotEmpty();
    }

    private static Schema schemaOf(PlatformEvent event) {
        EventType<?> type = EventCatalogue.of(event.getClass());
        return SCHEMAS.getSchema(SchemaLocation.of("classpath:" + type.schemaResource()));
    }

    private static JsonNode serialized(PlatformEvent event) {
        return EventJson.mapper().readTree(EventJson.write(event));
    }
}
