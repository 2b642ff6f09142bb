package se.hemtjanst.visit.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import se.hemtjanst.client.application.ClientService;
import se.hemtjanst.client.domain.Client;
import se.hemtjanst.identity.application.AccessLog;
import se.hemtjanst.identity.application.CurrentUser;
import se.hemtjanst.identity.domain.AccessAction;
import se.hemtjanst.identity.domain.Account;
import se.hemtjanst.identity.domain.Role;
import se.hemtjanst.shared.domain.AccessDeniedException;
import se.hemtjanst.shared.domain.ConflictException;
import se.hemtjanst.shared.domain.InvalidInputException;
import se.hemtjanst.shared.domain.NotFoundException;
import se.hemtjanst.shared.domain.UnprocessableException;
import se.hemtjanst.visit.domain.Deviation;
import se.hemtjanst.visit.domain.Scan;
import se.hemtjanst.visit.domain.ScanOutcome;
import se.hemtjanst.visit.domain.ScanType;
import se.hemtjanst.visit.domain.SunCounterPolicy;
import se.hemtjanst.visit.domain.SunMacMismatchException;
import se.hemtjanst.visit.domain.SunMessage;
import se.hemtjanst.visit.domain.SunPayload;
import se.hemtjanst.visit.domain.SunVerifier;
import se.hemtjanst.visit.domain.Tag;
import se.hemtjanst.visit.domain.TagKind;
import se.hemtjanst.visit.domain.Tags;
import se.hemtjanst.visit.domain.Visit;
import se.hemtjanst.visit.domain.VisitRules;
import se.hemtjanst.visit.domain.Visits;
import se.hemtjanst.visit.infrastructure.TagKeys;

/**
 * Tag scans from staff phones (the contract of {@code POST /api/v1/scans}). One scan is one transaction: the scan
 * row, the visit it opens or completes, and the access-log row commit together, and only then is the phone
 * answered. The same scanId with the same body returns the stored answer forever; with another body it is refused.
 */
@Stateless
@RolesAllowed(Role.STAFF_NAME)
public class ScanService {

    public static final String RAM_SERVICE = "RAM";
    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    Tags tags;

    @Inject
    Visits visits;

    @Inject
    TagKeys keys;

    @Inject
    ClientService clients;

    @Inject
    VisitRulesReader rules;

    @Inject
    CurrentUser currentUser;

    @Inject
    AccessLog accessLog;

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

