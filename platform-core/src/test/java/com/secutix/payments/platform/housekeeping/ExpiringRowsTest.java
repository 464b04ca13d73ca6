package com.secutix.payments.platform.housekeeping;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExpiringRowsTest {

    @Test
    void one_batch_deletes_the_oldest_expired_rows_by_primary_key_skipping_locked_ones() {
        ExpiringRows rows = new ExpiringRows("ended windows", "attempt_counts", "limit_name, window_start", "window_end");

        assertThat(rows.deleteBatchSql()).isEqualToIgnoringWhitespace("""
                delete from attempt_counts where (limit_name, window_start) in (
                    select limit_name, window_start from attempt_counts where window_end <= :now
                     order by window_end limit :batchSize for update skip locked)
                """);
    }

    @Test
    void only_plain_identifiers_make_it_into_the_statement() {
        assertThatThrownBy(() -> new ExpiringRows("keys", "keys; drop table payments", "id", "expires_at"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ExpiringRows("keys", "keys", "id) or (1=1", "expires_at"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
