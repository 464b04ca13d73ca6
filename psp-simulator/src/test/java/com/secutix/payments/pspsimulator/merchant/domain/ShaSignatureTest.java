package com.secutix.payments.pspsimulator.merchant.domain;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ShaSignatureTest {

    /** The SHA-IN example of Ogone's e-Commerce guide. */
    private static Map<String, String> guideExample() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("PSPID", "MyPSPID");
        parameters.put("ORDERID", "1234");
        parameters.put("AMOUNT", "1500");
        parameters.put("CURRENCY", "EUR");
        parameters.put("LANGUAGE", "en_US");
        return parameters;
    }

    @Test
    void builds_the_string_to_hash_of_the_guide() {
        assertThat(ShaSignature.stringToHash(guideExample(), "Mysecretsig1875!?")).isEqualTo(
                "AMOUNT=1500Mysecretsig1875!?CURRENCY=EURMysecretsig1875!?LANGUAGE=en_USMysecretsig1875!?"
                        + "ORDERID=1234Mysecretsig1875!?PSPID=MyPSPIDMysecretsig1875!?");
    }

    @Test
    void gives_the_sha_512_digest_published_in_the_guide() {
        assertThat(ShaSignature.of(guideExample(), "Mysecretsig1875!?", HashAlgorithm.SHA_512))
                .startsWith("D1CFE8833A297D0922E908")
                .hasSize(128);
    }

    @Test
    void upper_cases_names_and_skips_empty_values_and_the_signature_itself() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("language", "en_US");
        parameters.put("Amount", "1500");
        parameters.put("CURRENCY", "EUR");
        parameters.put("orderId", "1234");
        parameters.put("PSPID", "MyPSPID");
        parameters.put("CN", "");
        parameters.put("SHASign", "ABC");

        assertThat(ShaSignature.of(parameters, "Mysecretsig1875!?", HashAlgorithm.SHA_1))
                .isEqualTo(ShaSignature.of(guideExample(), "Mysecretsig1875!?", HashAlgorithm.SHA_1));
    }

    @Test
    void has_the_length_of_each_algorithm_in_upper_case_hex() {
        assertThat(ShaSignature.of(guideExample(), "x", HashAlgorithm.SHA_1)).matches("[0-9A-F]{40}");
        assertThat(ShaSignature.of(guideExample(), "x", HashAlgorithm.SHA_256)).matches("[0-9A-F]{64}");
        assertThat(ShaSignature.of(guideExample(), "x", HashAlgorithm.SHA_512)).matches("[0-9A-F]{128}");
    }

    @Test
    void compares_signatures_whatever_the_case_of_the_hex_digits() {
        assertThat(ShaSignature.same("ABCDEF", "abcdef")).isTrue();
        assertThat(ShaSignature.same("ABCDEF", "ABCDEE")).isFalse();
        assertThat(ShaSignature.same("ABCDEF", null)).isFalse();
    }

    @Test
    void reads_the_algorithm_names_of_the_configuration() {
        assertThat(HashAlgorithm.parse("SHA-512")).isEqualTo(HashAlgorithm.SHA_512);
        assertThat(HashAlgorithm.parse("sha256")).isEqualTo(HashAlgorithm.SHA_256);
        assertThat(HashAlgorithm.parse("SHA_1")).isEqualTo(HashAlgorithm.SHA_1);
    }
}
