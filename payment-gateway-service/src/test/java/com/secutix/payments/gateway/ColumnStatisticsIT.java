package com.secutix.payments.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The payments' columns that no query filters, joins or sorts on keep no planner statistics (V10): autovacuum's
 * analyze, every minute under load, skips them; the columns the gateway looks payments up by keep theirs.
 */
class ColumnStatisticsIT extends GatewayIntegrationTest {

    @Test
    void the_payments_columns_nobody_queries_by_keep_no_statistics() {
        assertThat(statisticsTarget("payments", "psp_alias_sealed")).isZero();
        assertThat(statisticsTarget("payments", "buyer_action_html")).isZero();
        assertThat(statisticsTarget("psp_transactions", "nc_error")).isZero();
    }

    @Test
    void the_columns_payments_are_looked_up_by_keep_theirs() {
        assertThat(statisticsTarget("payments", "id")).isNotZero();
        assertThat(statisticsTarget("payments", "customer_id")).isNotZero();
        assertThat(statisticsTarget("payments", "next_check_at")).isNotZero();
        assertThat(statisticsTarget("psp_transactions", "payment_id")).isNotZero();
    }

    /** 0 for no statistics, -1 for the database's default target. */
    private long statisticsTarget(String table, String column) {
        return count("select cast(coalesce(attstattarget, -1) as bigint) from pg_attribute"
                + " where attrelid = cast(:table as regclass) and attname = :column",
                Map.of("table", table, "column", column));
    }
}
