package com.secutix.payments.testsupport;

import com.secutix.payments.events.CardNumbers;

import static com.secutix.payments.testsupport.CardDataFinding.Kind.CARD_NUMBER;
import static com.secutix.payments.testsupport.CardDataFinding.Kind.CARD_VERIFICATION_CODE;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CardDataScannerTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "card=4111111111111111",
            "{\"pan\":\"5555555555554444\"}",
            "amex 378282246310005 used",
            "diners 36227206271667",
            "spaced 4111 1111 1111 1111 here",
            "dashed 4111-1111-1111-1111",
            "amex grouped 3782 822463 10005",
            "groups of eight 41111111 11111111",
            "dotted 4111.1111.1111.1111",
            "plus 4111+1111+1111+1111 in a query",
            "url-encoded 4111%201111%201111%201111 in a query",
            "mixed 4111.1111-1111 1111",
            "return=%2Fpay%3Fpan%3D4111111111111111%26x",
            "followed by expiry 4111 1111 1111 1111 12/28",
            "CARDNO=4000000000000002&CN=Jane",
            "maestro 6759649826438453"})
    void finds_luhn_valid_card_numbers(String text) {
        assertThat(CardDataScanner.scan(text)).extracting(CardDataFinding::kind).containsExactly(CARD_NUMBER);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "almost a card 4111111111111112",
            "too short 411111111111",
            "too long 41111111111111111111111",
            "masked XXXXXXXXXXXX1111",
            "masked 411111******1111",
            "id 550e8400-e29b-41d4-a716-446655440000",
            "id 41111111-1111-4111-a111-111111111111",
            "epoch millis 1764171270004 and nanos 1764171270004123456",
            "at 2026-11-26T15:34:30.004Z, 2026-11-26 15:34:30",
            "ratio 0.4111111111111111 and 4111111111111111.25",
            "glued ABC4111111111111111 and 4111111111111111xyz",
            "small numbers 41 11 11 11 11 11 11 11",
            "zeros 0000000000000000",
            "PAYID=3012345678 and payId 1241290000008, both Luhn-valid",
            "not a network's prefix 3312345678904 9012345678904 7000000000000005"})
    void ignores_what_is_not_a_card_number(String text) {
        assertThat(CardDataScanner.scan(text)).isEmpty();
    }

    @Test
    void a_uuid_made_of_digits_that_hides_a_luhn_valid_run_is_ignored_when_glued_to_letters() {
        assertThat(CardDataScanner.scan("ref a4111111111111111")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Formatting metadata directory /tmp/kafka-4149850000000000747/combined_0_0 with metadata.version",
            "log.dirs = /var/tmp/kafka-4149850000000000747/broker_0_data0",
            "ArrayBuffer(/tmp/kafka-4149850000000000747/broker_0_data0) loaded",
            "eventId 41111111-1111-4115-a111-111111111111 handled",
            "{\"paymentId\":\"41111111-1111-4115-1111-111111111111\"}",
            "[6b08b50494ad3099a5b3bbdd7fbc4e86-5493862210637381] PaymentCaptured published",
            "traceparent: 00-6b08b50494ad3099a5b3bbdd7fbc4e86-5493862210637381-01"})
    void ignores_random_identifiers_that_hide_a_luhn_valid_run(String text) {
        assertThat(CardDataScanner.scan(text)).isEmpty();
    }

    @Test
    void still_finds_a_card_number_next_to_a_temporary_path_or_an_identifier() {
        assertThat(CardDataScanner.scan("wrote /tmp/kafka-1/data for card 4111111111111111"))
                .extracting(CardDataFinding::kind).containsExactly(CARD_NUMBER);
        assertThat(CardDataScanner.scan("payment 41111111-1111-4115-a111-111111111111 card 4111111111111111"))
                .extracting(CardDataFinding::kind).containsExactly(CARD_NUMBER);
    }

    @Test
    void a_lone_span_id_made_of_digits_is_not_mistaken_for_a_trace_id() {
        assertThat(CardDataScanner.scan("card 5493862210637381")).extracting(CardDataFinding::kind)
                .containsExactly(CARD_NUMBER);
    }

    @Test
    void a_card_number_in_a_path_outside_the_temporary_directory_is_found() {
        assertThat(CardDataScanner.scan("saved /srv/exports/4111111111111111.csv"))
                .extracting(CardDataFinding::kind).containsExactly(CARD_NUMBER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"CVC=123", "\"cvv\":\"123\"", "cvv2: 1234", "'cvc' = '987'", "\"securityCode\": 123",
            "card_verification_value=321"})
    void finds_card_verification_codes(String text) {
        assertThat(CardDataScanner.scan(text)).extracting(CardDataFinding::kind)
                .containsExactly(CARD_VERIFICATION_CODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"NCERRORCVC=0", "NCERRORCVC=123", "cvc=***", "cvcResult=123", "CVC=12345"})
    void ignores_fields_that_are_not_a_verification_code(String text) {
        assertThat(CardDataScanner.scan(text)).isEmpty();
    }

    @Test
    void reports_the_line_and_a_masked_value_only() {
        var findings = CardDataScanner.scan("dump.txt", "first line\nPAN 4111 1111 1111 1111 and CVC=123");

        assertThat(findings).hasSize(2);
        assertThat(findings.get(0).line()).isEqualTo(2);
        assertThat(findings.get(0).masked()).isEqualTo("411111******1111");
        assertThat(findings.get(1).masked()).isEqualTo("CVC=***");
        assertThat(findings.toString()).doesNotContain("4111111111111111").doesNotContain("123,");
    }

    @Test
    void finds_two_cards_on_one_line() {
        assertThat(CardDataScanner.scan("4111111111111111 5555555555554444")).hasSize(2);
    }

    @Test
    void scans_the_files_matching_a_glob(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("logs"));
        Files.writeString(root.resolve("logs/service.log"), "ok\ncard 5555555555554444\n");
        Files.writeString(root.resolve("logs/clean.log"), "payment 1764171270004 captured\n");
        Files.writeString(root.resolve("notes.txt"), "card 5555555555554444\n");

        var findings = CardDataScanner.scanFiles(root, "**/*.log");

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.source()).isEqualTo(Path.of("logs", "service.log").toString());
            assertThat(finding.line()).isEqualTo(2);
        });
    }

    @Test
    void finds_what_the_log_masking_masks_and_nothing_it_leaves() {
        String text = "PAYID=3012345678 card 3782 822463 10005 order ORD-2026-0042 pan 4111.1111-1111 1111";

        assertThat(CardDataScanner.scan(text)).hasSize(CardNumbers.findIn(text).size()).hasSize(2);
        assertThat(CardDataScanner.scan(CardNumbers.mask(text))).isEmpty();
    }
}
