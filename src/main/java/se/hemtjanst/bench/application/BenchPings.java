package se.hemtjanst.bench.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import se.hemtjanst.bench.domain.BenchPing;

/** Persists one row in one container transaction, as the scan path does, without any of its rules. */
@Stateless
@PermitAll
public class BenchPings {

    @PersistenceContext(unitName = "hemtjanst")
    EntityManager em;

    public long record(String payload) {
        BenchPing ping = new BenchPing(Instant.now(), payload);
        em.persist(ping);
        em.flush();
        return ping.id();
    }
}
