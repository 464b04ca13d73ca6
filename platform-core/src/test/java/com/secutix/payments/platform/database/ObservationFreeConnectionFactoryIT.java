package com.secutix.payments.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import com.secutix.payments.testsupport.PlatformIntegrationTest;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.contextpropagation.ObservationThreadLocalAccessor;
import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.pool.ConnectionPoolConfiguration;
import io.r2dbc.spi.ConnectionFactory;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.connection.R2dbcTransactionManager;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;
import reactor.util.context.Context;

@PlatformIntegrationTest
class ObservationFreeConnectionFactoryIT {

    @Autowired
    ConnectionFactory connectionFactory;
    @Autowired
    DatabaseClient database;

    @Test
    void the_services_connection_factory_runs_the_driver_outside_the_callers_observation() {
        assertThat(connectionFactory).isInstanceOf(ObservationFreeConnectionFactory.class);
    }

    @Test
    void a_transaction_of_statements_never_opens_the_callers_observation_scope_in_the_driver() {
        ScopeCount scopes = new ScopeCount();

        List<Integer> read = inATransaction(connectionFactory, database).contextWrite(scopes.requestObservation()).block();

        assertThat(read).containsExactly(1, 2);
        assertThat(scopes.opened()).isZero();
    }

    @Test
    void the_bare_driver_opens_it_for_every_message_it_handles_which_is_what_the_wrapper_saves() {
        ConnectionFactory bareDriver = ((ObservationFreeConnectionFactory) connectionFactory).unwrap();
        ScopeCount scopes = new ScopeCount();

        List<Integer> read = inATransaction(bareDriver, DatabaseClient.create(bareDriver))
                .contextWrite(scopes.requestObservation()).block();

        assertThat(read).containsExactly(1, 2);
        assertThat(scopes.opened()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void our_code_around_the_driver_still_reads_the_callers_observation() {
        ScopeCount scopes = new ScopeCount();

        Boolean seen = database.sql("select 1 as one").map(row -> row.get("one", Integer.class)).one()
                .flatMap(one -> Mono.deferContextual(context -> Mono.just(context.hasKey(ObservationThreadLocalAccessor.KEY))))
                .contextWrite(scopes.requestObservation())
                .block();

        assertThat(seen).isTrue();
    }

    @Test
    void the_pool_behind_is_reachable_for_its_metrics_and_disposed_with_the_wrapper() {
        ConnectionPool pool = new ConnectionPool(ConnectionPoolConfiguration.builder(connectionFactory).build());
        ObservationFreeConnectionFactory wrapper = new ObservationFreeConnectionFactory(pool);

        assertThat(wrapper.unwrap()).isSameAs(pool);
        wrapper.dispose();

        assertThat(pool.isDisposed()).isTrue();
        assertThat(wrapper.isDisposed()).isTrue();
    }

    /** Two statements and their rows in one transaction, as a payment's first step runs them. */
    private static Mono<List<Integer>> inATransaction(ConnectionFactory factory, DatabaseClient client) {
        TransactionalOperator transaction = TransactionalOperator.create(new R2dbcTransactionManager(factory));
        return client.sql("select 1 as n").map(row -> row.get("n", Integer.class)).one()
                .concatWith(client.sql("select 2 as n").map(row -> row.get("n", Integer.class)).one())
                .collectList()
                .as(transaction::transactional);
    }

    /** A request's observation, as WebFlux keeps it in the Reactor context, counting the scopes opened on it. */
    private static final class ScopeCount {

        private final AtomicInteger opened = new AtomicInteger();

        Context requestObservation() {
            ObservationRegistry registry = ObservationRegistry.create();
            registry.observationConfig().observationHandler(new ObservationHandler<>() {
                @Override
                public void onScopeOpened(Observation.Context context) {
                    opened.incrementAndGet();
                }

                @Override
                public boolean supportsContext(Observation.Context context) {
                    return true;
                }
            });
            return Context.of(ObservationThreadLocalAccessor.KEY, Observation.start("request", registry));
        }

        int opened() {
            return opened.get();
        }
    }
}
