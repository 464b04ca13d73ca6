package com.secutix.payments.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ResultsTableTest {

    @Test
    void judges_the_payment_rate_by_its_ratio_to_the_bare_endpoint_of_the_same_run() {
        Figure payments = Figure.ratio("P-pay", "payments", 300, "payments/s", 6000, "B-web", Target.atLeast(0.2, "≥ 0.2 × B-web"));

        assertThat(payments.judged()).contains(0.05);
        assertThat(payments.verdict()).isEqualTo("missed: 0.25 × the bound");
    }

    @Test
    void meets_an_at_most_target_at_or_below_its_bound() {
        assertThat(Figure.judged("P-cpu", "cpu", 1.5, "ms", Target.atMost(1.5, "≤ 1.5 ms")).verdict()).isEqualTo("met");
        assertThat(Figure.judged("P-cpu", "cpu", 9, "ms", Target.atMost(1.5, "≤ 1.5 ms")).verdict()).isEqualTo("missed: 6.00 × the bound");
    }

    @Test
    void says_no_data_rather_than_a_number_when_a_scenario_produced_none() {
        Figure missing = Figure.missing("P-evt", "outbox to effect", "ms", Optional.of(Target.atMost(250, "≤ 250 ms")));

        assertThat(missing.verdict()).isEqualTo("no data");
        assertThat(ResultsTable.markdown(List.of(missing))).contains("| P-evt | outbox to effect | no data |");
    }

    @Test
    void writes_one_row_per_figure_with_absolute_judged_target_and_verdict() {
        String table = ResultsTable.markdown(List.of(
                Figure.of("B-web", "bare endpoint", 6300, "req/s"),
                Figure.ratio("P-pay", "payments", 1260, "payments/s", 6300, "B-web", Target.atLeast(0.2, "≥ 0.2 × B-web"))));

        assertThat(table).contains("| B-web | bare endpoint | 6300 req/s |  |  |  |")
                .contains("| P-pay | payments | 1260 payments/s | 0.20 × B-web | ≥ 0.2 × B-web | met |");
    }

    @Test
    void formats_figures_to_about_three_significant_digits() {
        assertThat(Numbers.format(1234.6)).isEqualTo("1235");
        assertThat(Numbers.format(12.34)).isEqualTo("12.3");
        assertThat(Numbers.format(0.0333)).isEqualTo("0.0333");
        assertThat(Numbers.format(Double.NaN)).isEqualTo("–");
    }
}
