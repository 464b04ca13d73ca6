package com.secutix.payments.platform.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class LevelCheckedLogTest {

    private static final String LOGGER = "com.secutix.payments.platform.logging.LevelCheckedLogTest.logger";

    private final Logger logback = (Logger) LoggerFactory.getLogger(LOGGER);
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>() {
        @Override
        protected void append(ILoggingEvent event) {
            // the caller's location is read from the stack as it is when logged, as a pattern's %C would
            event.getCallerData();
            super.append(event);
        }
    };
    private final Log log = new LevelCheckedLogFactory().getInstance(LOGGER);

    @BeforeEach
    void captureTheLogger() {
        logged.start();
        logback.addAppender(logged);
    }

    @AfterEach
    void releaseTheLogger() {
        logback.detachAppender(logged);
        logback.setLevel(null);
    }

    @Test
    void commons_logging_chooses_the_level_checked_factory_for_spring_and_every_library() {
        assertThat(LogFactory.getFactory()).isInstanceOf(LevelCheckedLogFactory.class);
        assertThat(LogFactory.getLog(LevelCheckedLogTest.class)).isInstanceOf(LevelCheckedLog.class);
    }

    @Test
    void a_debug_message_is_never_rendered_while_debug_is_off() {
        logback.setLevel(Level.INFO);
        RenderingCount message = new RenderingCount("Trying to match using a path matcher");

        log.debug(message);
        log.trace(message, new IllegalStateException("ignored"));

        assertThat(message.renderings()).isZero();
        assertThat(logged.list).isEmpty();
    }

    @Test
    void an_enabled_message_is_rendered_once_and_logged_with_its_callers_location() {
        logback.setLevel(Level.DEBUG);
        RenderingCount message = new RenderingCount("Checking authorization");

        log.debug(message);

        assertThat(message.renderings()).isEqualTo(1);
        assertThat(logged.list).singleElement().satisfies(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.DEBUG);
            assertThat(event.getFormattedMessage()).isEqualTo("Checking authorization");
            assertThat(event.getCallerData()[0].getClassName()).isEqualTo(LevelCheckedLogTest.class.getName());
        });
    }

    @Test
    void fatal_is_logged_as_error_with_its_failure() {
        logback.setLevel(Level.INFO);

        log.fatal("the pool is gone", new IllegalStateException("closed"));

        assertThat(logged.list).singleElement().satisfies(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.ERROR);
            assertThat(event.getThrowableProxy().getMessage()).isEqualTo("closed");
        });
    }

    /** A lazily rendered message, as Spring's {@code LogMessage}, counting how often it is rendered. */
    private static final class RenderingCount {

        private final String text;
        private final AtomicInteger renderings = new AtomicInteger();

        RenderingCount(String text) {
            this.text = text;
        }

        @Override
        public String toString() {
            renderings.incrementAndGet();
            return text;
        }

        int renderings() {
            return renderings.get();
        }
    }
}
