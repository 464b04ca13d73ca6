package com.secutix.payments.gateway.ogone;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Known-answer vectors of the Ogone e-Commerce guide's SHA-IN example. */
class ShaSignatureTest {

    private static final String PASSPHRASE = "Mysecretsig1875!?";

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
    void matches_the_guide_with_sha1() {
        assertThat(ShaSignature.of(guideExample(), PASSPHRASE, ShaAlgorithm.SHA1))
                .isEqualTo("F4CC376CD7A834D997B91598FA747825A238BE0A");
    }

    @Test
    void matches_the_guide_with_sha256() {
        assertThat(ShaSignature.of(guideExample(), PASSPHRASE, ShaAlgorithm.SHA256))
                .isEqualTo("E019359BAA3456AE5A986B6AABD22CF1B3E09438739E97F17A7F61DF5A11B30F");
    }

    @Test
    void matches_the_guide_with_sha512() {
        assertThat(ShaSignature.of(guideExample(), PASSPHRASE, ShaAlgorithm.SHA512))
                .isEqualTo("D1CFE8833A297D0922E908B2B44934B09EE966EF1584DC0D696304E07BB58BA7"
                        + "1973C2383C831D878D8A243BB7D7DFFFBE53CEE21955CDFEF44FE82E551F859D");
    }

    @Test
    void upper_cases_names_skips_empty_values_and_any_previous_signature() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("language", "en_US");
        parameters.put("AMOUNT", "1500");
        parameters.put("Currency", "EUR");
        parameters.put("ORDERID", "1234");
        parameters.put("PSPID", "MyPSPID");
        parameters.put("CN", "");
        parameters.put("SHASIGN", "previous");

        assertThat(ShaSignature.of(parameters, PASSPHRASE, ShaAlgorithm.SHA1))
                .isEqualTo("F4CC376CD7A834D997B91598FA747825A238BE0A");
    }

    @Test
    void changes_with_any_value() {
        Map<String, String> parameters = guideExample();
        parameters.put("AMOUNT", "1501");

        assertThat(ShaSignature.of(parameters, PASSPHRASE, ShaAlgorithm.SHA1))
                .isNotEqualTo("F4CC376CD7A834D997B91598FA747825A238BE0A");
    }

    @Test
    void matches_its_own_signature_in_any_hex_case_and_nothing_else() {
        String signature = "F4CC376CD7A834D997B91598FA747825A238BE0A";

        assertThat(ShaSignature.matches(signature, guideExample(), PASSPHRASE, ShaAlgorithm.SHA1)).isTrue();
        assertThat(ShaSignature.matches(signature.toLowerCase(), guideExample(), PASSPHRASE, ShaAlgorithm.SHA1))
                .isTrue();
        assertThat(ShaSignature.matches(signature, guideExample(), "another passphrase", ShaAlgorithm.SHA1))
                .isFalse();
        assertThat(ShaSignature.matches("", guideExample(), PASSPHRASE, ShaAlgorithm.SHA1)).isFalse();
        assertThat(ShaSignature.matches(null, guideExample(), PASSPHRASE, ShaAlgorithm.SHA1)).isFalse();
    }
}
