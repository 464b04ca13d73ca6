package com.secutix.payments.platform.logging;

import com.secutix.payments.testsupport.CardDataScanner;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.client.HttpClient;
import reactor.netty.http.server.HttpServer;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * However a card number is written, wherever it is in a log event (the message, the exception, its
 * cause, its suppressed exception, an MDC value, Reactor Netty's access log), a service with the
 * starter logs it masked, in plain and in structured (ECS) output. PSP references stay readable.
 */
@ExtendWith(OutputCaptureExtension.class)
class WrittenCardNumbersTest {

    /** Every way of writing a card number the masking knows, and how it is logged. */
    enum Written {
        SPACES("4111 1111 1111 1111", "**** **** **** 1111"),
        AMEX_4_6_5("3782 822463 10005", "**** ****** *0005"),
        GROUPS_OF_8("41111111 11111111", "******** ****1111"),
        DOTS("4111.1111.1111.1111", "****.****.****.1111"),
        PLUS("4111+1111+1111+1111", "****+****+****+1111"),
        PERCENT_20("4111%201111%201111%201111", "****%20****%20****%201111"),
        HYPHENS("4111-1111-1111-1111", "****-****-****-1111"),
        AMEX_HYPHENS("3782-822463-10005", "****-******-*0005"),
        MIXED("4111.1111-1111 1111", "****.****-**** 1111"),
        DINERS_4_6_4("3622 720627 1667", "**** ****** 1667"),
        MASTERCARD_IN_ONE_PIECE("5555555555554444", "************4444");

        final String number;
        final String masked;

        Written(String number, String masked) {
            this.number = number;
            this.masked = masked;
        }
    }

    /** Where in a log event the card number is. */
    enum Place {
        MESSAGE, EXCEPTION, CAUSE, SUPPRESSED, MDC;

        String label(Written written) {
            return written.name().toLowerCase(Locale.ROOT) + "-in-" + name().toLowerCase(Locale.ROOT) + " pan ";
        }
    }

    enum Output {
        PLAIN("logging.pattern.correlation=[%X] "),
        STRUCTURED("logging.structured.format.console=ecs");

        final String property;

        Output(String property) {
            this.property = property;
        }
    }

    private static final String PSP_REFERENCES = "PAYID=3012345678 payId 1241290000008 order ORD-2026-0042"
            + " event 41111111-1111-4115-a111-111111111111 span [6b08b50494ad3099a5b3bbdd7fbc4e86-5493862210637381]";
    private static final Map<Output, String> LOGS = new EnumMap<>(Output.class);

    static Stream<Arguments> everyPlaceOfEveryWrittenNumber() {
        return Arrays.stream(Output.values()).flatMap(output -> Arrays.stream(Place.values())
                .flatMap(place -> Arrays.stream(Written.values()).map(written -> Arguments.of(output, place, written))));
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("everyPlaceOfEveryWrittenNumber")
    void a_card_number_is_logged_masked(Output output, Place place, Written written, CapturedOutput captured) {
        String logs = logsOf(output, captured);

        assertThat(logs).contains(place.label(written) + written.masked)
                .doesNotContain(written.number);
    }

    @ParameterizedTest
    @EnumSource(Output.class)
    void the_access_log_masks_card_numbers_in_the_requested_uri(Output output, CapturedOutput captured) {
        String logs = logsOf(output, captured);

        assertThat(logs).contains("GET /pay?a=****+****+****+1111&b=****%20****%20****%201111&c=****-******-*0005"
                + "&d=************4444 HTTP/1.1");
    }

    @ParameterizedTest
    @EnumSource(Output.class)
    void psp_references_order_ids_uuids_and_trace_ids_stay_readable(Output output, CapturedOutput captured) {
        assertThat(logsOf(output, captured)).contains(PSP_REFERENCES);
    }

    @ParameterizedTest
    @EnumSource(Output.class)
    void the_card_data_scan_of_the_logs_finds_nothing(Output output, CapturedOutput captured) {
        assertThat(CardDataScanner.scan(output.name(), logsOf(output, captured))).isEmpty();
    }

    private static synchronized String logsOf(Output output, CapturedOutput captured) {
        return LOGS.computeIfAbsent(output, format -> {
            int before = captured.getOut().length();
            logEverything(format, () -> captured.getOut().substring(before));
            return captured.getOut().substring(before);
        });
    }

    @Configuration(proxyBeanMethods = false)
    static class NoBeans {
    }

    private static void logEverything(Output output, Supplier<String> logged) {
        try (ConfigurableApplicationContext ignored = new SpringApplicationBuilder(NoBeans.class)
                .web(WebApplicationType.NONE)
                .properties("spring.main.banner-mode=off", output.property)
                .run()) {
            Logger log = LoggerFactory.getLogger(WrittenCardNumbersTest.class);
            for (Written written : Written.values()) {
                log.warn(Place.MESSAGE.label(written) + written.number);
                log.error("payment failed", exceptionWith(written));
                try (MDC.MDCCloseable ignoredMdc = MDC.putCloseable("pan", Place.MDC.label(written) + written.number)) {
                    log.info("payment refused");
                }
            }
            log.info(PSP_REFERENCES);
            requestWithCardNumbersInTheUri(logged);
        }
    }

    private static Exception exceptionWith(Written written) {
        Exception exception = new IllegalStateException(Place.EXCEPTION.label(written) + written.number,
                new IOException(Place.CAUSE.label(written) + written.number));
        exception.addSuppressed(new IllegalArgumentException(Place.SUPPRESSED.label(written) + written.number));
        return exception;
    }

    /** Reactor Netty's access log is written once the response is sent: waits for it. */
    private static void requestWithCardNumbersInTheUri(Supplier<String> logged) {
        DisposableServer server = HttpServer.create().host("127.0.0.1").port(0).accessLog(true)
                .handle((request, response) -> response.sendString(Mono.just("ok")))
                .bindNow();
        try {
            HttpClient.create().baseUrl("http://127.0.0.1:" + server.port()).get()
                    .uri("/pay?a=4111+1111+1111+1111&b=4111%201111%201111%201111&c=3782-822463-10005&d=5555555555554444")
                    .responseContent().aggregate().asString().block(Duration.ofSeconds(10));
            await().atMost(Duration.ofSeconds(10)).until(() -> logged.get().contains("GET /pay?"));
        } finally {
            server.disposeNow();
        }
    }
}
