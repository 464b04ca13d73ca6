package com.secutix.payments.platform.web.attempts;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AttemptLimitTest {

    private static final String KEY = "test-attempt-subject-key";

    @Test
    void a_limit_needs_a_plain_name_one_attempt_at_least_and_a_window_of_a_second_at_least() {
        assertThatThrownBy(() -> new AttemptLimit("Payment per customer", "payments", 5, Duration.ofHours(1)))
                .hasMessageContaining("lower-case letters, digits and dashes");
        assertThatThrownBy(() -> new AttemptLimit("payment-per-customer", "payments", 0, Duration.ofHours(1)))
                .hasMessage("payments.attempts.limits.payment-per-customer.max-attempts must be at least 1");
        assertThatThrownBy(() -> new AttemptLimit("payment-per-customer", "payments", 5, Duration.ofMillis(999)))
                .hasMessageContaining("payments.attempts.limits.payment-per-customer.window must be at least 1s");
    }

    @Test
    void a_limit_is_read_from_its_properties_by_name() {
        AttemptLimitsProperties properties = new AttemptLimitsProperties(
                Map.of("payment-per-customer", new AttemptLimitsProperties.Allowance(10, Duration.ofHours(1))), KEY, null, null);

        AttemptLimit limit = properties.limit("payment-per-customer", "payment attempts for this customer");

        assertThat(limit).isEqualTo(new AttemptLimit("payment-per-customer", "payment attempts for this customer", 10,
                Duration.ofHours(1)));
        assertThat(properties.purgeInterval()).isEqualTo(Duration.ofMinutes(10));
        assertThat(properties.purgeBatchSize()).isEqualTo(1000);
    }

    @Test
    void a_limit_that_is_not_configured_stops_the_start_up_naming_the_properties() {
        AttemptLimitsProperties properties = new AttemptLimitsProperties(
                Map.of("payment-per-ip", new AttemptLimitsProperties.Allowance(10, null)), KEY, null, null);

        assertThatThrownBy(() -> properties.limit("payment-per-customer", "payment attempts for this customer"))
                .hasMessage("payments.attempts.limits.payment-per-customer.max-attempts and .window must be set");
        assertThatThrownBy(() -> properties.limit("payment-per-ip", "payment attempts from this address"))
                .hasMessage("payments.attempts.limits.payment-per-ip.max-attempts and .window must be set");
    }

    @Test
    void a_limit_cannot_be_used_without_a_subject_key_of_sixteen_characters_at_least() {
        Map<String, AttemptLimitsProperties.Allowance> limits =
                Map.of("payment-per-customer", new AttemptLimitsProperties.Allowance(10, Duration.ofHours(1)));

        assertThatThrownBy(() -> new AttemptLimitsProperties(limits, null, null, null)
                .limit("payment-per-customer", "payments"))
                .hasMessage("payments.attempts.subject-key must be set, at least 16 characters, the same on every instance");
        assertThatThrownBy(() -> new AttemptLimitsProperties(limits, "short", null, null)
                .limit("payment-per-customer", "payments"))
                .hasMessageContaining("payments.attempts.subject-key");
    }

    @Test
    void a_subject_is_stored_as_a_keyed_hash_that_depends_on_the_limit() {
        AttemptLimit perCustomer = new AttemptLimit("payment-per-customer", "payments", 5, Duration.ofHours(1));
        AttemptLimit perCardEntry = new AttemptLimit("card-entry-per-customer", "card entries", 5, Duration.ofHours(1));
        SubjectHash subjects = new SubjectHash(KEY);

        String hash = subjects.of(perCustomer, "alice");

        assertThat(hash).matches("[0-9a-f]{64}").doesNotContain("alice");
        assertThat(subjects.of(perCustomer, "alice")).isEqualTo(hash);
        assertThat(subjects.of(perCardEntry, "alice")).isNotEqualTo(hash);
        assertThat(subjects.of(perCustomer, "bob")).isNotEqualTo(hash);
        assertThat(new SubjectHash("another-subject-key").of(perCustomer, "alice")).isNotEqualTo(hash);
    }

    @Test
    void without_a_key_nothing_is_counted() {
        AttemptLimit perCustomer = new AttemptLimit("payment-per-customer", "payments", 5, Duration.ofHours(1));

        assertThatThrownBy(() -> new SubjectHash(null).of(perCustomer, "alice"))
                .hasMessage("payments.attempts.subject-key must be set to count attempts");
    }
}
