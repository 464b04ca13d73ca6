package com.secutix.payments.gateway.payment.domain;

import static com.secutix.payments.gateway.payment.domain.PspVerdict.AUTHORISED;
import static com.secutix.payments.gateway.payment.domain.PspVerdict.BUYER_ACTION;
import static com.secutix.payments.gateway.payment.domain.PspVerdict.CAPTURED;
import static com.secutix.payments.gateway.payment.domain.PspVerdict.DECLINED;
import static com.secutix.payments.gateway.payment.domain.PspVerdict.FAILED;
import static com.secutix.payments.gateway.payment.domain.PspVerdict.PENDING;
import static com.secutix.payments.gateway.payment.domain.PspVerdict.REFUNDED;
import static com.secutix.payments.gateway.payment.domain.PspVerdict.REFUND_FAILED;
import static com.secutix.payments.gateway.payment.domain.PspVerdict.UNKNOWN;
import static com.secutix.payments.gateway.payment.domain.PspVerdict.VOIDED;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class OgoneStatusTableTest {

    @ParameterizedTest(name = "STATUS {0} means {1}")
    @CsvSource({
            "0, FAILED", "1, FAILED", "2, DECLINED", "46, BUYER_ACTION", "5, AUTHORISED",
            "50, PENDING", "51, PENDING", "52, UNKNOWN", "59, PENDING",
            "6, VOIDED", "61, PENDING", "62, UNKNOWN",
            "7, VOIDED", "71, PENDING", "72, UNKNOWN",
            "8, REFUNDED", "81, PENDING", "82, UNKNOWN", "83, REFUND_FAILED", "84, REFUND_FAILED", "85, REFUNDED",
            "9, CAPTURED", "91, PENDING", "92, UNKNOWN", "93, DECLINED"})
    void maps_every_status_of_the_protocol_notes(int status, PspVerdict verdict) {
        assertThat(OgoneStatusTable.verdictOf(status)).isEqualTo(verdict);
    }

    @Test
    void knows_exactly_the_25_codes_of_the_protocol_notes() {
        assertThat(OgoneStatusTable.all()).hasSize(25);
        assertThat(OgoneStatusTable.all().values()).contains(CAPTURED, AUTHORISED, DECLINED, FAILED, BUYER_ACTION,
                PENDING, UNKNOWN, VOIDED, REFUNDED, REFUND_FAILED);
    }

    @Test
    void an_unlisted_status_is_an_unreadable_answer_so_unknown() {
        assertThat(OgoneStatusTable.verdictOf(4)).isEqualTo(UNKNOWN);
        assertThat(OgoneStatusTable.verdictOf(99)).isEqualTo(UNKNOWN);
    }
}
