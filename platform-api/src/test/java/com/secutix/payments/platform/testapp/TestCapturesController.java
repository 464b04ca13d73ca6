package com.secutix.payments.platform.testapp;

import com.secutix.payments.platform.SampleEvents;
import com.secutix.payments.platform.outbox.Outbox;
import com.secutix.payments.platform.security.Callers;
import com.secutix.payments.platform.web.idempotency.IdempotentAction;
import com.secutix.payments.platform.web.idempotency.IdempotentRequest;
import com.secutix.payments.platform.web.idempotency.IdempotentRequests;
import com.secutix.payments.platform.web.idempotency.OneStatementFinish;
import com.secutix.payments.platform.write.GuardedWrite;
import jakarta.validation.constraints.NotBlank;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * An idempotent POST whose finish is one statement: the start stores the capture PENDING, the finish marks it
 * CAPTURED with its event and the key's answer. For an order whose reference starts with RACED, another writer
 * settles the capture (REVIEWED) while the outside world is asked, so the finish's guard writes nothing.
 */
@RestController
class TestCapturesController {

    record CaptureRequest(@NotBlank String orderReference) {
    }

    record CaptureAnswer(UUID id, String status) {
    }

    private final IdempotentRequests idempotentRequests;
    private final DatabaseClient database;
    private final Outbox outbox;
    private final ActionExecutions executions;

    TestCapturesController(IdempotentRequests idempotentRequests, DatabaseClient database, Outbox outbox,
                           ActionExecutions executions) {
        this.idempotentRequests = idempotentRequests;
        this.database = database;
        this.outbox = outbox;
        this.executions = executions;
    }

    @PostMapping("/test-captures")
    Mono<ResponseEntity<CaptureAnswer>> capture(@RequestHeader(value = IdempotentRequests.HEADER, required = false) String key,
                                                @RequestBody CaptureRequest request) {
        return Callers.current().flatMap(caller -> idempotentRequests.execute(
                new IdempotentRequest(key, caller, "create-test-capture", request), CaptureAnswer.class,
                IdempotentAction.finishedInOneStatement(() -> start(caller.tenantId()),
                        id -> request.orderReference().startsWith("RACED") ? settledByAnother(id) : Mono.just(id),
                        id -> finish(caller.tenantId(), id))));
    }

    private Mono<UUID> start(String tenantId) {
        executions.record();
        UUID id = UUID.randomUUID();
        return database.sql("insert into test_payments (id, tenant_id, status) values (:id, :tenant, 'PENDING')")
                .bind("id", id).bind("tenant", tenantId).then().thenReturn(id);
    }

    private Mono<UUID> settledByAnother(UUID id) {
        return database.sql("update test_payments set status = 'REVIEWED' where id = :id").bind("id", id).then().thenReturn(id);
    }

    private Mono<OneStatementFinish<CaptureAnswer>> finish(String tenantId, UUID id) {
        GuardedWrite write = GuardedWrite.guardedBy(database,
                "update test_payments set status = 'CAPTURED' where id = :id and status = 'PENDING' returning id",
                Map.of("id", id));
        return outbox.appending(List.of(SampleEvents.aDeclinedPayment(tenantId, id)), "capture-" + id)
                .map(events -> new OneStatementFinish<>(answer(id, "CAPTURED"), write.with(events),
                        () -> database.sql("select status from test_payments where id = :id").bind("id", id)
                                .map(row -> row.get(0, String.class)).one().map(status -> answer(id, status))));
    }

    private static ResponseEntity<CaptureAnswer> answer(UUID id, String status) {
        return ResponseEntity.created(URI.create("/test-captures/" + id)).body(new CaptureAnswer(id, status));
    }
}
