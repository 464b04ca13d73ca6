package com.secutix.payments.checkout.callcentre.adapter.out.r2dbc;

import com.secutix.payments.checkout.callcentre.application.OperatorAudit;
import com.secutix.payments.checkout.callcentre.domain.OperatorAction;
import com.secutix.payments.checkout.callcentre.domain.OperatorActionType;
import io.r2dbc.spi.Readable;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The audit trail in {@code operator_action}: one insert per action, never updated or deleted. */
public class R2dbcOperatorAudit implements OperatorAudit {

    private static final String INSERT = """
            insert into operator_action (id, tenant_id, operator, customer_id, action, card_id, order_id, outcome, occurred_at)
            values (:id, :tenant, :operator, :customer, :action, :card, :order, :outcome, :at)
            """;
    private static final String LATEST = """
            select id, tenant_id, operator, customer_id, action, card_id, order_id, outcome, occurred_at
            from operator_action
            where tenant_id = :tenant and (cast(:customer as varchar) is null or customer_id = :customer)
            order by occurred_at desc, id
            limit :limit
            """;

    private final DatabaseClient database;

    public R2dbcOperatorAudit(DatabaseClient database) {
        this.database = database;
    }

    @Override
    public Mono<Void> record(OperatorAction action) {
        DatabaseClient.GenericExecuteSpec insert = database.sql(INSERT)
                .bind("id", action.id())
                .bind("tenant", action.tenantId())
                .bind("operator", action.operator())
                .bind("customer", action.customerId())
                .bind("action", action.action().name())
                .bind("outcome", action.outcome())
                .bind("at", action.occurredAt().atOffset(ZoneOffset.UTC));
        insert = action.cardId() == null ? insert.bindNull("card", UUID.class) : insert.bind("card", action.cardId());
        insert = action.orderId() == null ? insert.bindNull("order", String.class) : insert.bind("order", action.orderId());
        return insert.then();
    }

    @Override
    public Flux<OperatorAction> latest(String tenantId, String customerId, int limit) {
        DatabaseClient.GenericExecuteSpec select = database.sql(LATEST).bind("tenant", tenantId).bind("limit", limit);
        select = customerId == null ? select.bindNull("customer", String.class) : select.bind("customer", customerId);
        return select.map(R2dbcOperatorAudit::action).all();
    }

    private static OperatorAction action(Readable row) {
        return new OperatorAction(row.get("id", UUID.class), row.get("tenant_id", String.class), row.get("operator", String.class),
                row.get("customer_id", String.class), OperatorActionType.valueOf(row.get("action", String.class)),
                row.get("card_id", UUID.class), row.get("order_id", String.class), row.get("outcome", String.class),
                row.get("occurred_at", OffsetDateTime.class).toInstant());
    }
}
