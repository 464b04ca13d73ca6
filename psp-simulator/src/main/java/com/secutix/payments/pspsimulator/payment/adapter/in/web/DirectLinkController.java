package com.secutix.payments.pspsimulator.payment.adapter.in.web;

import com.secutix.payments.pspsimulator.SimulatorProperties;
import com.secutix.payments.pspsimulator.fault.application.Faults;
import com.secutix.payments.pspsimulator.fault.domain.Fault;
import com.secutix.payments.pspsimulator.merchant.adapter.in.web.Forms;
import com.secutix.payments.pspsimulator.merchant.domain.FormParameters;
import com.secutix.payments.pspsimulator.payment.application.DirectLinkAnswer;
import com.secutix.payments.pspsimulator.payment.application.MaintainPayment;
import com.secutix.payments.pspsimulator.payment.application.PlaceOrder;
import com.secutix.payments.pspsimulator.payment.application.QueryPayment;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.function.Function;

/**
 * DirectLink: {@code orderdirect.asp}, {@code maintenancedirect.asp}, {@code querydirect.asp}, with faults and latency.
 * Any body is read as Ogone reads it (see {@link Forms}): what is not a form has no fields and is refused like a
 * request without PSPID; a form that cannot be decoded gets a 50001111 refusal, without faults or latency.
 */
@RestController
class DirectLinkController {

    private static final MediaType TEXT_XML_UTF8 = MediaType.parseMediaType("text/xml;charset=UTF-8");

    private final PlaceOrder placeOrder;
    private final MaintainPayment maintainPayment;
    private final QueryPayment queryPayment;
    private final Faults faults;
    private final String publicBaseUrl;

    DirectLinkController(PlaceOrder placeOrder, MaintainPayment maintainPayment, QueryPayment queryPayment,
                         Faults faults, SimulatorProperties properties) {
        this.placeOrder = placeOrder;
        this.maintainPayment = maintainPayment;
        this.queryPayment = queryPayment;
        this.faults = faults;
        this.publicBaseUrl = properties.publicBaseUrl();
    }

    @PostMapping({"/ncol/{environment}/orderdirect.asp", "/ncol/{environment}/orderdirect_utf8.asp"})
    Mono<ResponseEntity<String>> order(ServerWebExchange exchange) {
        String baseUrl = challengeBaseUrl(exchange);
        return answer(exchange, form -> withFaults(fault ->
                placeOrder.place(form, fault == Fault.UNCERTAIN_OUTCOME, baseUrl)));
    }

    @PostMapping({"/ncol/{environment}/maintenancedirect.asp", "/ncol/{environment}/maintenancedirect_utf8.asp"})
    Mono<ResponseEntity<String>> maintain(ServerWebExchange exchange) {
        return answer(exchange, form -> withFaults(fault ->
                maintainPayment.maintain(form, faults.settings().pendingMaintenanceAnswers())));
    }

    @PostMapping({"/ncol/{environment}/querydirect.asp", "/ncol/{environment}/querydirect_utf8.asp"})
    Mono<ResponseEntity<String>> query(ServerWebExchange exchange) {
        return answer(exchange, form -> withFaults(fault -> queryPayment.query(form)));
    }

    private static Mono<ResponseEntity<String>> answer(ServerWebExchange exchange,
                                                       Function<FormParameters, Mono<ResponseEntity<String>>> call) {
        return Forms.read(exchange).flatMap(call)
                .onErrorResume(Forms.UnreadableFormException.class,
                        unreadable -> Mono.just(xml(DirectLinkAnswer.unreadableForm())));
    }

    /**
     * The operation is carried out (and recorded) at once, whether or not the client waits for the answer, as on
     * Ogone, where a client that stops waiting does not undo an order; the answer then leaves after the latency
     * drawn, plus the slow-answer delay for a late answer. A simulated HTTP 500 also comes after the latency, and
     * nothing is recorded for it.
     */
    private Mono<ResponseEntity<String>> withFaults(Function<Fault, DirectLinkAnswer> call) {
        Duration latency = faults.nextLatency();
        Fault fault = faults.nextFault();
        if (fault == Fault.SERVER_ERROR) {
            return after(latency, ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR)
                    .contentType(MediaType.TEXT_PLAIN).body("simulated PSP failure"));
        }
        DirectLinkAnswer result = call.apply(fault);
        boolean late = result.late() || fault == Fault.LATE_ANSWER;
        return after(late ? latency.plus(faults.settings().slowAnswerDelay()) : latency, xml(result));
    }

    private static Mono<ResponseEntity<String>> after(Duration delay, ResponseEntity<String> response) {
        return delay.isZero() ? Mono.just(response) : Mono.just(response).delayElement(delay);
    }

    private static ResponseEntity<String> xml(DirectLinkAnswer answer) {
        return ResponseEntity.ok().contentType(TEXT_XML_UTF8).body(NcResponseXml.of(answer));
    }

    /**
     * Where the buyer's browser reaches the challenge page: the configured {@code psp-simulator.public-base-url},
     * else the loopback address on the port this request came in on. Never the request's Host header, which the
     * client writes (a forged one would send the buyer to a page of the client's choosing).
     */
    private String challengeBaseUrl(ServerWebExchange exchange) {
        if (!publicBaseUrl.isEmpty()) {
            return publicBaseUrl;
        }
        InetSocketAddress local = exchange.getRequest().getLocalAddress();
        if (local == null) {
            throw new IllegalStateException("the server does not know its own port: set psp-simulator.public-base-url");
        }
        return "http://127.0.0.1:" + local.getPort();
    }
}
