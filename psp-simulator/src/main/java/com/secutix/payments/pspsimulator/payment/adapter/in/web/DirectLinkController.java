package com.secutix.payments.pspsimulator.payment.adapter.in.web;

import com.secutix.payments.pspsimulator.fault.application.Faults;
import com.secutix.payments.pspsimulator.fault.domain.Fault;
import com.secutix.payments.pspsimulator.payment.application.DirectLinkAnswer;
import com.secutix.payments.pspsimulator.payment.application.MaintainPayment;
import com.secutix.payments.pspsimulator.payment.application.PlaceOrder;
import com.secutix.payments.pspsimulator.payment.application.QueryPayment;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.time.Duration;
import java.util.function.Function;

import static com.secutix.payments.pspsimulator.merchant.adapter.in.web.Forms.parameters;

/** DirectLink: {@code orderdirect.asp}, {@code maintenancedirect.asp}, {@code querydirect.asp}, with faults and latency. */
@RestController
class DirectLinkController {

    private static final MediaType TEXT_XML_UTF8 = MediaType.parseMediaType("text/xml;charset=UTF-8");

    private final PlaceOrder placeOrder;
    private final MaintainPayment maintainPayment;
    private final QueryPayment queryPayment;
    private final Faults faults;
    private final String publicBaseUrl;

    DirectLinkController(PlaceOrder placeOrder, MaintainPayment maintainPayment, QueryPayment queryPayment,
                         Faults faults, @Value("${psp-simulator.public-base-url:}") String publicBaseUrl) {
        this.placeOrder = placeOrder;
        this.maintainPayment = maintainPayment;
        this.queryPayment = queryPayment;
        this.faults = faults;
        this.publicBaseUrl = publicBaseUrl;
    }

    @PostMapping(path = {"/ncol/{environment}/orderdirect.asp", "/ncol/{environment}/orderdirect_utf8.asp"},
            consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    Mono<ResponseEntity<String>> order(ServerWebExchange exchange) {
        String baseUrl = baseUrl(exchange);
        return exchange.getFormData().flatMap(form -> withFaults(fault ->
                placeOrder.place(parameters(form), fault == Fault.UNCERTAIN_OUTCOME, baseUrl)));
    }

    @PostMapping(path = {"/ncol/{environment}/maintenancedirect.asp", "/ncol/{environment}/maintenancedirect_utf8.asp"},
            consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    Mono<ResponseEntity<String>> maintain(ServerWebExchange exchange) {
        return exchange.getFormData().flatMap(form -> withFaults(fault ->
                maintainPayment.maintain(parameters(form), faults.settings().pendingMaintenanceAnswers())));
    }

    @PostMapping(path = {"/ncol/{environment}/querydirect.asp", "/ncol/{environment}/querydirect_utf8.asp"},
            consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    Mono<ResponseEntity<String>> query(ServerWebExchange exchange) {
        return exchange.getFormData().flatMap(form -> withFaults(fault -> queryPayment.query(parameters(form))));
    }

    private Mono<ResponseEntity<String>> withFaults(Function<Fault, DirectLinkAnswer> call) {
        Duration latency = faults.nextLatency();
        Fault fault = faults.nextFault();
        Duration lateBy = faults.settings().slowAnswerDelay();
        Mono<ResponseEntity<String>> answer = Mono.defer(() -> {
            if (fault == Fault.SERVER_ERROR) {
                return Mono.just(ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR)
                        .contentType(MediaType.TEXT_PLAIN).body("simulated PSP failure"));
            }
            DirectLinkAnswer result = call.apply(fault);
            ResponseEntity<String> response = ResponseEntity.ok().contentType(TEXT_XML_UTF8)
                    .body(NcResponseXml.of(result));
            boolean late = result.late() || fault == Fault.LATE_ANSWER;
            return late ? Mono.just(response).delayElement(lateBy) : Mono.just(response);
        });
        return latency.isZero() ? answer : Mono.delay(latency).then(answer);
    }

    private String baseUrl(ServerWebExchange exchange) {
        if (publicBaseUrl != null && !publicBaseUrl.isBlank()) {
            return publicBaseUrl;
        }
        URI uri = exchange.getRequest().getURI();
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }
}
