package com.secutix.payments.events;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The AsyncAPI document (class path {@code asyncapi.yaml}) says what the code of this module does. */
class AsyncApiDocumentTest {

    private static final String DOCUMENT = "asyncapi.yaml";
    /** Constants of {@link CloudEventHeaders} that are header values, not header names. */
    private static final Set<String> HEADER_VALUE_CONSTANTS = Set.of("SPEC_VERSION_1_0", "JSON");

    private static JsonNode document;

    @BeforeAll
    static void readTheDocument() throws IOException {
        try (InputStream yaml = AsyncApiDocumentTest.class.getClassLoader().getResourceAsStream(DOCUMENT)) {
            assertThat(yaml).as(DOCUMENT + " on the class path").isNotNull();
            document = YAMLMapper.builder().build().readTree(yaml);
        }
    }

    @Test
    void it_is_an_asyncapi_3_document() {
        assertThat(document.path("asyncapi").asString()).startsWith("3.");
        assertThat(document.path("info").path("title").asString()).isNotBlank();
    }

    @Test
    void every_topic_has_a_channel_at_its_address_and_one_at_its_dead_letter_address() {
        assertThat(Topics.all()).allSatisfy(topic -> {
            assertThat(channelAt(topic)).as("channel of " + topic).isNotNull();
            assertThat(channelAt(Topics.deadLetterOf(topic))).as("dead-letter channel of " + topic).isNotNull();
        });
    }

    @Test
    void every_channel_is_a_topic_or_the_dead_letter_topic_of_one() {
        Set<String> known = new LinkedHashSet<>();
        Topics.all().forEach(topic -> {
            known.add(topic);
            known.add(Topics.deadLetterOf(topic));
        });

        assertThat(channels().values()).extracting(channel -> channel.path("address").asString())
                .doesNotHaveDuplicates()
                .allSatisfy(address -> assertThat(known).contains(address));
    }

    @Test
    void a_topic_without_catalogued_events_says_its_events_come_later() {
        List<String> topicsWithoutEvents = Topics.all().stream()
                .filter(topic -> EventCatalogue.all().stream().noneMatch(type -> type.topic().equals(topic)))
                .toList();

        assertThat(topicsWithoutEvents).isNotEmpty().allSatisfy(topic -> {
            assertThat(messagesOf(channelAt(topic))).as(topic).isEmpty();
            assertThat(channelAt(topic).path("description").asString()).as(topic).contains("events come later");
        });
    }

    @Test
    void every_catalogued_type_has_a_message_named_after_it_on_the_channel_of_its_topic_and_of_its_dead_letter_topic() {
        assertThat(EventCatalogue.all()).allSatisfy(type -> {
            assertThat(messagesOf(channelAt(type.topic()))).as(type.name() + " on " + type.topic())
                    .extracting(message -> message.path("name").asString()).contains(type.name());
            assertThat(messagesOf(channelAt(Topics.deadLetterOf(type.topic())))).as(type.name() + " dead-lettered")
                    .extracting(message -> message.path("name").asString()).contains(type.name());
        });
    }

    @Test
    void no_message_exists_that_the_catalogue_does_not_know_nor_on_another_topic_than_its_own() {
        assertThat(allMessages()).isNotEmpty().allSatisfy(message -> {
            String name = message.path("name").asString();
            assertThat(EventCatalogue.byName(name)).as("catalogued type " + name).isPresent();
        });
        channels().values().forEach(channel -> {
            String address = channel.path("address").asString();
            assertThat(messagesOf(channel)).allSatisfy(message -> {
                EventType<?> type = EventCatalogue.byName(message.path("name").asString()).orElseThrow();
                assertThat(address).as(type.name()).isIn(type.topic(), Topics.deadLetterOf(type.topic()));
            });
        });
    }

    @Test
    void the_payload_of_every_message_refers_to_the_schema_of_its_type_found_on_the_class_path() {
        assertThat(allMessages()).allSatisfy(message -> {
            EventType<?> type = EventCatalogue.byName(message.path("name").asString()).orElseThrow();
            String schema = message.path("payload").path("$ref").asString();

            assertThat(schema).as(type.name()).isEqualTo(type.schemaResource());
            assertThat(getClass().getClassLoader().getResource(schema)).as(schema).isNotNull();
        });
    }

    @Test
    void every_message_declares_every_cloudevents_header_and_its_own_type_name_as_ce_type() {
        assertThat(allMessages()).allSatisfy(message -> {
            String name = message.path("name").asString();
            Set<String> headers = headerNamesOf(message.path("headers"));

            assertThat(headers).as(name).containsAll(cloudEventHeaderNames());
            assertThat(schemasOf(message.path("headers")))
                    .extracting(schema -> schema.path("properties").path(CloudEventHeaders.TYPE).path("const").asString())
                    .as(name).contains(name);
        });
    }

