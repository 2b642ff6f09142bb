package se.hemtjanst.visit.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import se.hemtjanst.organization.domain.Provider;

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

    /**
     * The queries of a batch of scans below read what is committed (they do not flush the batch's own changes first);
     * the batch keeps its own changes in memory and combines them with these.
     */

    /** The open visits of these staff members (normally at most one each). */
    List<Visit> openOf(Collection<String> staff);

    /** The staff member's visits at the client that arrived within the period. */
    List<Visit> arrivedBetween(String staff, long clientId, Instant from, Instant to);

    /** The staff member's visits at the client that departed within the period. */
    List<Visit> departedBetween(String staff, long clientId, Instant from, Instant to);

    /** The staff member's other visits overlapping the period (departed after its start, arrived before its end). */
    List<Visit> overlapping(String staff, Instant from, Instant to, long exceptVisitId);

    /** The scans with these scanIds (retries of a batch's scans). */
    List<Scan> scans(Collection<String> scanIds);

    /** The provider as a reference for a new visit, without reading it. */
    Provider provider(long providerId);

    /** A provider's visits of one day, by arrival. */
    List<Visit> ofProviderOn(long providerId, LocalDate day);

    /** A provider's visits with unresolved deviations, oldest deadline first. */
    List<Visit> withOpenDeviations(long providerId, int max);

    /** Visits whose correction window has passed and are not yet locked. */
    List<Visit> dueForLock(LocalDate today, int max);
}
