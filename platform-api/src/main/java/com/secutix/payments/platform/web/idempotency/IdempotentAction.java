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
 * <li>{@code finish}: what the action records with the outcome, and the answer, committed with the key's
 * answer: the stored answer and the effect it tells of commit together. Either in a transaction
 * ({@link Finish.InTransaction}), or as one statement ({@link Finish.InOneStatement}), the cheaper.</li>
 * </ol>
 * Each step must emit one value.
 *
 * @param <S> what the start recorded
 * @param <O> what came back from outside
 * @param <T> the answer's body
 */
public record IdempotentAction<S, O, T>(Supplier<Mono<S>> start, Function<S, Mono<O>> outside, Finish<O, T> finish) {

    public IdempotentAction {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(outside, "outside");
        Objects.requireNonNull(finish, "finish");
    }

    /** An action whose finish writes in a transaction, which the key's answer joins. */
    public IdempotentAction(Supplier<Mono<S>> start, Function<S, Mono<O>> outside,
                            Function<O, Mono<ResponseEntity<T>>> finish) {
        this(start, outside, new Finish.InTransaction<>(finish));
    }

    /** An action whose finish is one statement, which the key's answer joins. */
    public static <S, O, T> IdempotentAction<S, O, T> finishedInOneStatement(
            Supplier<Mono<S>> start, Function<S, Mono<O>> outside, Function<O, Mono<OneStatementFinish<T>>> finish) {
        return new IdempotentAction<>(start, outside, new Finish.InOneStatement<>(finish));
    }

    /** How the finish records the outcome with the key's answer. */
    public sealed interface Finish<O, T> {

        /** Writes and answers inside a transaction, in which the key's answer is then written. */
        record InTransaction<O, T>(Function<O, Mono<ResponseEntity<T>>> write) implements Finish<O, T> {

            public InTransaction {
                Objects.requireNonNull(write, "write");
            }
        }

        /**
         * Prepares the write and its answer without running it: the key's answer joins the write's statement
         * (see {@link OneStatementFinish}).
         */
        record InOneStatement<O, T>(Function<O, Mono<OneStatementFinish<T>>> prepare) implements Finish<O, T> {

            public InOneStatement {
                Objects.requireNonNull(prepare, "prepare");
            }
        }
    }
}
