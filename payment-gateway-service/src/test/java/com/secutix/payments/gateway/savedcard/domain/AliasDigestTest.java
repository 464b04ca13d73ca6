package com.secutix.payments.gateway.savedcard.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AliasDigestTest {

    @Test
    void is_the_lower_case_hex_sha_256_of_the_alias_and_never_shows_it() {
        String digest = AliasDigest.of("6F1C2B3A4D5E6F708192A3B4C5D6E7F8");

        assertThat(digest).matches("[0-9a-f]{64}").doesNotContain("6F1C2B3A").doesNotContainIgnoringCase("6f1c2b3a4d5e");
        assertThat(AliasDigest.of("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(AliasDigest.of("6F1C2B3A4D5E6F708192A3B4C5D6E7F8")).isEqualTo(digest);
        assertThat(AliasDigest.of("6F1C2B3A4D5E6F708192A3B4C5D6E7F9")).isNotEqualTo(digest);
    }
}
