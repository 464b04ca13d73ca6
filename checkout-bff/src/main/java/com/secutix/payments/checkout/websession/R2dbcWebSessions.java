package com.secutix.payments.checkout.websession;

import io.r2dbc.spi.Readable;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.session.MapSession;
import org.springframework.session.ReactiveSessionRepository;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * The buyers' web sessions in the BFF's PostgreSQL ({@code web_session}), so that a sign-in survives a restart
 * and any BFF instance serves any buyer. Spring Session has no reactive JDBC store; this one keeps a session as
 * a row whose attributes (the security context, the buyer's tokens, the CSRF token) are Java-serialised, as
 * Spring Session's JDBC store does, and read back only as classes of the JDK, Spring and this platform. A new
 * session id (after sign-in) replaces the row of the old one in the same transaction.
 */
public class R2dbcWebSessions implements ReactiveSessionRepository<MapSession> {

    private static final ObjectInputFilter PLATFORM_CLASSES_ONLY = ObjectInputFilter.Config.createFilter(
            "maxdepth=40;maxbytes=262144;java.**;org.springframework.**;com.secutix.**;!*");

    private static final Logger log = LoggerFactory.getLogger(R2dbcWebSessions.class);

    private final DatabaseClient database;
    private final TransactionalOperator transactions;
    private final Duration maxInactiveInterval;
    private final Clock clock;

    public R2dbcWebSessions(DatabaseClient database, TransactionalOperator transactions, Duration maxInactiveInterval,
                            Clock clock) {
        this.database = database;
        this.transactions = transactions;
        this.maxInactiveInterval = maxInactiveInterval;
        this.clock = clock;
    }

    @Override
    public Mono<MapSession> createSession() {
        return Mono.fromSupplier(() -> {
            MapSession session = new MapSession();
            Instant now = clock.instant();
            session.setCreationTime(now);
            session.setLastAccessedTime(now);
            session.setMaxInactiveInterval(maxInactiveInterval);
            return session;
        });
    }

    @Override
    public Mono<Void> save(MapSession session) {
        Instant expiresAt = session.getLastAccessedTime().plus(session.getMaxInactiveInterval());
        Mono<Void> replaceOld = session.getOriginalId() != null && !session.getOriginalId().equals(session.getId())
                ? deleteById(session.getOriginalId()) : Mono.empty();
        Mono<Void> upsert = database.sql("""
                        insert into web_session (id, created_at, last_accessed_at, max_inactive_seconds, expires_at, attributes)
                        values (:id, :createdAt, :lastAccessedAt, :maxInactive, :expiresAt, :attributes)
                        on conflict (id) do update set last_accessed_at = excluded.last_accessed_at,
                               max_inactive_seconds = excluded.max_inactive_seconds, expires_at = excluded.expires_at,
                               attributes = excluded.attributes
                        """)
                .bind("id", session.getId())
                .bind("createdAt", utc(session.getCreationTime()))
                .bind("lastAccessedAt", utc(session.getLastAccessedTime()))
                .bind("maxInactive", (int) session.getMaxInactiveInterval().toSeconds())
                .bind("expiresAt", utc(expiresAt))
                .bind("attributes", serialise(session))
                .then();
        return transactions.transactional(replaceOld.then(upsert));
    }

    @Override
    public Mono<MapSession> findById(String id) {
        return database.sql("""
                        select id, created_at, last_accessed_at, max_inactive_seconds, attributes
                          from web_session where id = :id and expires_at > :now
                        """)
                .bind("id", id)
                .bind("now", utc(clock.instant()))
                .map(row -> Optional.ofNullable(read(row)))
                .one()
                .flatMap(session -> session.map(Mono::just).orElseGet(() -> deleteById(id).then(Mono.empty())));
    }

    @Override
    public Mono<Void> deleteById(String id) {
        return database.sql("delete from web_session where id = :id").bind("id", id).then();
    }

    /** The stored session; null (the row is then dropped: the buyer starts a new session) when it cannot be read. */
    private MapSession read(Readable row) {
        Map<String, Object> attributes;
        try {
            attributes = deserialise(row.get("attributes", byte[].class));
        } catch (IllegalStateException unreadable) {
            log.warn("web session {} cannot be read back and is dropped: {}", row.get("id", String.class),
                    unreadable.getCause() == null ? unreadable.getMessage() : unreadable.getCause().toString());
            return null;
        }
        MapSession session = new MapSession(row.get("id", String.class));
        session.setCreationTime(row.get("created_at", OffsetDateTime.class).toInstant());
        session.setLastAccessedTime(row.get("last_accessed_at", OffsetDateTime.class).toInstant());
        session.setMaxInactiveInterval(Duration.ofSeconds(row.get("max_inactive_seconds", Integer.class)));
        attributes.forEach(session::setAttribute);
        return session;
    }

    private static byte[] serialise(MapSession session) {
        HashMap<String, Object> attributes = new HashMap<>();
        session.getAttributeNames().forEach(name -> attributes.put(name, session.getAttribute(name)));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(attributes);
        } catch (IOException e) {
            throw new UncheckedIOException("a web session attribute cannot be stored", e);
        }
        return bytes.toByteArray();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> deserialise(byte[] stored) {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(stored))) {
            in.setObjectInputFilter(PLATFORM_CLASSES_ONLY);
            return (Map<String, Object>) in.readObject();
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException("a stored web session cannot be read", e);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