    public ScanResult register(ScanRequest request) {
        validate(request);
        Optional<ScanResult> earlier = earlier(request);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Account me = currentUser.account().orElseThrow();
        if (me.provider() == null) {
            throw new AccessDeniedException("scan.noProvider", "Your account belongs to no provider");
        }
        Instant now = clock.instant();
        OffsetDateTime deviceTime = OffsetDateTime.parse(request.deviceTime);
        boolean offline = Boolean.TRUE.equals(request.queuedOffline);
        boolean declined = Boolean.TRUE.equals(request.declined);

        Tag tag;
        SunCounterPolicy.Decision counterDecision = null;
        Integer counter = null;
        if (request.sun != null) {
            SunMessage message = SunMessage.parse(request.sun);
            SunPayload payload = SunVerifier.decrypt(message, keys.metaReadKey());
            tag = tags.activeByUid(payload.uid()).orElseThrow(() -> unknownTag(payload.uid()));
            if (tag.kind() != TagKind.NTAG424) {
                throw new InvalidInputException("scan.tag.notSun", "sun", "Tag " + payload.uid()
                        + " is registered as a plain tag; register it as NTAG424 with its key");
            }
            if (!SunVerifier.macValid(message, payload, keys.open(tag.encryptedFileReadKey()))) {
                throw new SunMacMismatchException(payload.uid());
            }
            counter = payload.counter();
            // A counter above the highest seen is unseen (every accepted counter raises or stays below the highest):
            // the stored counters are read only for a lower one, the rare case of an offline queue or a replay.
            boolean fresh = tag.highestCounter() == null || counter > tag.highestCounter();
            counterDecision = SunCounterPolicy.decide(tag.highestCounter(),
                    fresh ? java.util.Collections.emptyNavigableMap() : tags.countersSeen(tag.id(), counter),
                    counter, offline, deviceTime.toInstant());
            if (counterDecision == SunCounterPolicy.Decision.REPLAY) {
                throw new ConflictException("scan.sun.replay", "sun", "Tag " + payload.uid() + " read counter "
                        + counter + " was already used: this message is a replay, not a new tap");
            }
            tag.sawCounter(counter);
        } else {
            String uid = Tag.normalizeUid(request.tagUid);
            tag = tags.activeByUid(uid).orElseThrow(() -> unknownTag(uid));
            if (tag.kind() == TagKind.NTAG424) {
                throw new InvalidInputException("scan.tag.sunRequired", "tagUid", "Tag " + uid
                        + " signs every tap; send its SUN message (sun=e=..&c=..), not the copyable UID");
            }
        }
        Client client = clients.inReach(tag.client().id());
        String serviceCode = request.serviceCode == null || request.serviceCode.isBlank() ? RAM_SERVICE
                : request.serviceCode.strip().toUpperCase(Locale.ROOT);
        rules.requireService(serviceCode, deviceTime.atZoneSameInstant(Visit.ZONE).toLocalDate());

        VisitRules visitRules = rules.on(deviceTime.atZoneSameInstant(Visit.ZONE).toLocalDate());
        Scan scan = new Scan(request.scanId.toLowerCase(Locale.ROOT), hash(request), me.username(), tag,
                ScanType.valueOf(request.type.strip().toUpperCase(Locale.ROOT)), deviceTime, now, serviceCode,
                declined, offline, counter);
        Instant at = deviceTime.toInstant();
        boolean skewed = skewed(scan, visitRules);
        Visit visit;
        ScanOutcome outcome;
        if (scan.type() == ScanType.ARRIVAL) {
            Optional<Visit> repeat = visits.latestAt(me.username(), client.id(), window(at, visitRules, -1),
                    window(at, visitRules, 1)).filter(v -> v.arrivalAt() != null
                    && Math.abs(Duration.between(v.arrivalAt(), at).getSeconds()) <= visitRules.repeatWindowSeconds());
            if (repeat.isPresent()) {
                visit = repeat.get();
                outcome = ScanOutcome.REPEAT;
            } else {
                visits.openOf(me.username()).forEach(Visit::abandon);
                visit = visits.add(Visit.arrival(client, me.provider(), me.username(), serviceCode, at, declined,
                        visitRules));
                outcome = ScanOutcome.OPENED;
            }
        } else {
            Optional<Visit> open = visits.openOf(me.username()).stream()
                    .filter(v -> v.client().id().equals(client.id())).findFirst();
            if (open.isPresent()) {
                visit = open.get();
                visit.depart(at, visitRules);
                for (Visit other : visits.overlapping(me.username(), visit.arrivalAt(), visit.departureAt(),
                        visit.id())) {
                    other.flag(Deviation.Kind.OVERLAP, "Overlaps visit " + visit.id());
                    visit.flag(Deviation.Kind.OVERLAP, "Overlaps visit " + other.id());
                }
                outcome = ScanOutcome.COMPLETED;
            } else {
                Optional<Visit> repeat = visits.latestAt(me.username(), client.id(), window(at, visitRules, -1),
                        window(at, visitRules, 1)).filter(v -> v.departureAt() != null
                        && Math.abs(Duration.between(v.departureAt(), at).getSeconds())
                        <= visitRules.repeatWindowSeconds());
                if (repeat.isPresent()) {
                    visit = repeat.get();
                    outcome = ScanOutcome.REPEAT;
                } else {
                    visit = visits.add(Visit.departureOnly(client, me.provider(), me.username(), serviceCode, at,
                            declined, visitRules));
                    outcome = ScanOutcome.UNPAIRED;
                }
            }
        }
        if (declined) {
            visit.markDeclined();
        }
        if (skewed) {
            visit.flag(Deviation.Kind.CLOCK_SKEW, "Phone clock " + scan.skewSeconds() + " s from the server's");
        }
        if (counterDecision == SunCounterPolicy.Decision.MANUAL_REVIEW) {
            visit.flag(Deviation.Kind.COUNTER_REVIEW, "Tag counter " + counter + " lower than already seen");
        }
        scan.recordOutcome(outcome, visit);
        // The answer is stored with the scan row in its INSERT (a persisted visit has its id from the sequence
        // already), not by a second UPDATE after the flush.
        String answer = JSON.toJson(answer(scan, visit, tag, skewed));
        scan.rememberAnswer(answer);
        try {
            visits.addScan(scan);
            visits.flushAndAssignIds();
        } catch (jakarta.persistence.PersistenceException e) {
            throw new ScanCollisionException(scan.scanId(), e);
        }
        accessLog.record(client.id(), AccessAction.CREATE, "scan " + scan.type() + " " + outcome);
        return new ScanResult(answer, true, scan.scanId());
    }

    /**
     * A device clock far from the server's is flagged, never silently trusted. A scan from the offline queue is
     * naturally older than its arrival here, so only a time in the future counts as skew for it.
     */
    static boolean skewed(Scan scan, VisitRules rules) {
        long skew = scan.skewSeconds();
        return scan.queuedOffline() ? skew > rules.maxClockSkewSeconds() : Math.abs(skew) > rules.maxClockSkewSeconds();
    }

    private static Instant window(Instant at, VisitRules rules, int sign) {
        return at.plusSeconds((long) sign * rules.repeatWindowSeconds());
    }

    private static ScanAnswer answer(Scan scan, Visit visit, Tag tag, boolean skewed) {
        List<String> deviations = visit.deviations().stream().map(d -> d.kind().name()).toList();
        return new ScanAnswer(scan.scanId(), scan.type().name(), scan.client().id(), tag.uid(),
                scan.deviceTimeWithOffset(), scan.receivedAt(), scan.serviceCode(), scan.declined(),
                scan.queuedOffline(), scan.outcome().name(), skewed,
                new ScanAnswer.VisitRef(visit.id(), visit.status().name(), visit.arrivalAt(), visit.departureAt(),
                        visit.minutes(), visit.declined(), deviations));
    }

    private static NotFoundException unknownTag(String uid) {
        return new NotFoundException("scan.tag.unknown", "No active tag with UID " + uid
                + " (unknown, revoked or detached)", uid);
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
