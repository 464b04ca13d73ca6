package com.secutix.payments.platform.web.idempotency;

import com.secutix.payments.platform.problem.ConflictException;
import com.secutix.payments.platform.problem.InvalidRequestException;
import com.secutix.payments.platform.problem.ServiceUnavailableException;
import com.secutix.payments.platform.problem.UnprocessableRequestException;
import com.secutix.payments.platform.web.inflight.InFlightLimit;
import com.secutix.payments.platform.write.GuardedWrite;
import com.secutix.payments.platform.write.WritePart;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a money-moving request at most once per {@code Idempotency-Key} (scoped by tenant and caller):
 * missing or malformed key (it must be 1 to 255 visible ASCII characters, no comma) → 400; same key
 * with another body or operation → 422; same key while the first request runs → 409; same key and
 * body after completion → the stored status and body again (header {@code Idempotent-Replayed: true}).
 * <p>
 * The key is claimed in the transaction of the action's start and answered with its finish
 * ({@link IdempotentAction}), in the finish's transaction or as one more part of its one statement
 * ({@link OneStatementFinish}): two commits for the key and the effect together. A failure of the
 * start rolls the claim back with it (client errors are not stored, the client can correct and retry); an
 * answer that is not a success releases the key with the finish's writes. A failure after the start
 * committed leaves the key claimed until it expires: the effect may have happened (a payment sent to the
 * PSP, settled later by reconciliation), so the same key must not run it again (409).
 */
public class IdempotentRequests {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final Duration BUSY_RETRY_AFTER = Duration.ofSeconds(1);

    private static final TypeReference<Map<String, List<String>>> HEADERS_TYPE = new TypeReference<>() {
    };

    /** Where the key is: its tenant, its caller and itself. */
    private static final String KEY = "\n where tenant_id = :idempotency_tenant and caller_subject = :idempotency_subject"
            + " and idempotency_key = :idempotency_key";
    private static final String COMPLETE = """
            update idempotency_keys
               set state = 'COMPLETED', response_status = :idempotency_status, response_body = :idempotency_body,
                   response_headers = :idempotency_headers""" + KEY;
    private static final String RELEASE = "delete from idempotency_keys" + KEY + " and state = 'IN_PROGRESS'";

    private final DatabaseClient database;
    private final JsonMapper jsonMapper;
    private final RequestFingerprint fingerprint;
    private final IdempotencyProperties properties;
    private final Clock clock;
    private final TransactionalOperator transactions;
    private final InFlightLimit inFlight;

    /** @param transactions transactions of {@code database}, which the action's own statements join */
    public IdempotentRequests(DatabaseClient database, TransactionalOperator transactions, JsonMapper jsonMapper,
                              IdempotencyProperties properties, Clock clock) {
        this.database = database;
        this.transactions = transactions;
        this.inFlight = new InFlightLimit(properties.maxInFlight());
        this.jsonMapper = jsonMapper;
        this.fingerprint = new RequestFingerprint(jsonMapper);
        this.properties = properties;
        this.clock = clock;
    }

    public <S, O, T> Mono<ResponseEntity<T>> execute(IdempotentRequest request, Class<T> responseType,
                                                     IdempotentAction<S, O, T> action) {
        return Mono.deferContextual(context -> {
            validateKey(request.key());
            String requestHash = fingerprint.of(request.body());
            if (!inFlight.tryEnter()) {
                throw new ServiceUnavailableException("This service is running as many payments as it can; nothing was done, "
                        + "retry with the same " + HEADER + ".", BUSY_RETRY_AFTER);
            }
            Mono<Started<S>> started = transactions.transactional(claim(request, requestHash)
                    .flatMap(claimed -> claimed
                            ? Mono.defer(action.start()).switchIfEmpty(Mono.error(() -> nothingFrom("start"))).map(Started::of)
                            : Mono.just(Started.<S>nothingToRun())));
            Mono<ResponseEntity<T>> pipeline = started.flatMap(start -> start.keyUsedBefore()
                    ? answerFromStore(request, requestHash, responseType)
                    : action.outside().apply(start.value()).switchIfEmpty(Mono.error(() -> nothingFrom("outside")))
                            .flatMap(outcome -> finish(request, action.finish(), outcome)));
            // a client that goes away must not interrupt the recording of an effect that happened
            return Mono.fromFuture(pipeline.doFinally(signal -> inFlight.leave()).contextWrite(context).toFuture(), true);
        });
    }

