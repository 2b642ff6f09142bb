package se.hemtjanst.identity.domain;

import java.util.Optional;

/** Repository of accounts and their API tokens. */
public interface Accounts {

    Optional<Account> byUsername(String username);

    Account add(Account account);

    ApiToken addToken(ApiToken token);

    Optional<ApiToken> tokenByHash(String tokenHash);

    long count();
}
