package com.secutix.payments.checkout.boxoffice.adapter.out;

import java.net.ConnectException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.codec.HttpMessageWriter;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.mock.http.client.reactive.MockClientHttpRequest;
import org.springframework.web.reactive.function.BodyInserter;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFunction;
import org.springframework.web.reactive.function.client.ExchangeStrategies;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import reactor.core.publisher.Mono;

/**
 * The other side of a {@link WebClient}, without any HTTP server: it records each request as the client would have
 * sent it (method, URL, headers, the body as written) and answers what the test scripted, as real
 * {@link ClientResponse}s.
 */
public final class ScriptedExchange implements ExchangeFunction {

    public static final String BASE_URL = "http://services.test";

    /** A request as it would have gone on the wire. */
    public record Sent(HttpMethod method, URI url, HttpHeaders headers, String body) {

        public String path() {
            return url.getRawPath();
        }

        public String header(String name) {
            return headers.getFirst(name);
        }
    }

    private static final BodyInserter.Context WRITERS = new BodyInserter.Context() {
        @Override
        public List<HttpMessageWriter<?>> messageWriters() {
            return ExchangeStrategies.withDefaults().messageWriters();
        }

        @Override
        public Optional<ServerHttpRequest> serverRequest() {
            return Optional.empty();
        }

        @Override
        public Map<String, Object> hints() {
            return Map.of();
        }
    };

    private final List<Sent> sent = new CopyOnWriteArrayList<>();
    private volatile Function<Sent, Mono<ClientResponse>> answer =
            request -> Mono.error(new AssertionError("no answer scripted for " + request.method() + " " + request.url()));

    /** Answers every request with what {@code answer} builds for it (a fresh response each time). */
    public ScriptedExchange answering(Function<Sent, ClientResponse> answer) {
        this.answer = request -> Mono.fromSupplier(() -> answer.apply(request));
        return this;
    }

    /** Answers every request with a failure to reach the service, as a refused connection is. */
    public ScriptedExchange unreachable() {
        this.answer = request -> Mono.error(new WebClientRequestException(new ConnectException("Connection refused"),
                request.method(), request.url(), request.headers()));
        return this;
    }

    public WebClient webClient() {
        return WebClient.builder().baseUrl(BASE_URL).exchangeFunction(this).build();
    }

    public List<Sent> sent() {
        return List.copyOf(sent);
    }

    public Sent onlySent() {
        if (sent.size() != 1) {
            throw new AssertionError("expected one request, got " + sent);
        }
        return sent.get(0);
    }

    @Override
    public Mono<ClientResponse> exchange(ClientRequest request) {
        MockClientHttpRequest written = new MockClientHttpRequest(request.method(), request.url());
        written.getHeaders().putAll(request.headers());
        return request.body().insert(written, WRITERS)
                .then(Mono.defer(written::getBodyAsString))
                .onErrorResume(IllegalStateException.class, noBody -> Mono.empty())
                .defaultIfEmpty("")
                .flatMap(body -> {
                    Sent one = new Sent(request.method(), request.url(), HttpHeaders.readOnlyHttpHeaders(written.getHeaders()), body);
                    sent.add(one);
                    return answer.apply(one);
                });
    }

    public static ClientResponse json(int status, String body) {
        return ClientResponse.create(HttpStatusCode.valueOf(status))
                .header(HttpHeaders.CONTENT_TYPE, "application/json").body(body).build();
    }

    public static ClientResponse problem(int status, String type, String detail) {
        return ClientResponse.create(HttpStatusCode.valueOf(status))
                .header(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                .body("{\"type\":\"%s\",\"title\":\"t\",\"status\":%d,\"detail\":\"%s\"}".formatted(type, status, detail))
                .build();
    }

    public static ClientResponse empty(int status) {
        return ClientResponse.create(HttpStatusCode.valueOf(status)).build();
    }
}
