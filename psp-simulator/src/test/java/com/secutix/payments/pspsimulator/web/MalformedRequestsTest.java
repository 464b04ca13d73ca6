package com.secutix.payments.pspsimulator.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever a client posts to an Ogone endpoint, the answer is Ogone's: an {@code <ncresponse/>} refusal on DirectLink,
 * an error page on the browser pages, 413 for a body past the limit; never a 500, and nothing recorded.
 */
class MalformedRequestsTest extends SimulatorWebTest {

    private static final List<String> DIRECT_LINK = List.of("orderdirect.asp", "orderdirect_utf8.asp",
            "maintenancedirect.asp", "maintenancedirect_utf8.asp", "querydirect.asp", "querydirect_utf8.asp");
    private static final List<String> BROWSER_PAGES = List.of("alias_gateway.asp", "alias_gateway_utf8.asp",
            "challenge", "challenge/complete");

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String FORM = MediaType.APPLICATION_FORM_URLENCODED_VALUE;
    private static final byte[] BAD_PERCENT_ENCODING = ("PSPID=" + DemoMerchant.PSPID + "&ORDERID=%zz&AMOUNT=100%")
            .getBytes(StandardCharsets.US_ASCII);
    private static final byte[] JSON = ("{\"PSPID\":\"" + DemoMerchant.PSPID + "\"}").getBytes(StandardCharsets.UTF_8);

    /** What a client sends and what kind of answer each endpoint gives. */
    enum Defect {
        BAD_PERCENT_ENCODING(FORM, MalformedRequestsTest.BAD_PERCENT_ENCODING),
        UNKNOWN_CHARSET(FORM + ";charset=no-such-charset", "PSPID=X".getBytes(StandardCharsets.US_ASCII)),
        JSON_BODY(MediaType.APPLICATION_JSON_VALUE, MalformedRequestsTest.JSON),
        TEXT_BODY(MediaType.TEXT_PLAIN_VALUE, "PSPID=X".getBytes(StandardCharsets.US_ASCII)),
        UNPARSABLE_CONTENT_TYPE(";;;/", "PSPID=X".getBytes(StandardCharsets.US_ASCII)),
        FIELDS_WITHOUT_VALUES(FORM, "PSPID&USERID=&=&&SHASIGN".getBytes(StandardCharsets.US_ASCII)),
        FORM_JUST_PAST_THE_LIMIT(FORM, form(64 * 1024 + 1)),
        FIVE_MEGABYTE_FORM(FORM, form(5 * 1024 * 1024));

        final String contentType;
        final byte[] body;

        Defect(String contentType, byte[] body) {
            this.contentType = contentType;
            this.body = body;
        }

        boolean tooLarge() {
            return this == FORM_JUST_PAST_THE_LIMIT || this == FIVE_MEGABYTE_FORM;
        }

        /** The others are no form at all, or a form without PSPID: Ogone refuses them for the missing PSPID. */
        boolean unreadableForm() {
            return this == BAD_PERCENT_ENCODING;
        }
    }

    static Stream<Arguments> directLinkRequests() {
        return DIRECT_LINK.stream().flatMap(endpoint -> Arrays.stream(Defect.values())
                .map(defect -> Arguments.of(endpoint, defect)));
    }

    static Stream<Arguments> browserPageRequests() {
        return BROWSER_PAGES.stream().flatMap(endpoint -> Arrays.stream(Defect.values())
                .map(defect -> Arguments.of(endpoint, defect)));
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("directLinkRequests")
    void direct_link_answers_an_ogone_refusal_or_413_and_records_nothing(String endpoint, Defect defect) {
        int ledgerBefore = simulator.ledger("").size();

        Answer answer = post(endpoint, defect);

        if (defect.tooLarge()) {
            assertThat(answer.status()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE.value());
        } else {
            assertThat(answer.status()).as(answer.text()).isEqualTo(HttpStatus.OK.value());
            assertThat(answer.contentType().isCompatibleWith(MediaType.TEXT_XML)).as(answer.text()).isTrue();
            assertThat(SimulatorClient.ncresponse(answer.body()).attributes())
                    .containsEntry("STATUS", "0").containsEntry("NCSTATUS", "5")
                    .containsEntry("NCERROR", defect.unreadableForm() ? "50001111" : "50001118");
        }
        assertThat(simulator.ledger("")).hasSize(ledgerBefore);
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("browserPageRequests")
    void a_browser_page_answers_an_error_page_or_413(String endpoint, Defect defect) {
        Answer answer = post(endpoint, defect);

        if (defect.tooLarge()) {
            assertThat(answer.status()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE.value());
        } else {
            assertThat(answer.status()).as(answer.text()).isBetween(400, 499);
            assertThat(answer.contentType().isCompatibleWith(MediaType.TEXT_HTML)).as(answer.text()).isTrue();
        }
    }

    @Test
    void a_form_within_the_limit_is_read_as_usual() {
        Map<String, String> answer = simulator.directLink("querydirect.asp",
                Map.of("ORDERID", uniqueOrderId("never-ordered"), "COMPLUS", "a".repeat(60 * 1024)));

        assertThat(answer).containsEntry("STATUS", "0").containsEntry("NCERROR", "50001130");
    }

    record Answer(int status, MediaType contentType, byte[] body) {

        String text() {
            return status + " " + new String(body, StandardCharsets.UTF_8);
        }
    }

    /** Sent with the JDK's client, which passes any Content-Type header as it is (Spring's refuses to send some). */
    private Answer post(String endpoint, Defect defect) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/ncol/test/" + endpoint))
                .header(HttpHeaders.CONTENT_TYPE, defect.contentType)
                .timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofByteArray(defect.body))
                .build();
        try {
            HttpResponse<byte[]> response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
            MediaType contentType = response.headers().firstValue(HttpHeaders.CONTENT_TYPE).map(MediaType::parseMediaType)
                    .orElse(MediaType.APPLICATION_OCTET_STREAM);
            return new Answer(response.statusCode(), contentType, response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A form of this many bytes (the limit, {@code psp-simulator.max-form-size}, is 64 KB by default). */
    private static byte[] form(int size) {
        byte[] prefix = ("PSPID=" + DemoMerchant.PSPID + "&PARAMPLUS=").getBytes(StandardCharsets.US_ASCII);
        byte[] body = new byte[size];
        Arrays.fill(body, (byte) 'a');
        System.arraycopy(prefix, 0, body, 0, prefix.length);
        return body;
    }
}
