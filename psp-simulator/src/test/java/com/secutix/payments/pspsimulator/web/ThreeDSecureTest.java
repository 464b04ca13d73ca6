package com.secutix.payments.pspsimulator.web;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class ThreeDSecureTest extends SimulatorWebTest {

    private static final String ACCEPT = "https://shop.example/pay/accept";
    private static final String DECLINE = "https://shop.example/pay/decline";

    @Test
    void answers_46_with_an_html_answer_and_completes_the_sale_after_authentication() {
        String orderId = uniqueOrderId("3ds");
        SimulatorClient.NcResponse answer = challengeOrder("SAL", orderId);

        assertThat(answer.attributes()).containsEntry("STATUS", "46").containsEntry("NCERROR", "0");
        String html = new String(Base64.getDecoder().decode(answer.htmlAnswer().trim()), StandardCharsets.UTF_8);
        assertThat(html).contains("/ncol/test/challenge").contains("submit()");
        String token = token(html);

        String page = simulator.postForm("/ncol/test/challenge", Map.of("token", token)).expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(page).contains("Authenticate").contains("Fail").contains("XXXXXXXXXXXX3220");

        Map<String, String> back = complete(token, "authenticate");
        assertThat(back.get("@target")).isEqualTo(ACCEPT);
        assertThat(back).containsEntry("orderID", orderId).containsEntry("STATUS", "9")
                .containsEntry("PAYID", answer.attributes().get("PAYID"))
                .containsEntry("amount", "45").containsEntry("currency", "EUR")
                .containsEntry("BRAND", "VISA").containsEntry("CARDNO", "XXXXXXXXXXXX3220")
                .containsEntry("NCERROR", "0").containsKey("ALIAS");
        assertThat(back.get("SHASIGN")).isEqualTo(AliasGatewayTest.shaOutOf(back));
        assertThat(simulator.queryByOrderId(orderId)).containsEntry("STATUS", "9");
    }

    @Test
    void a_failed_authentication_refuses_the_payment_and_goes_to_declineurl() {
        String orderId = uniqueOrderId("3ds-fail");
        SimulatorClient.NcResponse answer = challengeOrder("RES", orderId);
        String token = token(new String(Base64.getDecoder().decode(answer.htmlAnswer().trim()), StandardCharsets.UTF_8));

        Map<String, String> back = complete(token, "fail");

        assertThat(back.get("@target")).isEqualTo(DECLINE);
        assertThat(back).containsEntry("STATUS", "2").containsEntry("NCERROR", "40001134");
        assertThat(simulator.queryByOrderId(orderId)).containsEntry("STATUS", "2");
        simulator.postForm("/ncol/test/challenge/complete", Map.of("token", token, "outcome", "authenticate"))
                .expectStatus().isNotFound();
    }

    @Test
    void points_the_challenge_page_at_the_simulator_itself_whatever_host_the_request_names() {
        SimulatorClient.NcResponse answer = simulator.directLinkResponseWithHost("orderdirect.asp",
                SimulatorClient.threeDsOrder("SAL", uniqueOrderId("3ds-host"), simulator.aliasFor("4000000000003220"),
                        ACCEPT, DECLINE), "phishing.example:8443");

        assertThat(answer.attributes()).containsEntry("STATUS", "46");
        assertThat(SimulatorClient.htmlAnswer(answer))
                .contains("action=\"http://127.0.0.1:" + port + "/ncol/test/challenge\"")
                .doesNotContain("phishing.example");
    }

    @Test
    void an_authenticated_authorisation_answers_5() {
        SimulatorClient.NcResponse answer = challengeOrder("RES", uniqueOrderId("3ds-res"));
        String token = token(new String(Base64.getDecoder().decode(answer.htmlAnswer().trim()), StandardCharsets.UTF_8));

        assertThat(complete(token, "authenticate")).containsEntry("STATUS", "5");
    }

    private SimulatorClient.NcResponse challengeOrder(String operation, String orderId) {
        return simulator.directLinkResponse("orderdirect.asp", SimulatorClient.threeDsOrder(operation, orderId,
                simulator.aliasFor("4000000000003220"), ACCEPT, DECLINE));
    }

    private Map<String, String> complete(String token, String outcome) {
        URI location = simulator.postForm("/ncol/test/challenge/complete", Map.of("token", token, "outcome", outcome))
                .expectStatus().isEqualTo(HttpStatus.SEE_OTHER)
                .returnResult(String.class).getResponseHeaders().getLocation();
        return SimulatorClient.redirectTarget(location);
    }

    private static String token(String html) {
        Matcher matcher = Pattern.compile("name=\"token\" value=\"([0-9a-f]+)\"").matcher(html);
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }
}
