package com.secutix.payments.checkout.websession;

import static org.assertj.core.api.Assertions.assertThat;

import com.secutix.payments.testsupport.PlatformIntegrationTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.net.URL;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.web.server.csrf.DefaultCsrfToken;
import org.springframework.session.MapSession;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;

/** The buyers' web sessions in the BFF's real PostgreSQL, as two BFF instances share them. */
@PlatformIntegrationTest
class R2dbcWebSessionsIT {

    static final Duration IDLE_TIMEOUT = Duration.ofMinutes(30);
    static final String SECURITY_CONTEXT = "SPRING_SECURITY_CONTEXT";
    static final String CSRF = "org.springframework.security.web.server.csrf.WebSessionServerCsrfTokenRepository.CSRF_TOKEN";

    @Autowired
    DatabaseClient database;
    @Autowired
    ReactiveTransactionManager transactionManager;

    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);

    R2dbcWebSessions instanceAt(Instant instant) {
        return new R2dbcWebSessions(database, TransactionalOperator.create(transactionManager), IDLE_TIMEOUT,
                Clock.fixed(instant, ZoneOffset.UTC));
    }

    static SecurityContextImpl signedIn(String subject) throws IOException {
        Instant issuedAt = Instant.parse("2027-03-01T10:00:00Z");
        OidcIdToken idToken = OidcIdToken.withTokenValue("id-token-value")
                .issuer(new URL("http://localhost:9000").toString())
                .subject(subject)
                .audience(List.of("checkout-web"))
                .issuedAt(issuedAt)
                .expiresAt(issuedAt.plusSeconds(1800))
                .authTime(issuedAt)
                .nonce("nonce-1")
                .claim("sid", "sid-1")
                .build();
        List<GrantedAuthority> authorities = List.of(new OidcUserAuthority(idToken), new SimpleGrantedAuthority("SCOPE_openid"));
        DefaultOidcUser user = new DefaultOidcUser(authorities, idToken, "sub");
        return new SecurityContextImpl(new OAuth2AuthenticationToken(user, authorities, "checkout-web"));
    }

    MapSession newSession(R2dbcWebSessions sessions) throws IOException {
        MapSession session = sessions.createSession().block();
        session.setAttribute(SECURITY_CONTEXT, signedIn("alice"));
        session.setAttribute("checkout.language", "fr");
        session.setAttribute(CSRF, new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "csrf-" + UUID.randomUUID()));
        return session;
    }

    @Test
    void a_session_saved_by_one_instance_is_found_by_another_with_its_attributes() throws IOException {
        R2dbcWebSessions first = instanceAt(now);
        R2dbcWebSessions second = instanceAt(now.plusSeconds(5));
        MapSession saved = newSession(first);

        first.save(saved).block();
        MapSession found = second.findById(saved.getId()).block();

        assertThat(found).isNotNull();
        assertThat(found.getId()).isEqualTo(saved.getId());
        assertThat(found.getCreationTime()).isEqualTo(now);
        assertThat(found.getLastAccessedTime()).isEqualTo(now);
        assertThat(found.getMaxInactiveInterval()).isEqualTo(IDLE_TIMEOUT);
        assertThat(found.getAttributeNames()).containsExactlyInAnyOrder(SECURITY_CONTEXT, "checkout.language", CSRF);
        assertThat(found.<String>getAttribute("checkout.language")).isEqualTo("fr");
        DefaultCsrfToken csrf = found.getAttribute(CSRF);
        assertThat(csrf.getToken()).isEqualTo(saved.<DefaultCsrfToken>getAttribute(CSRF).getToken());
        assertThat(csrf.getParameterName()).isEqualTo("_csrf");
        SecurityContextImpl context = found.getAttribute(SECURITY_CONTEXT);
        OAuth2AuthenticationToken signIn = (OAuth2AuthenticationToken) context.getAuthentication();
        assertThat(signIn.getName()).isEqualTo("alice");
        assertThat(signIn.getAuthorizedClientRegistrationId()).isEqualTo("checkout-web");
        assertThat(signIn.isAuthenticated()).isTrue();
        assertThat(((DefaultOidcUser) signIn.getPrincipal()).getIdToken().getTokenValue()).isEqualTo("id-token-value");
        assertThat(signIn.getAuthorities()).extracting(GrantedAuthority::getAuthority).contains("SCOPE_openid");
        assertThat(context).isEqualTo(saved.getAttribute(SECURITY_CONTEXT));
    }

    @Test
    void a_session_saved_again_keeps_one_row_with_its_latest_attributes_and_access_time() throws IOException {
        R2dbcWebSessions sessions = instanceAt(now);
        MapSession session = newSession(sessions);
        sessions.save(session).block();

        MapSession again = instanceAt(now.plusSeconds(60)).findById(session.getId()).block();
        again.setLastAccessedTime(now.plusSeconds(60));
        again.setAttribute("checkout.language", "en");
        again.removeAttribute(CSRF);
        instanceAt(now.plusSeconds(60)).save(again).block();

        MapSession found = instanceAt(now.plusSeconds(120)).findById(session.getId()).block();
        assertThat(found.<String>getAttribute("checkout.language")).isEqualTo("en");
        assertThat(found.getAttributeNames()).doesNotContain(CSRF);
        assertThat(found.getLastAccessedTime()).isEqualTo(now.plusSeconds(60));
        assertThat(found.getCreationTime()).isEqualTo(now);
        assertThat(rowsWithId(session.getId())).isEqualTo(1);
    }

    @Test
    void a_changed_session_id_as_at_sign_in_replaces_the_old_row() throws IOException {
        R2dbcWebSessions first = instanceAt(now);
        R2dbcWebSessions second = instanceAt(now.plusSeconds(5));
        MapSession session = newSession(first);
        first.save(session).block();
        String oldId = session.getId();

        MapSession beforeSignIn = second.findById(oldId).block();
        String newId = beforeSignIn.changeSessionId();
        second.save(beforeSignIn).block();

        assertThat(newId).isNotEqualTo(oldId);
        assertThat(first.findById(oldId).block()).isNull();
        assertThat(rowsWithId(oldId)).isZero();
        MapSession afterSignIn = first.findById(newId).block();
        assertThat(afterSignIn).isNotNull();
        assertThat(afterSignIn.<SecurityContextImpl>getAttribute(SECURITY_CONTEXT).getAuthentication().getName()).isEqualTo("alice");
        assertThat(afterSignIn.getCreationTime()).isEqualTo(now);
    }

    @Test
    void a_session_unused_for_its_whole_idle_timeout_is_not_found() throws IOException {
        R2dbcWebSessions halfAnHourAgo = instanceAt(now.minus(IDLE_TIMEOUT).minusSeconds(1));
        MapSession session = newSession(halfAnHourAgo);
        halfAnHourAgo.save(session).block();

        assertThat(instanceAt(now).findById(session.getId()).block()).isNull();
        assertThat(instanceAt(now.minus(IDLE_TIMEOUT).plusSeconds(1)).findById(session.getId()).block()).isNotNull();
    }

    @Test
    void delete_by_id_removes_the_session() throws IOException {
        R2dbcWebSessions sessions = instanceAt(now);
        MapSession session = newSession(sessions);
        sessions.save(session).block();

        instanceAt(now).deleteById(session.getId()).block();

        assertThat(sessions.findById(session.getId()).block()).isNull();
        assertThat(rowsWithId(session.getId())).isZero();
    }

    @Test
    void an_unknown_session_id_is_not_found() {
        assertThat(instanceAt(now).findById("no-such-session").block()).isNull();
    }

    @Test
    void a_stored_row_whose_attributes_hold_a_class_outside_the_jdk_spring_and_the_platform_is_not_read_but_dropped() throws IOException {
        HashMap<String, Object> attributes = new HashMap<>();
        attributes.put("checkout.language", "fr");
        // Kafka's TopicPartition: serializable, on the classpath, outside java.*, org.springframework.*, com.secutix.*
        attributes.put("smuggled", new ArrayList<>(List.of(new TopicPartition("payments.checkout.v1", 0))));
        String id = UUID.randomUUID().toString();
        insertRow(id, serialised(attributes));

        assertThat(instanceAt(now).findById(id).block()).isNull();
        assertThat(rowsWithId(id)).isZero();
    }

    @Test
    void the_same_row_with_only_jdk_classes_is_read() throws IOException {
        HashMap<String, Object> attributes = new HashMap<>();
        attributes.put("checkout.language", "fr");
        attributes.put("numbers", new ArrayList<>(List.of(1, 2, 3)));
        attributes.put("names", Set.of("a"));
        attributes.put("map", Map.of("k", Instant.EPOCH));
        String id = UUID.randomUUID().toString();
        insertRow(id, serialised(attributes));

        MapSession found = instanceAt(now).findById(id).block();

        assertThat(found.<String>getAttribute("checkout.language")).isEqualTo("fr");
        assertThat(found.<List<Integer>>getAttribute("numbers")).containsExactly(1, 2, 3);
    }

    private void insertRow(String id, byte[] attributes) {
        database.sql("""
                        insert into web_session (id, created_at, last_accessed_at, max_inactive_seconds, expires_at, attributes)
                        values (:id, :now, :now, 1800, :expiresAt, :attributes)
                        """)
                .bind("id", id)
                .bind("now", now.atOffset(ZoneOffset.UTC))
                .bind("expiresAt", now.plus(IDLE_TIMEOUT).atOffset(ZoneOffset.UTC))
                .bind("attributes", attributes)
                .then().block();
    }

    private static byte[] serialised(Object attributes) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(attributes);
        }
        return bytes.toByteArray();
    }

    private long rowsWithId(String id) {
        return database.sql("select count(*) from web_session where id = :id").bind("id", id)
                .map(row -> row.get(0, Long.class)).one().block();
    }
}
