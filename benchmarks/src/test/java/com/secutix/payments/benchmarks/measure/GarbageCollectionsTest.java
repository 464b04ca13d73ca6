package com.secutix.payments.benchmarks.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GarbageCollectionsTest {

    private static final String HEADER = " S0C    S1C    S0U    S1U      EC       EU        OC         OU       MC     MU    CCSC   CCSU"
            + "   YGC     YGCT    FGC    FGCT     CGC    CGCT     GCT   \n";

    @Test
    void reads_the_collections_and_the_old_generation_from_jstat_with_the_parallel_collector() {
        GarbageCollections.Counters counters = GarbageCollections.Counters.parse(HEADER
                + "2560.0 2560.0  0.0   64.0  27648.0  469.9   229376.0   188327.2  92672.0 91780.2 12224.0 11747.5"
                + "    398    3.479   3      1.035   -          -    4.514\n");

        assertThat(counters).isEqualTo(new GarbageCollections.Counters(398, 3.479, 3, 1.035, 188327.2));
    }

    @Test
    void a_window_counts_the_collections_their_pauses_and_what_the_old_generation_gained() {
        GarbageCollections.Counters before = new GarbageCollections.Counters(398, 3.479, 3, 1.035, 100 * 1024.0);
        GarbageCollections.Counters after = new GarbageCollections.Counters(483, 3.809, 3, 1.035, 168 * 1024.0);

        GarbageCollections.During during = after.since(before);

        assertThat(during.young()).isEqualTo(85);
        assertThat(during.youngPauseMillis()).isCloseTo(330, within(1e-6));
        assertThat(during.full()).isZero();
        assertThat(during.fullPauseMillis()).isZero();
        assertThat(during.oldGrowthMebibytes()).isCloseTo(68, within(1e-9));
    }

    @Test
    void output_that_is_not_jstats_is_refused() {
        assertThatThrownBy(() -> GarbageCollections.Counters.parse("12345: Could not attach"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GarbageCollections.Counters.parse(HEADER + "1.0 2.0\n"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
