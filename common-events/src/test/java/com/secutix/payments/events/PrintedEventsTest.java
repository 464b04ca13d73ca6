package com.secutix.payments.events;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** An event printed in a log line, an assertion message or a debugger never shows a PSP alias. */
class PrintedEventsTest {

    static List<PlatformEvent> events() {
        return SampleEvents.all();
    }

    @ParameterizedTest
    @MethodSource("events")
    void no_printed_event_shows_the_psp_alias(PlatformEvent event) {
        assertThat(event.toString()).doesNotContain(SampleEvents.ALIAS);
    }

    @ParameterizedTest
    @MethodSource("events")
    void no_printed_event_shows_a_field_named_like_an_alias(PlatformEvent event) throws Exception {
        for (RecordComponent component : aliasComponentsOf(event)) {
            String alias = String.valueOf(component.getAccessor().invoke(event));

            assertThat(event.toString()).as(component.getName()).doesNotContain(alias)
                    .contains(component.getName() + "=[hidden]");
        }
    }

    @ParameterizedTest
    @MethodSource("events")
    void a_printed_event_still_tells_which_event_it_is(PlatformEvent event) {
        assertThat(event.toString()).startsWith(event.getClass().getSimpleName() + "[")
                .contains(event.tenantId()).contains(event.aggregateId());
    }

    private static List<RecordComponent> aliasComponentsOf(PlatformEvent event) {
        return Arrays.stream(event.getClass().getRecordComponents())
                .filter(component -> component.getName().toLowerCase(Locale.ROOT).contains("alias"))
                .toList();
    }
}
