package com.secutix.payments.platform.web.idempotency;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.http.ResponseEntity;
import reactor.core.publisher.Mono;

/**
 * A money-moving request in the three steps {@link IdempotentRequests} runs it in, so that its
 * {@code Idempotency-Key} costs no commit of its own:
 * <ol>
 * <li>{@code start}: what the action records before it asks the outside world (a payment, PENDING), in
 * one transaction with the key's claim. When it fails, both roll back: nothing happened, the key is free.</li>
 * <li>{@code outside}: the call to the outside world (the PSP), outside any transaction, so that no
 * connection waits for it.</li>
 * <li>{@code finish}: what the action records with the outcome, and the answer, in one transaction with
 * the key's completion: the stored answer and the effect it tells of commit together.</li>
 * </ol>
 * Each step must emit one value.
 *
 * @param <S> what the start recorded
 * @param <O> what came back from outside
 * @param <T> the answer's body
 */
public record IdempotentAction<S, O, T>(Supplier<Mono<S>> start, Function<S, Mono<O>> outside,
                                        Function<O, Mono<ResponseEntity<T>>> finish) {

    public IdempotentAction {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(outside, "outside");
        Objects.requireNonNull(finish, "finish");
    }
}