    @Test
    void only_dead_lettered_messages_carry_the_dead_letter_reason() {
        channels().values().forEach(channel -> {
            boolean deadLetter = Topics.all().stream()
                    .map(Topics::deadLetterOf)
                    .anyMatch(channel.path("address").asString()::equals);
            assertThat(messagesOf(channel)).allSatisfy(message ->
                    assertThat(headerNamesOf(message.path("headers")).contains(CloudEventHeaders.DEAD_LETTER_REASON))
                            .as(channel.path("address").asString() + " " + message.path("name").asString())
                            .isEqualTo(deadLetter));
        });
    }

    @Test
    void every_message_is_keyed_by_the_aggregate_id_of_its_event() {
        assertThat(SampleEvents.all()).allSatisfy(event -> {
            EventType<?> type = EventCatalogue.of(event.getClass());
            List<JsonNode> messages = allMessages().stream()
                    .filter(message -> message.path("name").asString().equals(type.name()))
                    .toList();

            assertThat(messages).as(type.name()).isNotEmpty().allSatisfy(message -> {
                JsonNode key = resolve(resolve(message.path("bindings")).path("kafka")).path("key");
                assertThat(key.path("type").asString()).as(type.name()).isEqualTo("string");
                assertThat(key.path("description").asString()).as(type.name()).contains("aggregate id");
                if (key.path("format").asString().equals("uuid")) {
                    assertThat(UUID.fromString(event.aggregateId()).toString()).isEqualTo(event.aggregateId());
                }
            });
        });
    }

    @Test
    void every_catalogued_type_is_sent_by_an_operation_on_the_channel_of_its_topic() {
        assertThat(EventCatalogue.all()).allSatisfy(type -> {
            List<String> sent = operations().stream()
                    .filter(operation -> operation.path("action").asString().equals("send"))
                    .filter(operation -> resolve(operation.path("channel")).path("address").asString().equals(type.topic()))
                    .flatMap(operation -> operation.path("messages").values().stream())
                    .map(message -> resolve(message).path("name").asString())
                    .toList();

            assertThat(sent).as(type.name()).contains(type.name());
        });
    }

    @Test
    void an_operation_names_its_service_and_only_messages_of_its_own_channel() {
        assertThat(operations()).isNotEmpty().allSatisfy(operation -> {
            assertThat(operation.path("action").asString()).isIn("send", "receive");
            assertThat(operation.path("tags").values()).extracting(tag -> tag.path("name").asString())
                    .singleElement().asString().isIn("payment-gateway-service", "card-vault-service", "checkout-bff",
                            "installment-service", "refund-service");
            String channelRef = operation.path("channel").path("$ref").asString();
            assertThat(operation.path("messages").values()).isNotEmpty().allSatisfy(message ->
                    assertThat(message.path("$ref").asString()).startsWith(channelRef + "/messages/"));
        });
    }

    @Test
    void the_gateway_sends_payment_events_and_the_vault_receives_payment_captured_and_sends_card_events() {
        assertThat(messageNames("payment-gateway-service", "send", Topics.PAYMENTS)).containsExactlyInAnyOrder(
                EventCatalogue.PAYMENT_AUTHORIZED.name(), EventCatalogue.PAYMENT_CAPTURED.name(),
                EventCatalogue.PAYMENT_DECLINED.name());
        assertThat(messageNames("card-vault-service", "receive", Topics.PAYMENTS))
                .containsExactly(EventCatalogue.PAYMENT_CAPTURED.name());
        assertThat(messageNames("card-vault-service", "send", Topics.CARDS))
                .containsExactly(EventCatalogue.CARD_SAVED.name(), EventCatalogue.CARD_POLICY_CHANGED.name(),
                        EventCatalogue.CARD_UPDATED.name(), EventCatalogue.CARD_DELETED.name());
        assertThat(messageNames("payment-gateway-service", "receive", Topics.CARDS)).containsExactlyInAnyOrder(
                EventCatalogue.CARD_SAVED.name(), EventCatalogue.CARD_POLICY_CHANGED.name(),
                EventCatalogue.CARD_UPDATED.name(), EventCatalogue.CARD_DELETED.name());
        assertThat(messageNames("payment-gateway-service", "send", Topics.CARD_ENTRIES))
                .containsExactly(EventCatalogue.SAVED_CARD_DETAILS_CONFIRMED.name());
        assertThat(messageNames("card-vault-service", "receive", Topics.CARD_ENTRIES))
                .containsExactly(EventCatalogue.SAVED_CARD_DETAILS_CONFIRMED.name());
        assertThat(messageNames("checkout-bff", "send", Topics.CHECKOUTS)).containsExactlyInAnyOrder(
                EventCatalogue.CHECKOUT_COMPLETED.name(), EventCatalogue.CHECKOUT_CANCELLED.name(),
                EventCatalogue.CHECKOUT_EXPIRED.name());
    }

