package se.hemtjanst.visit.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import se.hemtjanst.identity.application.CurrentUser;
import se.hemtjanst.identity.domain.Role;
import se.hemtjanst.shared.domain.InvalidInputException;
import se.hemtjanst.shared.domain.UnprocessableException;
import se.hemtjanst.visit.domain.Scan;
import se.hemtjanst.visit.domain.ScanType;
import se.hemtjanst.visit.domain.Tag;
import se.hemtjanst.visit.domain.Visit;
import se.hemtjanst.visit.domain.VisitRules;
import se.hemtjanst.visit.domain.Visits;

/**
 * Tag scans from staff phones (the contract of {@code POST /api/v1/scans}). A scan's scan row, the visit it opens or
 * completes, and its access-log row commit together (with other phones' scans of the same moment, see
 * {@link ScanQueue} and {@link ScanWriter}), and only then is the phone answered. The same scanId with the same body
 * returns the stored answer forever; with another body it is refused.
 */
@Stateless
@RolesAllowed(Role.STAFF_NAME)
public class ScanService {

    public static final String RAM_SERVICE = "RAM";
    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    @Inject
    Visits visits;

    @Inject
    ScanQueue queue;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    /** The stored answer of an earlier scan with this id and body, if there is one (a retry). */
    public Optional<ScanResult> earlier(ScanRequest request) {
        if (request == null || request.scanId == null) {
            return Optional.empty();
        }
        Optional<Scan> existing = visits.scan(request.scanId.toLowerCase(Locale.ROOT));
        if (existing.isEmpty()) {
            return Optional.empty();
        }
        Scan scan = existing.get();
        if (!scan.bodyHash().equals(hash(request)) || !scan.staff().equals(currentUser.username())) {
            throw new UnprocessableException("scan.idReused", "scanId", "scanId " + request.scanId
                    + " was already used for a different scan; make a new UUID for every tap");
        }
        return Optional.of(new ScanResult(scan.answer(), false, scan.scanId()));
    }

    /**
     * Registers one scan of the calling staff member: checked here, written with whatever other scans are waiting
     * ({@link ScanQueue}), answered after its transaction has committed.
     */
    public ScanResult register(ScanRequest request) {
        validate(request);
        Object outcome = queue.submit(List.of(prepare(request))).get(0);
        return result(outcome);
    }

    /**
     * A phone's offline queue: one outcome per request, in order, each as if sent alone ({@link ScanResult} or the
     * {@link RuntimeException} that refused it); the valid ones are written together, in order.
     */
    public List<Object> registerAll(List<ScanRequest> requests) {
        Object[] outcomes = new Object[requests.size()];
        List<PreparedScan> prepared = new java.util.ArrayList<>();
        List<Integer> at = new java.util.ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            try {
                validate(requests.get(i));
                prepared.add(prepare(requests.get(i)));
                at.add(i);
            } catch (RuntimeException refused) {
                outcomes[i] = refused;
            }
        }
        List<Object> written = queue.submit(prepared);
        for (int k = 0; k < at.size(); k++) {
            outcomes[at.get(k)] = written.get(k);
        }
        return java.util.Arrays.asList(outcomes);
    }

    /** The outcome as the caller's answer: the result, or the refusal thrown. */
    public static ScanResult result(Object outcome) {
        if (outcome instanceof ScanResult r) {
            return r;
        }
        throw outcome instanceof RuntimeException e ? e : new IllegalStateException("No outcome for the scan");
    }

    private PreparedScan prepare(ScanRequest r) {
        String serviceCode = r.serviceCode == null || r.serviceCode.isBlank() ? RAM_SERVICE
                : r.serviceCode.strip().toUpperCase(Locale.ROOT);
        return new PreparedScan(r.scanId.toLowerCase(Locale.ROOT), hash(r), currentUser.username(),
                ScanType.valueOf(r.type.strip().toUpperCase(Locale.ROOT)), OffsetDateTime.parse(r.deviceTime),
                clock.instant(), serviceCode, Boolean.TRUE.equals(r.declined), Boolean.TRUE.equals(r.queuedOffline),
                r.tagUid, r.sun);
    }

    /**
     * A device clock far from the server's is flagged, never silently trusted. A scan from the offline queue is
     * naturally older than its arrival here, so only a time in the future counts as skew for it.
     */
    static boolean skewed(Scan scan, VisitRules rules) {
        long skew = scan.skewSeconds();
        return scan.queuedOffline() ? skew > rules.maxClockSkewSeconds() : Math.abs(skew) > rules.maxClockSkewSeconds();
    }

    static ScanAnswer answer(Scan scan, Visit visit, Tag tag, boolean skewed) {
        List<String> deviations = visit.deviations().stream().map(d -> d.kind().name()).toList();
        return new ScanAnswer(scan.scanId(), scan.type().name(), scan.client().id(), tag.uid(),
                scan.deviceTimeWithOffset(), scan.receivedAt(), scan.serviceCode(), scan.declined(),
                scan.queuedOffline(), scan.outcome().name(), skewed,
                new ScanAnswer.VisitRef(visit.id(), visit.status().name(), visit.arrivalAt(), visit.departureAt(),
                        visit.minutes(), visit.declined(), deviations));
    }

    static void validate(ScanRequest r) {
        if (r == null) {
            throw new InvalidInputException("request.body.required", null, "The request body is required");
        }
        if (r.scanId == null || !UUID.matcher(r.scanId).matches()) {
            throw new InvalidInputException("scan.scanId.invalid", "scanId",
                    "scanId must be a UUID made on the phone, e.g. 3f2b8c1e-9d4a-4c1b-8e2f-5a6b7c8d9e0f");
        }
        if (r.type == null || !(r.type.strip().equalsIgnoreCase("ARRIVAL") || r.type.strip().equalsIgnoreCase("DEPARTURE"))) {
            throw new InvalidInputException("scan.type.invalid", "type", "type must be ARRIVAL or DEPARTURE");
        }
        if ((r.tagUid == null) == (r.sun == null)) {
            throw new InvalidInputException("scan.tag.oneOf", "tagUid",
                    "Give exactly one of tagUid (plain tag) and sun (NTAG 424 DNA message e=..&c=..)");
        }
        try {
            if (r.deviceTime == null) {
                throw new DateTimeParseException("missing", "", 0);
            }
            OffsetDateTime.parse(r.deviceTime);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("scan.deviceTime.invalid", "deviceTime",
                    "deviceTime must be ISO-8601 with an offset, e.g. 2026-11-23T07:58:12+01:00");
        }
        if (r.serviceCode != null && r.serviceCode.length() > 20) {
            throw new InvalidInputException("scan.serviceCode.invalid", "serviceCode", "serviceCode is at most 20 characters");
        }
    }

    static String hash(ScanRequest r) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(r.canonical().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
