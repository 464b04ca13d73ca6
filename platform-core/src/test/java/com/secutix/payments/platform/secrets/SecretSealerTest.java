package com.secutix.payments.platform.secrets;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SecretSealerTest {

    private static final String KEY_A = key(1);
    private static final String KEY_B = key(2);
    private static final String LOOKUP = key(9);
    private static final String ALIAS = "ALIAS-4f1c2a7e-0001";
    private static final SealContext TENANT_A = SealContext.pspAlias("tenant-a");
    private static final SealContext TENANT_B = SealContext.pspAlias("tenant-b");

    private final SecretSealer sealerA = sealer(Map.of("key-a", KEY_A), "key-a");

    private static String key(int seed) {
        byte[] bytes = new byte[32];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (seed * 31 + i);
        }
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static SecretSealer sealer(Map<String, String> keys, String active) {
        return new SecretSealer(SecretKeyRing.of(keys, active, LOOKUP));
    }

    @Test
    void a_sealed_alias_opens_to_itself_and_does_not_show_it() {
        String sealed = sealerA.seal(ALIAS, TENANT_A);

        assertThat(sealed).startsWith("v1:key-a:").doesNotContain(ALIAS);
        assertThat(sealerA.open(sealed, TENANT_A)).isEqualTo(ALIAS);
    }

    @Test
    void a_thread_seals_and_opens_on_after_a_value_that_did_not_open() {
        String other = sealerA.seal("ALIAS-OTHER", TENANT_A);
        String sealed = sealerA.seal(ALIAS, TENANT_A);
        String digest = sealerA.lookupDigest(ALIAS, TENANT_A);

        assertThatThrownBy(() -> sealerA.open(sealed, TENANT_B)).isInstanceOf(SealedSecretException.class);

        assertThat(sealerA.open(sealed, TENANT_A)).isEqualTo(ALIAS);
        assertThat(sealerA.open(other, TENANT_A)).isEqualTo("ALIAS-OTHER");
        assertThat(sealerA.open(sealerA.seal(ALIAS, TENANT_A), TENANT_A)).isEqualTo(ALIAS);
        assertThat(sealerA.lookupDigest(ALIAS, TENANT_A)).isEqualTo(digest);
    }

    @Test
    void threads_sealing_at_once_each_open_their_own_values() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                String alias = ALIAS + "-" + t;
                results.add(threads.submit(() -> {
                    for (int i = 0; i < 500; i++) {
                        if (!sealerA.open(sealerA.seal(alias + i, TENANT_A), TENANT_A).equals(alias + i)) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void two_seals_of_one_value_differ() {
        assertThat(sealerA.seal(ALIAS, TENANT_A)).isNotEqualTo(sealerA.seal(ALIAS, TENANT_A));
    }

    @Test
    void a_tampered_value_is_refused() {
        String sealed = sealerA.seal(ALIAS, TENANT_A);
        char last = sealed.charAt(sealed.length() - 5);
        String tampered = sealed.substring(0, sealed.length() - 5) + (last == 'A' ? 'B' : 'A') + sealed.substring(sealed.length() - 4);

        assertThatThrownBy(() -> sealerA.open(tampered, TENANT_A)).isInstanceOf(SealedSecretException.class)
                .hasMessageContaining("altered").hasMessageNotContaining(ALIAS);
    }

    @Test
    void a_value_copied_into_another_tenants_row_does_not_open() {
        String sealed = sealerA.seal(ALIAS, TENANT_A);

        assertThatThrownBy(() -> sealerA.open(sealed, TENANT_B)).isInstanceOf(SealedSecretException.class)
                .hasMessageContaining("tenant 'tenant-b'").hasMessageNotContaining(ALIAS);
    }

    @Test
    void a_value_sealed_for_another_purpose_does_not_open() {
        String sealed = sealerA.seal(ALIAS, new SealContext("other-secret", "tenant-a"));

        assertThatThrownBy(() -> sealerA.open(sealed, TENANT_A)).isInstanceOf(SealedSecretException.class);
    }

    @Test
    void a_value_of_a_key_missing_from_the_ring_names_the_key_id_never_the_value() {
        String sealed = sealer(Map.of("key-b", KEY_B), "key-b").seal(ALIAS, TENANT_A);

        assertThatThrownBy(() -> sealerA.open(sealed, TENANT_A)).isInstanceOf(SealedSecretException.class)
                .hasMessageContaining("key 'key-b'").hasMessageContaining("not in the key ring").hasMessageNotContaining(ALIAS);
    }

    @Test
    void a_clear_value_is_not_taken_for_a_sealed_one() {
        assertThatThrownBy(() -> sealerA.open(ALIAS, TENANT_A)).isInstanceOf(SealedSecretException.class)
                .hasMessageContaining("not a sealed value").hasMessageNotContaining(ALIAS);
    }

    @Test
    void after_rotation_new_values_are_sealed_under_the_new_key_and_old_ones_still_open_while_their_key_is_in_the_ring() {
        String underA = sealerA.seal(ALIAS, TENANT_A);
        SecretSealer rotated = sealer(Map.of("key-a", KEY_A, "key-b", KEY_B), "key-b");

        assertThat(rotated.open(underA, TENANT_A)).isEqualTo(ALIAS);
        String resealed = rotated.reseal(underA, TENANT_A);
        assertThat(SecretSealer.keyIdOf(resealed)).isEqualTo("key-b");
        assertThat(sealer(Map.of("key-b", KEY_B), "key-b").open(resealed, TENANT_A)).isEqualTo(ALIAS);
    }

    @Test
    void the_lookup_digest_is_stable_across_key_rotations_and_differs_between_tenants() {
        SecretSealer rotated = sealer(Map.of("key-b", KEY_B), "key-b");

        assertThat(rotated.lookupDigest(ALIAS, TENANT_A)).isEqualTo(sealerA.lookupDigest(ALIAS, TENANT_A))
                .doesNotContain(ALIAS).hasSize(43);
        assertThat(sealerA.lookupDigest(ALIAS, TENANT_B)).isNotEqualTo(sealerA.lookupDigest(ALIAS, TENANT_A));
        assertThat(sealerA.lookupDigest("ALIAS-other", TENANT_A)).isNotEqualTo(sealerA.lookupDigest(ALIAS, TENANT_A));
    }

    @Test
    void a_key_ring_whose_active_key_is_missing_is_refused_by_name() {
        assertThatThrownBy(() -> sealer(Map.of("key-a", KEY_A), "key-z")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'key-z'").hasMessageNotContaining(KEY_A);
    }

    @Test
    void a_key_of_the_wrong_length_is_refused_without_showing_it() {
        String short16 = Base64.getEncoder().encodeToString(new byte[16]);

        assertThatThrownBy(() -> sealer(Map.of("key-a", short16), "key-a")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("payments.secrets.keys.key-a must be 32 bytes").hasMessageNotContaining(short16);
    }

    @Test
    void the_local_demo_keys_are_keys_of_32_bytes() {
        Map<String, Object> local = com.secutix.payments.platform.config.PlatformDefaultsLocalKeys.localDefaults();
        SecretSealer demo = new SecretSealer(SecretKeyRing.of(
                Map.of("demo-local", (String) local.get("payments.secrets.keys.demo-local")), "demo-local",
                (String) local.get("payments.secrets.lookup-key")));

        assertThat(demo.open(demo.seal(ALIAS, TENANT_A), TENANT_A)).isEqualTo(ALIAS);
    }
}
