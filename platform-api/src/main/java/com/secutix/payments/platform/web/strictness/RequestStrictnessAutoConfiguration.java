package com.secutix.payments.platform.web.strictness;

import java.util.List;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.unit.DataSize;
import reactor.netty.NettyPipeline;
import reactor.netty.http.server.HttpServer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Requests mean exactly one thing, and every refusal is problem+json: strict JSON reading
 * ({@link StrictJsonReading}), single-valued headers ({@link SingleValuedHeaders}), a state-changing
 * request runs only if it accepts a JSON answer ({@link AcceptableAnswers}), form bodies that
 * must be validly percent-encoded ({@link StrictFormData}), no card number or security code in any JSON body
 * ({@link NoCardDataInRequests}), and a problem+json body on the refusals
 * Reactor Netty, Spring's adapter and Spring Security's firewall answer without one
 * ({@link BareRefusalsAsProblems}).
 */
@AutoConfiguration(beforeName = {
        "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration"})
public class RequestStrictnessAutoConfiguration {

    /** Reactor Netty's defaults, which Boot's properties change. */
    static final DataSize DEFAULT_MAX_INITIAL_LINE = DataSize.ofKilobytes(4);
    static final DataSize DEFAULT_MAX_HEADER_SIZE = DataSize.ofKilobytes(8);

    @Bean
    public StrictJsonReading strictJsonReading() {
        return new StrictJsonReading();
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
    static class WebConfiguration {

        @Bean
        public SingleValuedHeaders singleValuedHeaders() {
            return new SingleValuedHeaders();
        }

        @Bean
        public AcceptableAnswers acceptableAnswers(Environment environment) {
            return new AcceptableAnswers(Binder.get(environment)
                    .bind("payments.web.page-paths", Bindable.listOf(String.class)).orElse(List.of()));
        }

        @Bean
        public StrictFormData strictFormData() {
            return new StrictFormData();
        }

        /** Reads a JSON body once, up to the codecs' own limit, and refuses card data in it. */
        @Bean
        public NoCardDataInRequests noCardDataInRequests(Environment environment) {
            DataSize limit = Binder.get(environment).bind("spring.codec.max-in-memory-size", DataSize.class)
                    .orElse(DataSize.ofBytes(NoCardDataInRequests.DEFAULT_MAX_IN_MEMORY_SIZE));
            return new NoCardDataInRequests((int) Math.min(Integer.MAX_VALUE, limit.toBytes()));
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
    @ConditionalOnClass(HttpServer.class)
    static class NettyConfiguration {

        @Bean
        public NettyServerCustomizer bareRefusalsAsProblems(Environment environment, JsonMapper jsonMapper) {
            Binder binder = Binder.get(environment);
            BareRefusals refusals = new BareRefusals(
                    binder.bind("server.netty.max-initial-line-length", DataSize.class).orElse(DEFAULT_MAX_INITIAL_LINE).toBytes(),
                    binder.bind("server.max-http-request-header-size", DataSize.class).orElse(DEFAULT_MAX_HEADER_SIZE).toBytes());
            return server -> server.doOnChannelInit((observer, channel, remoteAddress) -> {
                if (channel.pipeline().get(NettyPipeline.HttpCodec) != null) {
                    channel.pipeline().addAfter(NettyPipeline.HttpCodec, BareRefusalsAsProblems.NAME,
                            new BareRefusalsAsProblems(refusals, jsonMapper));
                }
            });
        }
    }
}
