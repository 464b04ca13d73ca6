package com.secutix.payments.pspsimulator.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class NoCardDataInLogsTest extends SimulatorWebTest {

    private static final Pattern CARD_NUMBER = Pattern.compile("\\d{13,19}");

    @Test
    void logs_neither_card_numbers_nor_cvcs_while_cards_are_stored_and_charged(CapturedOutput output) {
        String alias = simulator.newAlias("4000000000005126", "987").get("ALIAS");
        String payId = simulator.order("SAL", uniqueOrderId("logs"), alias, "100").get("PAYID");
        simulator.maintain(payId, "RFD", "100");
        simulator.aliasGateway(java.util.Map.of("PSPID", DemoMerchant.PSPID, "ACCEPTURL", SimulatorClient.ACCEPT_URL,
                "CARDNO", "4111111111111112", "CN", "A", "ED", "1239", "CVC", "987"));

        assertThat(CARD_NUMBER.matcher(output.getAll()).results().map(m -> m.group())
                .filter(digits -> digits.startsWith("4000000000005126") || digits.startsWith("4111111111111112")))
                .isEmpty();
        assertThat(output.getAll().toUpperCase()).doesNotContain("CVC=987").doesNotContain("CVC\":\"987");
    }
}