    @Test
    void every_local_reference_points_to_something_and_every_file_reference_to_a_class_path_resource() {
        List<String> references = new ArrayList<>();
        collectReferences(document, references);

        assertThat(references).isNotEmpty().allSatisfy(reference -> {
            if (reference.startsWith("#")) {
                assertThat(document.at(reference.substring(1)).isMissingNode()).as(reference).isFalse();
            } else {
                assertThat(getClass().getClassLoader().getResource(reference)).as(reference).isNotNull();
            }
        });
    }

    private static Set<String> cloudEventHeaderNames() {
        Set<String> names = new LinkedHashSet<>();
        for (Field field : CloudEventHeaders.class.getFields()) {
            boolean constant = Modifier.isStatic(field.getModifiers()) && field.getType() == String.class;
            if (constant && !HEADER_VALUE_CONSTANTS.contains(field.getName())
                    && !field.getName().equals("DEAD_LETTER_REASON")) {
                try {
                    names.add((String) field.get(null));
                } catch (IllegalAccessException unreadable) {
                    throw new IllegalStateException(unreadable);
                }
            }
        }
        assertThat(names).contains(CloudEventHeaders.ID, CloudEventHeaders.TYPE, CloudEventHeaders.CONTENT_TYPE);
        return names;
    }

    private static Map<String, JsonNode> channels() {
        Map<String, JsonNode> channels = new LinkedHashMap<>();
        document.path("channels").forEachEntry((id, channel) -> channels.put(id, resolve(channel)));
        return channels;
    }

    private static JsonNode channelAt(String address) {
        return channels().values().stream()
                .filter(channel -> channel.path("address").asString().equals(address))
                .findFirst()
                .orElse(null);
    }

    private static List<JsonNode> messagesOf(JsonNode channel) {
        return channel.path("messages").values().stream().map(AsyncApiDocumentTest::resolve).toList();
    }

    /** The messages of the components and those written inside channels. */
    private static List<JsonNode> allMessages() {
        Set<JsonNode> messages = new LinkedHashSet<>(document.path("components").path("messages").values());
        channels().values().forEach(channel -> messages.addAll(messagesOf(channel)));
        return List.copyOf(messages);
    }

    private static List<JsonNode> operations() {
        return List.copyOf(document.path("operations").values());
    }

    private static List<String> messageNames(String service, String action, String address) {
        return operations().stream()
                .filter(operation -> operation.path("action").asString().equals(action))
                .filter(operation -> operation.path("tags").values().stream()
                        .anyMatch(tag -> tag.path("name").asString().equals(service)))
                .filter(operation -> resolve(operation.path("channel")).path("address").asString().equals(address))
                .flatMap(operation -> operation.path("messages").values().stream())
                .map(message -> resolve(message).path("name").asString())
                .toList();
    }

    /** The header names of a headers schema, through its {@code allOf} parts and local references. */
    private static Set<String> headerNamesOf(JsonNode headers) {
        Set<String> names = new LinkedHashSet<>();
        schemasOf(headers).forEach(schema -> names.addAll(schema.path("properties").propertyNames()));
        return names;
    }

    private static List<JsonNode> schemasOf(JsonNode schema) {
        JsonNode resolved = resolve(schema);
        List<JsonNode> schemas = new ArrayList<>(List.of(resolved));
        resolved.path("allOf").values().forEach(part -> schemas.addAll(schemasOf(part)));
        return schemas;
    }

    private static JsonNode resolve(JsonNode node) {
        JsonNode resolved = node;
        while (resolved.path("$ref").asString("").startsWith("#")) {
            resolved = document.at(resolved.path("$ref").asString().substring(1));
        }
        return resolved;
    }

    private static void collectReferences(JsonNode node, List<String> references) {
        if (node.isObject()) {
            node.forEachEntry((name, value) -> {
                if (name.equals("$ref")) {
                    references.add(value.asString());
                } else {
                    collectReferences(value, references);
                }
            });
        } else if (node.isArray()) {
            node.values().forEach(element -> collectReferences(element, references));
        }
    }
}
