package com.secutix.payments.platform.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.secutix.payments.platform.SampleEvents;
import com.secutix.payments.platform.outbox.Outbox;
import com.secutix.payments.testsupport.PlatformIntegrationTest;
import com.secutix.payments.testsupport.Tenants;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;

@PlatformIntegrationTest
class GuardedWriteIT {

    private static final String DECLINE_IF_PENDING = """
            update test_payments set status = 'DECLINED' where id = :id and status = 'PENDING' returning id""";

    @Autowired
    DatabaseClient database;
    @Autowired
    Outbox outbox;

    @Test
    void the_guard_and_its_parts_are_written_together_by_one_statement() {
        UUID paymentId = aPayment("PENDING");
        UUID otherId = UUID.randomUUID();
        List<UUID> eventsOf = List.of(paymentId, otherId);

        boolean written = declineIfPending(paymentId)
                .with(outbox.appending(eventsOf.stream().map(id -> SampleEvents.aDeclinedPayment(Tenants.DEMO, id)).toList(),
                        "corr-" + paymentId).block())
                .execute().block();

        assertThat(written).isTrue();
        assertThat(statusOf(paymentId)).isEqualTo("DECLINED");
        assertThat(database.sql("select message_key from outbox_events where correlation_id = :c order by position")
                .bind("c", "corr-" + paymentId).map(row -> row.get(0, String.class)).all().collectList().block())
                .containsExactly(paymentId.toString(), otherId.toString());
    }

    @Test
    void nothing_is_written_when_the_guard_writes_nothing() {
        UUID paymentId = aPayment("CAPTURED");
        AtomicBoolean afterWritten = new AtomicBoolean();

        boolean written = declineIfPending(paymentId)
                .with(outbox.appending(List.of(SampleEvents.aDeclinedPayment(Tenants.DEMO, paymentId)), "corr-" + paymentId).block())
                .with(new WritePart("select 1 where exists (select 1 from guard)", Map.of(),
                        Mono.fromRunnable(() -> afterWritten.set(true))))
                .execute().block();

        assertThat(written).isFalse();
        assertThat(statusOf(paymentId)).isEqualTo("CAPTURED");
        assertThat(outboxRowsOf(paymentId)).isZero();
        assertThat(afterWritten).isFalse();
    }

    @Test
    void a_part_that_fails_fails_the_statement_and_the_guard_is_not_written() {
        UUID paymentId = aPayment("PENDING");
        UUID taken = aPayment("PENDING");

        assertThatThrownBy(() -> declineIfPending(paymentId)
                .with(outbox.appending(List.of(SampleEvents.aDeclinedPayment(Tenants.DEMO, paymentId)), "corr").block())
                .with(new WritePart("""
                        insert into test_payments (id, tenant_id, status)
                        select :taken_id, 'demo', 'DECLINED' where exists (select 1 from guard)""", Map.of("taken_id", taken)))
                .execute().block())
                .hasMessageContaining("duplicate key");

        assertThat(statusOf(paymentId)).isEqualTo("PENDING");
        assertThat(outboxRowsOf(paymentId)).isZero();
    }

    @Test
    void a_parameter_name_given_twice_is_refused_before_anything_runs() {
        GuardedWrite write = declineIfPending(UUID.randomUUID());

        assertThatThrownBy(() -> write.with(new WritePart("select :id where exists (select 1 from guard)", Map.of("id", 1))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(":id is given twice");
    }

    @Test
    void a_guard_that_does_not_return_its_rows_is_refused() {
        assertThatThrownBy(() -> GuardedWrite.guardedBy(database, "update test_payments set status = 'X'", Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("RETURNING");
    }

    private GuardedWrite declineIfPending(UUID paymentId) {
        return GuardedWrite.guardedBy(database, DECLINE_IF_PENDING, Map.of("id", paymentId));
    }

    private UUID aPayment(String status) {
        UUID id = UUID.randomUUID();
        database.sql("insert into test_payments (id, tenant_id, status) values (:id, :tenant, :status)")
                .bind("id", id).bind("tenant", Tenants.DEMO).bind("status", status).then().block();
        return id;
    }

    private String statusOf(UUID paymentId) {
        return database.sql("select status from test_payments where id = :id").bind("id", paymentId)
                .map(row -> row.get(0, String.class)).one().block();
    }

    private long outboxRowsOf(UUID paymentId) {
        return database.sql("select count(*) from outbox_events where message_key = :key").bind("key", paymentId.toString())
                .map(row -> row.get(0, Long.class)).one().block();
    }
}
