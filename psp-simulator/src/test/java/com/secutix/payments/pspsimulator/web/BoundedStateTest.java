package com.secutix.payments.pspsimulator.web;

import com.secutix.payments.pspsimulator.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.TestPropertySource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The simulator with tiny maximums and a clock the test moves (its own Spring context): what is evicted to make
 * room, and what expires, answers as Ogone answers for something it does not know.
 */
@TestPropertySource(properties = {
        "psp-simulator.max-transactions=3",
        "psp-simulator.max-aliases=3",
        "psp-simulator.cvc-retention=PT10M",
        "psp-simulator.challenge-lifetime=PT5M"})
@Import(BoundedStateTest.ControllableClock.class)
class BoundedStateTest extends SimulatorWebTest {

    private static final String EVICTED = "X-Simulator-Ledger-Evicted";

    @TestConfiguration(proxyBeanMethods = false)
    static class ControllableClock {
        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock(Instant.now());
        }
    }

    @Autowired
    MutableClock clock;

    @BeforeEach
    void startAfresh() {
        simulator.web().delete().uri("/simulator/state").exchange().expectStatus().isNoContent();
    }

    @Test
    void querydirect_and_maintenancedirect_answer_order_not_found_for_a_transaction_evicted_to_make_room() {
        String alias = simulator.aliasFor("4111111111111111");
        String oldest = uniqueOrderId("oldest");
        String oldestPayId = simulator.order("RES", oldest, alias, "1000").get("PAYID");
        String newest = null;
        for (int i = 0; i < 3; i++) {
            newest = uniqueOrderId("newer");
            simulator.order("SAL", newest, alias, "100");
        }

        Map<String, String> byPayId = simulator.directLink("querydirect.asp", Map.of("PAYID", oldestPayId));
        Map<String, String> byOrderId = simulator.queryByOrderId(oldest);
        Map<String, String> capture = simulator.maintain(oldestPayId, "SAS", null);
        Map<String, String> cancel = simulator.maintain(oldestPayId, "DES", null);

        assertThat(List.of(byPayId, byOrderId, capture, cancel)).allSatisfy(answer -> assertThat(answer)
                .containsEntry("STATUS", "0").containsEntry("NCSTATUS", "5").containsEntry("NCERROR", "50001130"));
        assertThat(simulator.queryByOrderId(newest)).containsEntry("STATUS", "9").containsEntry("NCERROR", "0");
    }

    @Test
    void the_ledger_keeps_the_newest_transactions_and_says_how_many_entries_were_evicted() {
        String alias = simulator.aliasFor("4111111111111111");
        String oldest = uniqueOrderId("oldest");
        String oldestPayId = simulator.order("RES", oldest, alias, "1000").get("PAYID");
        simulator.maintain(oldestPayId, "SAS", null);
        assertThat(evictedHeader("")).isEqualTo("0");

        for (int i = 0; i < 3; i++) {
            simulator.order("SAL", uniqueOrderId("newer"), alias, "100");
        }

        List<Map<String, Object>> ledger = simulator.ledger("");
        assertThat(ledger).hasSize(3).extracting(e -> e.get("operation")).containsOnly("SAL");
        assertThat(ledger).extracting(e -> e.get("orderId")).doesNotContain(oldest);
        assertThat(evictedHeader("")).isEqualTo("2");
        assertThat(evictedHeader("?pspid=" + DemoMerchant.PSPID)).isEqualTo("2");
        assertThat(evictedHeader("?pspid=SOMEONEELSE")).isEqualTo("0");
        assertThat(simulator.ledger("?orderId=" + oldest)).isEmpty();

        startAfresh();
        assertThat(evictedHeader("")).isEqualTo("0");
    }

    @Test
    void an_orderid_whose_transaction_was_evicted_can_be_ordered_again() {
        String alias = simulator.aliasFor("4111111111111111");
        String oldest = uniqueOrderId("oldest");
        simulator.order("SAL", oldest, alias, "100");
        assertThat(simulator.order("SAL", oldest, alias, "100")).containsEntry("NCERROR", "50001113");
        for (int i = 0; i < 3; i++) {
            simulator.order("SAL", uniqueOrderId("newer"), alias, "100");
        }

        assertThat(simulator.order("SAL", oldest, alias, "100")).containsEntry("STATUS", "9");
    }

    @Test
    void an_alias_evicted_to_make_room_is_an_unknown_alias_for_orderdirect() {
        String oldest = simulator.aliasFor("4111111111111111");
        for (int i = 0; i < 3; i++) {
            simulator.aliasFor("5555555555554444");
        }

        Map<String, String> answer = simulator.order("SAL", uniqueOrderId("evicted-alias"), oldest, "100");

        assertThat(answer).containsEntry("STATUS", "0").containsEntry("NCERROR", "50001111");
    }

    @Test
    void a_cvc_kept_past_its_retention_is_not_used_for_the_order() {
        String late = simulator.aliasFor("4111111111111111");
        clock.advance(Duration.ofMinutes(5));
        String inTime = simulator.aliasFor("5555555555554444");

        clock.advance(Duration.ofMinutes(5));

        assertThat(simulator.order("SAL", uniqueOrderId("late-cvc"), late, "100"))
                .containsEntry("STATUS", "9").containsEntry("CVCCheck", "NO");
        assertThat(simulator.order("SAL", uniqueOrderId("cvc-in-time"), inTime, "100"))
                .containsEntry("STATUS", "9").containsEntry("CVCCheck", "OK");
    }

    @Test
    void a_challenge_left_past_its_lifetime_is_unknown_and_the_payment_stays_waiting_for_identification() {
        String orderId = uniqueOrderId("3ds-abandoned");
        String token = challengeToken(orderId);
        simulator.postForm("/ncol/test/challenge", Map.of("token", token)).expectStatus().isOk();

        clock.advance(Duration.ofMinutes(5));

        simulator.postForm("/ncol/test/challenge", Map.of("token", token)).expectStatus().isNotFound();
        simulator.postForm("/ncol/test/challenge/complete", Map.of("token", token, "outcome", "authenticate"))
                .expectStatus().isNotFound();
        assertThat(simulator.queryByOrderId(orderId)).containsEntry("STATUS", "46");
    }

    private String evictedHeader(String query) {
        return simulator.web().get().uri("/simulator/ledger" + query).exchange()
                .expectStatus().isOk()
                .returnResult(String.class).getResponseHeaders().getFirst(EVICTED);
    }

    private String challengeToken(String orderId) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("OPERATION", "SAL");
        fields.put("ORDERID", orderId);
        fields.put("ALIAS", simulator.aliasFor("4000000000003220"));
        fields.put("AMOUNT", "4500");
        fields.put("CURRENCY", "EUR");
        fields.put("FLAG3D", "Y");
        fields.put("ACCEPTURL", "https://shop.example/pay/accept");
        SimulatorClient.NcResponse answer = simulator.directLinkResponse("orderdirect.asp", fields);
        assertThat(answer.attributes()).containsEntry("STATUS", "46");
        String html = new String(Base64.getDecoder().decode(answer.htmlAnswer().trim()), StandardCharsets.UTF_8);
        Matcher matcher = Pattern.compile("name=\"token\" value=\"([0-9a-f]+)\"").matcher(html);
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }
}
