package se.hemtjanst.visit.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Repository of visits, scans and corrections. */
public interface Visits {

    Visit add(Visit visit);

    Optional<Visit> find(long id);

    Optional<Scan> scan(String scanId);

    Scan addScan(Scan scan);

    /** Writes pending rows now, so generated ids exist and a duplicate scanId fails here, not at commit. */
    void flushAndAssignIds();

    void addCorrection(VisitCorrection correction);

    List<VisitCorrection> corrections(long visitId);

    /** The staff member's open visits (normally at most one). */
    List<Visit> openOf(String staff);

    /** The staff member's latest visit at the client that ended or started within the window before {@code at}. */
    Optional<Visit> latestAt(String staff, long clientId, Instant from, Instant to);

    /** The staff member's other visits overlapping the period. */
    List<Visit> overlapping(String staff, Instant from, Instant to, long exceptVisitId);

    /** A provider's visits of one day, by arrival. */
    List<Visit> ofProviderOn(long providerId, LocalDate day);

    /** A provider's visits with unresolved deviations, oldest deadline first. */
    List<Visit> withOpenDeviations(long providerId, int max);

    /** Visits whose correction window has passed and are not yet locked. */
    List<Visit> dueForLock(LocalDate today, int max);
}
