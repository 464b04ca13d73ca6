package com.secutix.payments.platform.web.idempotency;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RequestFingerprintTest {

    record Refund(String orderReference, long amount, List<String> tickets) {
    }

    private final RequestFingerprint fingerprint = new RequestFingerprint(JsonMapper.builder().build());

    @Test
    void the_same_request_written_in_another_key_order_has_the_same_fingerprint() {
        Map<String, Object> first = new LinkedHashMap<>();
        first.put("orderReference", "ORD-1");
        first.put("amount", 100);
        first.put("tickets", List.of("T1", "T2"));
        Map<String, Object> second = new LinkedHashMap<>();
        second.put("tickets", List.of("T1", "T2"));
        second.put("amount", 100);
        second.put("orderReference", "ORD-1");

        assertThat(fingerprint.of(first)).isEqualTo(fingerprint.of(second))
                .isEqualTo(fingerprint.of(new Refund("ORD-1", 100, List.of("T1", "T2"))));
    }

    @Test
    void another_value_changes_the_fingerprint() {
        assertThat(fingerprint.of(new Refund("ORD-1", 100, List.of("T1"))))
                .isNotEqualTo(fingerprint.of(new Refund("ORD-1", 101, List.of("T1"))));
    }

    @Test
    void is_a_sha_256_in_hex_of_the_canonical_json() {
        assertThat(fingerprint.canonicalJson(new Refund("ORD-1", 100, List.of("T1"))))
                .isEqualTo("{\"amount\":100,\"orderReference\":\"ORD-1\",\"tickets\":[\"T1\"]}");
        assertThat(fingerprint.of(null)).hasSize(64).matches("[0-9a-f]+");
    }
}
