package com.secutix.payments.gateway.payment.adapter.out.psp;

import com.secutix.payments.gateway.ogone.PspProperties;
import com.secutix.payments.gateway.ogone.ShaSignature;
import com.secutix.payments.gateway.payment.application.PspDirectLink;
import com.secutix.payments.gateway.payment.domain.OgoneOrderId;
import com.secutix.payments.platform.web.returnurls.ReturnUrls;
import com.secutix.payments.gateway.payment.domain.Payment;
import com.secutix.payments.gateway.payment.domain.ThreeDSecureRequest;
import com.secutix.payments.gateway.payment.domain.PspOutcome;
import io.netty.channel.ChannelOption;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;

/**
 * Ogone DirectLink over HTTP: form-urlencoded POSTs to {@code orderdirect.asp} and
 * {@code querydirect.asp}, signed with the tenant's SHA-IN passphrase. A timeout, a broken
 * connection, a server error or an unreadable answer is an unknown outcome, settled later by a query.
 * Neither the alias nor any secret is ever logged.
 */
public class OgoneDirectLinkClient implements PspDirectLink {

    private static final Logger log = LoggerFactory.getLogger(OgoneDirectLinkClient.class);

    private final PspProperties properties;
    private final WebClient webClient;

    public OgoneDirectLinkClient(PspProperties properties, WebClient.Builder builder) {
        this.properties = properties;
        HttpClient httpClient = HttpClient.create()
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, Math.toIntExact(properties.connectTimeout().toMillis()))
                .responseTimeout(properties.readTimeout());
        this.webClient = builder.clone()
                .baseUrl(properties.baseUrl().toString())
                .clientConnector(new ReactorClientHttpConnector(httpClient))
                .build();
    }

    @Override
    public boolean hasAccountFor(String tenantId) {
        return properties.accountOf(tenantId).isPresent();
    }

    @Override
    public Mono<PspOutcome> order(Payment payment, Optional<ThreeDSecureRequest> threeDSecure) {
        PspProperties.Account account = accountOf(payment.details().tenantId());
        Map<String, String> parameters = OgoneOrderRequest.parametersOf(payment, threeDSecure, account);
        return post("orderdirect.asp", parameters, account, payment.orderId());
    }

    @Override
    public ReturnUrls allowedReturnUrls(String tenantId) {
        return accountOf(tenantId).allowedReturnUrls();
    }

    @Override
    public Mono<PspOutcome> query(String tenantId, OgoneOrderId orderId) {
        PspProperties.Account account = accountOf(tenantId);
        Map<String, String> parameters = OgoneOrderRequest.queryParametersOf(orderId, account);
        return post("querydirect.asp", parameters, account, orderId);
    }

    private Mono<PspOutcome> post(String path, Map<String, String> parameters, PspProperties.Account account,
            OgoneOrderId orderId) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        parameters.forEach(form::add);
        form.add(ShaSignature.PARAMETER, ShaSignature.of(parameters, account.shaInPassphrase(),
                account.hashAlgorithm()));
        return webClient.post()
                .uri(path)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData(form))
                .exchangeToMono(response -> response.statusCode().is2xxSuccessful()
                        ? response.bodyToMono(byte[].class).defaultIfEmpty(new byte[0])
                                .map(body -> NcResponseReader.read(body, orderId))
                        : response.releaseBody().thenReturn(unknown("HTTP " + response.statusCode().value())))
                .timeout(overallTimeout())
                .onErrorResume(error -> Mono.just(unknown(describe(error))))
                // the payment's outcome is logged once by the application service; the exchange itself at DEBUG
                .doOnNext(outcome -> log.debug("PSP {} for ORDERID {}: {}", path, orderId, describe(outcome)));
    }

    private Duration overallTimeout() {
        return properties.connectTimeout().plus(properties.readTimeout()).plusSeconds(1);
    }

    private PspProperties.Account accountOf(String tenantId) {
        return properties.accountOf(tenantId).orElseThrow(() -> new IllegalStateException(
                "tenant " + tenantId + " has no PSP account"));
    }

    private static PspOutcome unknown(String reason) {
        return new PspOutcome.OutcomeUnknown(reason);
    }

    private static String describe(Throwable error) {
        if (error instanceof TimeoutException) {
            return "no answer in time";
        }
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root == error ? "" : " (" + error.getClass().getSimpleName() + ")");
    }

    private static String describe(PspOutcome outcome) {
        if (outcome instanceof PspOutcome.Answered answered) {
            return "STATUS " + answered.status() + ", PAYID " + answered.payId() + ", NCERROR " + answered.ncError();
        }
        return "outcome unknown: " + ((PspOutcome.OutcomeUnknown) outcome).reason();
    }
}
