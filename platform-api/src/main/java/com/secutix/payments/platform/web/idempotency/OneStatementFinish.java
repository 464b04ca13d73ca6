package com.secutix.payments.platform.web.idempotency;

import com.secutix.payments.platform.write.GuardedWrite;
import java.util.Objects;
import java.util.function.Supplier;
import org.springframework.http.ResponseEntity;
import reactor.core.publisher.Mono;

/**
 * A finish written as one statement (see {@link GuardedWrite}): the effect's write, not run yet, and the answer it
 * gives when it writes. The key's answer joins the write as one more part, so the effect, its events and the stored
 * answer commit together, with no transaction. When the write's guard writes nothing (another writer changed the
 * record since it was read), {@code otherwise} answers instead, in a transaction with the key's answer.
 *
 * @param answer    the answer when the write writes
 * @param write     the effect's write
 * @param otherwise the answer when it did not (read from what the other writer recorded)
 * @param <T> the answer's body
 */
public record OneStatementFinish<T>(ResponseEntity<T> answer, GuardedWrite write, Supplier<Mono<ResponseEntity<T>>> otherwise) {

    public OneStatementFinish {
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(write, "write");
        Objects.requireNonNull(otherwise, "otherwise");
    }
}
