package se.hemtjanst.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import se.hemtjanst.identity.domain.Account;
import se.hemtjanst.identity.domain.Accounts;
import se.hemtjanst.identity.domain.ApiToken;

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
}
