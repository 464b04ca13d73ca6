package com.secutix.payments.cardvault.card.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class SalesChannelTest {

    @Test
    void reads_channel_names_in_any_case_and_with_dashes() {
        assertThat(SalesChannel.named("box-office")).isEqualTo(SalesChannel.BOX_OFFICE);
        assertThat(SalesChannel.named("WEB")).isEqualTo(SalesChannel.WEB);
    }

    @Test
    void refuses_an_unknown_channel() {
        assertThatIllegalArgumentException().isThrownBy(() -> SalesChannel.named("fax"));
    }
}
