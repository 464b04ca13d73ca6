package com.secutix.payments.gateway;

import com.secutix.payments.pspsimulator.PspSimulatorApplication;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.http.codec.autoconfigure.CodecsAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.boot.reactor.netty.autoconfigure.NettyReactiveWebServerAutoConfiguration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.webflux.autoconfigure.HttpHandlerAutoConfiguration;
import org.springframework.boot.webflux.autoconfigure.WebFluxAutoConfiguration;
import org.springframework.boot.webflux.autoconfigure.error.ErrorWebFluxAutoConfiguration;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The real PSP simulator (module psp-simulator, from ~/.m2) running inside the test JVM on a free port.
 * The gateway's class path also holds the platform starter (R2DBC, Kafka, Flyway, JWT security...), so
 * the simulator's own auto-configuration is switched off and only the web stack it needs is imported;
 * its configuration comes from {@code psp-simulator-test.yml}, and it leaves the JVM's logging alone.
 */
final class PspSimulatorInTestJvm implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private PspSimulatorInTestJvm(ConfigurableApplicationContext context) {
        this.context = context;
    }

    static PspSimulatorInTestJvm start() {
        SpringApplicationBuilder builder = new SpringApplicationBuilder(PspSimulatorApplication.class, WebStack.class)
                .properties("spring.boot.enableautoconfiguration=false",
                        "spring.config.location=classpath:/psp-simulator-test.yml",
                        "spring.main.web-application-type=reactive",
                        "server.port=0")
                .registerShutdownHook(false);
        Set<ApplicationListener<?>> listeners = new LinkedHashSet<>(builder.application().getListeners());
        listeners.removeIf(LoggingApplicationListener.class::isInstance);
        builder.application().setListeners(listeners);
        return new PspSimulatorInTestJvm(builder.run());
    }

    /** Where the simulator listens, e.g. {@code http://localhost:41234}. */
    URI root() {
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        return URI.create("http://localhost:" + port);
    }

    @Override
    public void close() {
        context.close();
    }

    @ImportAutoConfiguration({PropertyPlaceholderAutoConfiguration.class,
            ConfigurationPropertiesAutoConfiguration.class, JacksonAutoConfiguration.class,
            CodecsAutoConfiguration.class, NettyReactiveWebServerAutoConfiguration.class,
            HttpHandlerAutoConfiguration.class, WebFluxAutoConfiguration.class, ErrorWebFluxAutoConfiguration.class})
    static class WebStack {
    }
}
