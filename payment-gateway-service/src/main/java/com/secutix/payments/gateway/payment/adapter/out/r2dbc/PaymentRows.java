package com.secutix.payments.gateway.payment.adapter.out.r2dbc;

import com.secutix.payments.gateway.payment.domain.Channel;
import com.secutix.payments.gateway.payment.domain.MaskedCard;
import com.secutix.payments.gateway.payment.domain.Money;
import com.secutix.payments.gateway.payment.domain.OgoneOrderId;
import com.secutix.payments.gateway.payment.domain.Operation;
import com.secutix.payments.gateway.payment.domain.Payment;
import com.secutix.payments.gateway.payment.domain.PaymentDetails;
import com.secutix.payments.gateway.payment.domain.PaymentId;
import com.secutix.payments.gateway.payment.domain.PaymentState;
import com.secutix.payments.gateway.payment.domain.PspAlias;
import com.secutix.payments.gateway.payment.domain.PspExchange;
import com.secutix.payments.gateway.payment.domain.PspTransaction;
import com.secutix.payments.platform.secrets.SealContext;
import com.secutix.payments.platform.secrets.SecretSealer;
import com.secutix.payments.platform.write.WritePart;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The SQL of the {@code payments} row and its mapping to and from the aggregate. */
final class PaymentRows {

    static final String SELECT = """
            select id, tenant_id, order_reference, customer_id, channel, operation, amount_minor_units, currency,
                   card_brand, card_masked_number, card_expiry, card_holder_name, psp_alias_sealed, save_card,
                   state, psp_pay_id, checks_done, next_check_at, buyer_action_html, created_at, updated_at, version
              from payments""";

    private PaymentRows() {
    }

    /** A payment row read, waiting for its transactions. */
    record Loaded(PaymentId id, PaymentDetails details, PaymentState state, String pspPayId, Instant createdAt,
            Instant updatedAt, int checksDone, Instant nextCheckAt, String buyerActionHtml, long version) {

        Payment toPayment(List<PspTransaction> transactions) {
            return Payment.restore(id, details, state, pspPayId, createdAt, updatedAt, checksDone, nextCheckAt,
                    buyerActionHtml, transactions, version);
        }
    }

    /** A new payment's row; a guard ({@code returning}) for the PSP transactions it may already have. */
    static final String INSERT = """
            insert into payments (id, tenant_id, order_reference, customer_id, channel, operation,
                                  amount_minor_units, currency, card_brand, card_masked_number, card_expiry,
                                  card_holder_name, psp_alias_sealed, save_card, state, psp_pay_id, ogone_order_id,
                                  checks_done, next_check_at, buyer_action_html, created_at, updated_at,
                                  version)
            values (:id, :tenant, :orderReference, :customer, :channel, :operation, :amount, :currency,
                    :cardBrand, :cardMasked, :cardExpiry, :cardHolder, :alias, :saveCard, :state, :payId,
                    :orderId, :checksDone, :nextCheckAt, :buyerActionHtml, :createdAt, :updatedAt, :version)
            returning id""";

    /** A payment's new state, under the version it was read at: no row when another writer changed it since. */
    static final String UPDATE = """
            update payments
               set state = :state, psp_pay_id = :payId, checks_done = :checksDone,
                   next_check_at = :nextCheckAt, buyer_action_html = :buyerActionHtml,
                   updated_at = :updatedAt, version = version + 1
             where id = :id and version = :version
            returning id""";

    static Map<String, Object> insertValues(SecretSealer sealer, Payment payment) {
        PaymentDetails details = payment.details();
        MaskedCard card = details.card();
        Map<String, Object> values = stateValues(payment);
        values.put("id", payment.id().value());
        values.put("tenant", details.tenantId());
        values.put("orderReference", details.orderReference());
        values.put("customer", details.customerId());
        values.put("channel", details.channel().name());
        values.put("operation", details.operation().name());
        values.put("amount", details.amount().minorUnits());
        values.put("currency", details.amount().currency());
        values.put("alias", sealer.seal(details.alias().value(), SealContext.pspAlias(details.tenantId())));
        values.put("saveCard", details.saveCard());
        values.put("orderId", payment.orderId().value());
        values.put("createdAt", R2dbcPayments.utc(payment.createdAt()));
        values.put("version", payment.version());
        values.put("cardBrand", WritePart.nullable(card == null ? null : card.brand(), String.class));
        values.put("cardMasked", WritePart.nullable(card == null ? null : card.maskedNumber(), String.class));
        values.put("cardExpiry", WritePart.nullable(card == null ? null : card.expiry(), String.class));
        values.put("cardHolder", WritePart.nullable(card == null ? null : card.holderName(), String.class));
        return values;
    }

    static Map<String, Object> updateValues(Payment payment) {
        Map<String, Object> values = stateValues(payment);
        values.put("id", payment.id().value());
        values.put("version", payment.version());
        return values;
    }

    private static Map<String, Object> stateValues(Payment payment) {
        Map<String, Object> values = new HashMap<>();
        values.put("state", payment.state().name());
        values.put("checksDone", payment.checksDone());
        values.put("updatedAt", R2dbcPayments.utc(payment.updatedAt()));
        values.put("payId", WritePart.nullable(payment.pspPayId().orElse(null), String.class));
        values.put("buyerActionHtml", WritePart.nullable(payment.buyerActionHtml().orElse(null), String.class));
        values.put("nextCheckAt", WritePart.nullable(R2dbcPayments.utc(payment.nextCheckAt().orElse(null)),
                OffsetDateTime.class));
        return values;
    }

    static Loaded read(Readable row, SecretSealer sealer) {
        PaymentDetails details = new PaymentDetails(
                row.get("tenant_id", String.class),
                Operation.valueOf(row.get("operation", String.class)),
                new PspAlias(sealer.open(row.get("psp_alias_sealed", String.class),
                        SealContext.pspAlias(row.get("tenant_id", String.class)))),
                new Money(row.get("amount_minor_units", Long.class), row.get("currency", String.class)),
                row.get("order_reference", String.class),
                row.get("customer_id", String.class),
                Channel.valueOf(row.get("channel", String.class)),
                Boolean.TRUE.equals(row.get("save_card", Boolean.class)),
                cardOf(row));
        return new Loaded(new PaymentId(row.get("id", UUID.class)), details,
                PaymentState.valueOf(row.get("state", String.class)), row.get("psp_pay_id", String.class),
                instant(row, "created_at"), instant(row, "updated_at"), row.get("checks_done", Integer.class),
                instant(row, "next_check_at"), row.get("buyer_action_html", String.class),
                row.get("version", Long.class));
    }

    static PspTransaction readTransaction(Readable row) {
        return new PspTransaction(row.get("attempt", Integer.class),
                PspExchange.valueOf(row.get("exchange", String.class)),
                new OgoneOrderId(row.get("ogone_order_id", String.class)), row.get("pay_id", String.class),
                row.get("status", Integer.class), row.get("nc_error", String.class),
                instant(row, "sent_at"), instant(row, "answered_at"));
    }

    private static MaskedCard cardOf(Readable row) {
        String masked = row.get("card_masked_number", String.class);
        return masked == null ? null : new MaskedCard(row.get("card_brand", String.class), masked,
                row.get("card_expiry", String.class), row.get("card_holder_name", String.class));
    }

    private static Instant instant(Readable row, String column) {
        OffsetDateTime value = row.get(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