    private <O, T> Mono<ResponseEntity<T>> finish(IdempotentRequest request, IdempotentAction.Finish<O, T> finish, O outcome) {
        if (finish instanceof IdempotentAction.Finish.InOneStatement<O, T> oneStatement) {
            return oneStatement.prepare().apply(outcome).switchIfEmpty(Mono.error(() -> nothingFrom("finish")))
                    .flatMap(prepared -> prepared.write().with(answerPart(request, prepared.answer())).execute()
                            .flatMap(written -> written ? Mono.just(prepared.answer())
                                    : answeredInTransaction(request, prepared.otherwise().get())));
        }
        return answeredInTransaction(request, ((IdempotentAction.Finish.InTransaction<O, T>) finish).write().apply(outcome));
    }

    /** The finish's writes and the key's answer in one transaction. */
    private <T> Mono<ResponseEntity<T>> answeredInTransaction(IdempotentRequest request, Mono<ResponseEntity<T>> finish) {
        return transactions.transactional(finish.switchIfEmpty(Mono.error(() -> nothingFrom("finish")))
                .flatMap(answer -> record(request, answer).thenReturn(answer)));
    }

    private static IllegalStateException nothingFrom(String step) {
        return new IllegalStateException("the idempotent action's " + step + " emitted nothing");
    }

    /** What the start recorded, or nothing to run because the key was used before. */
    private record Started<S>(S value, boolean keyUsedBefore) {
        static <S> Started<S> of(S value) {
            return new Started<>(value, false);
        }

        static <S> Started<S> nothingToRun() {
            return new Started<>(null, true);
        }
    }

