package se.hemtjanst.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import se.hemtjanst.identity.domain.Account;
import se.hemtjanst.identity.domain.Accounts;
import se.hemtjanst.identity.domain.ApiToken;
import se.hemtjanst.identity.domain.DeviceSession;
import se.hemtjanst.identity.domain.TotpUse;

@ApplicationScoped
public class JpaAccounts implements Accounts {

    @PersistenceContext(unitName = "hemtjanst")
    EntityManager em;

    @Override
    public Optional<Account> byUsername(String username) {
        return em.createQuery("select a from Account a where a.username = :u", Account.class)
                .setParameter("u", username)
                .getResultStream().findFirst();
    }

    @Override
    public Account add(Account account) {
        em.persist(account);
        return account;
    }

    @Override
    public ApiToken addToken(ApiToken token) {
        em.persist(token);
        return token;
    }

    @Override
    public Optional<ApiToken> tokenByHash(String tokenHash) {
        return em.createQuery("select t from ApiToken t join fetch t.account where t.tokenHash = :h", ApiToken.class)
                .setParameter("h", tokenHash)
                .getResultStream().findFirst();
    }

    @Override
    public long count() {
        return em.createQuery("select count(a) from Account a", Long.class).getSingleResult();
    }

    @Override
    public DeviceSession addDeviceSession(DeviceSession session) {
        em.persist(session);
        return session;
    }

    @Override
    public Optional<DeviceSession> deviceSessionByHash(String tokenHash) {
        return em.createQuery("select s from DeviceSession s join fetch s.account where s.tokenHash = :h",
                        DeviceSession.class)
                .setParameter("h", tokenHash)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<DeviceSession> deviceSession(long id) {
        return Optional.ofNullable(em.find(DeviceSession.class, id));
    }

    @Override
    public List<DeviceSession> openDeviceSessions(Account account) {
        return em.createQuery("select s from DeviceSession s where s.account = :a and s.endedAt is null",
                        DeviceSession.class)
                .setParameter("a", account)
                .getResultList();
    }

    @Override
    public void endDeviceSession(long id, Instant at, DeviceSession.EndReason reason) {
        em.createQuery("update DeviceSession s set s.endedAt = :at, s.endReason = :r where s.id = :id "
                        + "and s.endedAt is null")
                .setHint("eclipselink.jdbc.bind-parameters", "true")
                .setParameter("at", at).setParameter("r", reason).setParameter("id", id)
                .executeUpdate();
    }

    @Override
    public void touchDeviceSession(long id, Instant at) {
        // Bound parameters (EclipseLink writes this bulk update with literals on Derby by default, so Derby compiled
        // it anew for every phone and second).
        em.createQuery("update DeviceSession s set s.lastActivityAt = :at where s.id = :id "
                        + "and s.lastActivityAt < :at")
                .setHint("eclipselink.jdbc.bind-parameters", "true")
                .setParameter("at", at).setParameter("id", id)
                .executeUpdate();
    }

    @Override
    public Optional<DeviceSession> deviceSessionForUpdate(long id) {
        return Optional.ofNullable(em.find(DeviceSession.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<ApiToken> liveTokens(Account account, Instant now) {
        return em.createQuery("select t from ApiToken t where t.account = :a and t.revokedAt is null "
                        + "and t.expiresAt > :now", ApiToken.class)
                .setParameter("a", account)
                .setParameter("now", now)
                .getResultList();
    }

    @Override
    public boolean useTotpStep(TotpUse use) {
        if (em.find(TotpUse.class, use.key()) != null) {
            return false;
        }
        em.persist(use);
        em.flush();
        return true;
    }

    @Override
    public void forgetTotpStepsBefore(Long accountId, long step) {
        em.createQuery("delete from TotpUse u where u.accountId = :a and u.timeStep < :s")
                .setParameter("a", accountId)
                .setParameter("s", step)
                .executeUpdate();
    }

    @Override
    public java.util.Map<String, se.hemtjanst.identity.domain.StaffUnit> staffUnits(
            java.util.Collection<String> usernames) {
        java.util.Map<String, se.hemtjanst.identity.domain.StaffUnit> units = new java.util.HashMap<>();
        if (usernames.isEmpty()) {
            return units;
        }
        for (Object[] r : em.createQuery("select a.username, p.id, p.name from Account a left join a.provider p"
                        + " where a.username in :u", Object[].class)
                .setFlushMode(jakarta.persistence.FlushModeType.COMMIT)
                .setParameter("u", se.hemtjanst.shared.infrastructure.InLists.padded(usernames)).getResultList()) {
            units.put((String) r[0], new se.hemtjanst.identity.domain.StaffUnit((String) r[0], (Long) r[1],
                    (String) r[2]));
        }
        return units;
    }
}
