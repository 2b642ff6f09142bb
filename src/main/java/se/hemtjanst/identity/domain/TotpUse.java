package se.hemtjanst.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * A TOTP time step already used by an account for one purpose. The primary key makes a replayed code fail on insert
 * even when two requests race. Per purpose, so a person may sign in on the screen and start the phone's shift within
 * the same 30 seconds, yet no code opens the same door twice.
 */
@Entity
@Table(name = "totp_use")
@IdClass(TotpUse.Key.class)
public class TotpUse {

    public enum Purpose { WEB, API, DEVICE, ENROL }

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Id
    @Enumerated(EnumType.STRING)
    private Purpose purpose;

    @Id
    @Column(name = "time_step")
    private long timeStep;

    @Column(name = "used_at")
    private Instant usedAt;

    protected TotpUse() {
    }

    public TotpUse(Long accountId, Purpose purpose, long timeStep, Instant usedAt) {
        this.accountId = Objects.requireNonNull(accountId, "accountId");
        this.purpose = Objects.requireNonNull(purpose, "purpose");
        this.timeStep = timeStep;
        this.usedAt = Objects.requireNonNull(usedAt, "usedAt");
    }

    public Key key() {
        return new Key(accountId, purpose, timeStep);
    }

    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long accountId;
        private Purpose purpose;
        private long timeStep;

        public Key() {
        }

        public Key(Long accountId, Purpose purpose, long timeStep) {
            this.accountId = accountId;
            this.purpose = purpose;
            this.timeStep = timeStep;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(accountId, k.accountId) && purpose == k.purpose
                    && timeStep == k.timeStep;
        }

        @Override
        public int hashCode() {
            return Objects.hash(accountId, purpose, timeStep);
        }
    }
}
