package com.secutix.payments.platform.web.strictness;

import com.secutix.payments.platform.problem.InvalidRequestException;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.server.NotAcceptableStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.Set;

/**
 * Refuses a state-changing request (POST, PUT, PATCH, DELETE) whose {@code Accept} header admits no
 * JSON answer with 406 before it runs: WebFlux chooses the answer's media type only after the handler
 * has run, so a payment asked for with {@code Accept: image/png} would be made, its
 * {@code Idempotency-Key} stored, and the client told 406. An {@code Accept} header that cannot be
 * parsed is a 400 for the same reason. Requests without {@code Accept}, or admitting any type
 * ({@code *}/{@code *}), {@code application/json} or {@code application/problem+json}, pass; a type
 * given with {@code q=0} is not admitted. Pages ({@code payments.web.page-paths}: a service's HTML forms, such
 * as the checkout's) answer HTML and are left alone.
 */
public class AcceptableAnswers implements WebFilter, Ordered {

    private final List<PathPattern> pagePaths;

    public AcceptableAnswers() {
        this(List.of());
    }

    public AcceptableAnswers(List<String> pagePaths) {
        this.pagePaths = pagePaths.stream().map(PathPatternParser.defaultInstance::parse).toList();
    }

    private static final Set<HttpMethod> STATE_CHANGING = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH,
            HttpMethod.DELETE);
    private static final List<MediaType> JSON = List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON);

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String accept = exchange.getRequest().getHeaders().getFirst(HttpHeaders.ACCEPT);
        if (accept == null || accept.isBlank() || !STATE_CHANGING.contains(exchange.getRequest().getMethod())
                || pagePaths.stream().anyMatch(page -> page.matches(exchange.getRequest().getPath().pathWithinApplication()))) {
            return chain.filter(exchange);
        }
        List<MediaType> accepted;
        try {
            accepted = MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException unparsable) {
            return Mono.error(new InvalidRequestException("The Accept header cannot be parsed as a list of media types."));
        }
        boolean json = accepted.stream()
                .filter(type -> !"0".equals(type.getParameter("q")) && !"0.0".equals(type.getParameter("q")))
                .anyMatch(type -> JSON.stream().anyMatch(type::isCompatibleWith));
        return json ? chain.filter(exchange) : Mono.error(new NotAcceptableStatusException(JSON));
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 12;
    }
}
