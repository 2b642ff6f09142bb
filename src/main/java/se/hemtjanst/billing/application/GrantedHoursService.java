package se.hemtjanst.billing.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;
import java.util.Set;
import se.hemtjanst.billing.infrastructure.BillingInputs;
import se.hemtjanst.billing.infrastructure.GrantedMonths;
import se.hemtjanst.identity.domain.Role;
import se.hemtjanst.shared.domain.InvalidInputException;

/**
 * Granted time for follow-up (prognos): Beviljad tid LOV of the frame per client and month, computed by the same
 * rules the settlement uses. The caller decides whose clients may be asked about; this service only computes.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.ASSESSOR_NAME, Role.PROVIDER_MANAGER_NAME})
public class GrantedHoursService {

    /** Whose orders: every one, a district's clients', a provider's, or one client's. */
    public enum Scope { ALL, DISTRICT, PROVIDER, CLIENT }

    /** At most two years at a time: a follow-up, not an archive dump. */
    public static final int MAX_MONTHS = 24;

    @Inject
    BillingInputs inputs;

    @Inject
    GrantedMonths months;

    /**
     * Hours (exact, rounded to two decimals once per client and month) per month (each from {@code from} to
     * {@code to} present) and client; a client without ordered time in a month is absent from it. For the whole
     * municipality from the monthly summary when the months are kept there ({@link GrantedMonths}, exact), otherwise
     * from the orders: the same figures either way.
     */
    public Map<YearMonth, Map<Long, BigDecimal>> grantedRamtid(Scope scope, Long unit, YearMonth from, YearMonth to) {
        if (from == null || to == null || to.isBefore(from) || from.plusMonths(MAX_MONTHS - 1).isBefore(to)) {
            throw new InvalidInputException("report.months.range", "from",
                    "from and to are YYYY-MM, from not after to, at most " + MAX_MONTHS + " months", MAX_MONTHS);
        }
        if (scope == Scope.ALL) {
            var summary = months.ramtid(from, to);
            if (summary.isPresent()) {
                return summary.get();
            }
        }
        String condition = switch (scope) {
            case ALL -> "1 = 1";
            case DISTRICT -> "o.client.district.id = :unit";
            case PROVIDER -> "o.provider.id = :unit";
            case CLIENT -> "o.client.id = :unit";
        };
        return GrantedMonths.positive(inputs.grantedRamtid(condition, scope == Scope.ALL ? null : unit, from, to), from,
                to);
    }

    /** Which service codes count as performed time inside the frame. */
    public Set<String> inFrameCodes() {
        return inputs.inFrameCodes();
    }
}
