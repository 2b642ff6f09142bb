package se.hemtjanst.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Map;
import se.hemtjanst.identity.domain.Accounts;
import se.hemtjanst.identity.domain.StaffUnit;

/**
 * The providers of several staff members at once, for work done on behalf of many callers in one transaction (a
 * batch of scans from many phones, each authenticated on its own request). Runs in the caller's transaction.
 */
@ApplicationScoped
public class StaffDirectory {

    @Inject
    Accounts accounts;

    public Map<String, StaffUnit> unitsOf(Collection<String> usernames) {
        return accounts.staffUnits(usernames);
    }
}
