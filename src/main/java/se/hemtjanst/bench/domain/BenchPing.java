package se.hemtjanst.bench.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One row of the benchmark's bare endpoint: the least a persisting request can do. */
@Entity
@Table(name = "bench_ping")
public class BenchPing {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bench_ping_seq")
    @SequenceGenerator(name = "bench_ping_seq", sequenceName = "bench_ping_seq", allocationSize = 50)
    private Long id;

    @Column(name = "received_at")
    private Instant receivedAt;

    private String payload;

    protected BenchPing() {
    }

    public BenchPing(Instant receivedAt, String payload) {
        this.receivedAt = receivedAt;
        this.payload = payload;
    }

    public Long id() {
        return id;
    }
}