    /**
     * A key is 1 to {@code max-key-length} (255) visible ASCII characters (0x21 to 0x7E) other than a
     * comma: a comma is what two headers joined into one look like ({@code "A,B"}), and a space, a
     * control or a non-ASCII character is not stored and compared the same by every client and proxy.
     */
    private void validateKey(String key) {
        if (key == null || key.isEmpty()) {
            throw new InvalidRequestException("The " + HEADER + " header is required.");
        }
        if (key.length() > properties.maxKeyLength()) {
            throw new InvalidRequestException("The " + HEADER + " header must not be longer than "
                    + properties.maxKeyLength() + " characters.");
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c == ',') {
                throw new InvalidRequestException("The " + HEADER + " header must hold one key, without a comma.");
            }
            if (c < 0x21 || c > 0x7E) {
                throw new InvalidRequestException("The " + HEADER + " header may only hold visible ASCII characters "
                        + "(no space, control or non-ASCII character); character " + (i + 1) + " is not one.");
            }
        }
    }

    /** True when this request now owns the key (new, or the previous use has expired). */
    private Mono<Boolean> claim(IdempotentRequest request, String requestHash) {
        Instant now = clock.instant();
        return database.sql("""
                        insert into idempotency_keys (tenant_id, caller_subject, idempotency_key, operation, request_hash,
                                                      state, created_at, expires_at)
                        values (:tenant, :subject, :key, :operation, :hash, 'IN_PROGRESS', :now, :expiresAt)
                        on conflict (tenant_id, caller_subject, idempotency_key) do update
                            set operation = excluded.operation, request_hash = excluded.request_hash,
                                state = 'IN_PROGRESS', response_status = null, response_body = null,
                                response_headers = null, created_at = excluded.created_at,
                                expires_at = excluded.expires_at
                            where idempotency_keys.expires_at <= excluded.created_at
                        """)
                .bind("tenant", request.caller().tenantId())
                .bind("subject", request.caller().subject())
                .bind("key", request.key())
                .bind("operation", request.operation())
                .bind("hash", requestHash)
                .bind("now", utc(now))
                .bind("expiresAt", utc(now.plus(properties.retention())))
                .fetch().rowsUpdated()
                .map(rows -> rows == 1);
    }

    /** A success is stored as the key's answer; any other answer frees the key for a corrected request. */
    private Mono<Void> record(IdempotentRequest request, ResponseEntity<?> answer) {
        return isStored(answer) ? complete(request, answer) : release(request);
    }

    private static boolean isStored(ResponseEntity<?> answer) {
        return answer.getStatusCode().is2xxSuccessful() || answer.getStatusCode().is3xxRedirection();
    }

    private <T> Mono<ResponseEntity<T>> answerFromStore(IdempotentRequest request, String requestHash, Class<T> responseType) {
        return database.sql("""
                        select operation, request_hash, state, response_status, response_body, response_headers
                          from idempotency_keys
                         where tenant_id = :tenant and caller_subject = :subject and idempotency_key = :key
                        """)
                .bind("tenant", request.caller().tenantId())
                .bind("subject", request.caller().subject())
                .bind("key", request.key())
                .map(row -> new StoredAnswer(row.get("operation", String.class), row.get("request_hash", String.class),
                        row.get("state", String.class), row.get("response_status", Integer.class),
                        row.get("response_body", String.class), row.get("response_headers", String.class)))
                .one()
                .switchIfEmpty(Mono.error(() -> conflict()))
                .map(stored -> {
                    if (!stored.matches(request.operation(), requestHash)) {
                        throw new UnprocessableRequestException("This " + HEADER
                                + " was already used with a different request; use a new key for a new request.");
                    }
                    if (!stored.isCompleted()) {
                        throw conflict();
                    }
                    return replay(stored, responseType);
                });
    }

    private static ConflictException conflict() {
        return new ConflictException("A request with this " + HEADER + " is being processed; retry later to get its answer.");
    }

    private <T> ResponseEntity<T> replay(StoredAnswer stored, Class<T> responseType) {
        HttpHeaders headers = new HttpHeaders();
        if (stored.headers() != null) {
            jsonMapper.readValue(stored.headers(), HEADERS_TYPE).forEach(headers::addAll);
        }
        headers.set(REPLAYED_HEADER, "true");
        T body = stored.body() == null || responseType == Void.class ? null : jsonMapper.readValue(stored.body(), responseType);
        return ResponseEntity.status(stored.status()).headers(headers).body(body);
    }

    private Mono<Void> complete(IdempotentRequest request, ResponseEntity<?> answer) {
        return database.sql(COMPLETE).bindValues(completion(request, answer)).then();
    }

    private Mono<Void> release(IdempotentRequest request) {
        return database.sql(RELEASE).bindValues(keyOf(request)).then();
    }

    /** The key's answer (its completion, or its release for an answer that is not a success) as a statement's part. */
    private WritePart answerPart(IdempotentRequest request, ResponseEntity<?> answer) {
        String onlyWhenWritten = " and exists (select 1 from " + GuardedWrite.GUARD + ")";
        return isStored(answer) ? new WritePart(COMPLETE + onlyWhenWritten, completion(request, answer))
                : new WritePart(RELEASE + onlyWhenWritten, keyOf(request));
    }

    private Map<String, Object> completion(IdempotentRequest request, ResponseEntity<?> answer) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        answer.getHeaders().forEach(headers::put);
        Map<String, Object> values = keyOf(request);
        values.put("idempotency_status", answer.getStatusCode().value());
        values.put("idempotency_headers", jsonMapper.writeValueAsString(headers));
        values.put("idempotency_body", WritePart.nullable(
                answer.getBody() == null ? null : jsonMapper.writeValueAsString(answer.getBody()), String.class));
        return values;
    }

    private static Map<String, Object> keyOf(IdempotentRequest request) {
        Map<String, Object> values = new HashMap<>();
        values.put("idempotency_tenant", request.caller().tenantId());
        values.put("idempotency_subject", request.caller().subject());
        values.put("idempotency_key", request.key());
        return values;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
