package com.secutix.payments.platform.write;

import io.r2dbc.spi.Parameters;
import java.util.Map;
import java.util.Objects;
import reactor.core.publisher.Mono;

/**
 * One write of a {@link GuardedWrite}: a data-modifying statement ({@code insert}, {@code update},
 * {@code delete}) that writes only when the guard wrote, which its SQL says with
 * {@code where exists (select 1 from guard)}. Its parameters are named with a prefix of its own (the outbox's
 * {@code outbox_...}), since every part of a statement shares one namespace.
 *
 * @param sql          the statement, with {@code :name} parameters
 * @param values       the parameters' values; a {@code null} is given as {@link #nullable}'s typed null
 * @param afterWritten what to do once the statement has written (inside a caller's transaction: once it commits)
 */
public record WritePart(String sql, Map<String, Object> values, Mono<Void> afterWritten) {

    public WritePart {
        Objects.requireNonNull(sql, "sql");
        values = Map.copyOf(values);
        Objects.requireNonNull(afterWritten, "afterWritten");
    }

    public WritePart(String sql, Map<String, Object> values) {
        this(sql, values, Mono.empty());
    }

    /** The value, or a {@code null} of the given type: a map holds no {@code null}, and the driver needs its type. */
    public static Object nullable(Object value, Class<?> type) {
        return value == null ? Parameters.in(type) : value;
    }
}
