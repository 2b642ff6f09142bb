package se.hemtjanst.visit.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import se.hemtjanst.client.application.ClientService;
import se.hemtjanst.identity.application.AccessLog;
import se.hemtjanst.identity.application.StaffDirectory;
import se.hemtjanst.identity.domain.AccessAction;
import se.hemtjanst.identity.domain.AccessLogEntry;
import se.hemtjanst.identity.domain.Role;
import se.hemtjanst.identity.domain.StaffUnit;
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
 * Registers scans of many staff members in one transaction (see {@link ScanQueue}), each exactly as if it had been
 * sent alone, in order: the retry check, the staff member's provider, the tag (and its SUN message and counter), the
 * client's reach, the service; then the visit it opens, completes or repeats, the scan row and the access-log row.
 * A refused scan changes nothing and gets its refusal as its outcome; the others go on. The lookups that can be made
 * for the whole batch (earlier scans, providers, tags, reach, open visits) are one query each; the batch's own
 * changes are kept in memory and combined with what its queries read, so the batch is written in one flush.
 */
@Stateless
@RolesAllowed(Role.STAFF_NAME)
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ScanWriter {

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
    StaffDirectory staffDirectory;

    @Inject
    VisitRulesReader rules;

    @Inject
    AccessLog accessLog;

    @Inject
    Clock clock;

    /** An earlier scan with this id: what a retry is compared with and answered. */
    private record Earlier(String scanId, String bodyHash, String staff, String answer) {
    }

    /** One outcome per scan, in order: a {@link ScanResult} or the {@link RuntimeException} that refused it. */
    public List<Object> write(List<PreparedScan> batch) {
        Batch b = new Batch(batch);
        List<Object> outcomes = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            outcomes.add(b.register(i));
        }
        accessLog.recordAll(b.accesses);
        try {
            visits.flushAndAssignIds();
        } catch (jakarta.persistence.PersistenceException e) {
            throw new ScanCollisionException(batch.get(0).scanId(), e);
        }
        return outcomes;
    }

    /** The state of one batch: what its queries read and what its scans changed so far. */
    private final class Batch {
        final List<PreparedScan> scans;
        final Map<String, Earlier> earlier = new HashMap<>();
        final Map<String, StaffUnit> units;
        final Map<String, Tag> tagsByUid = new HashMap<>();
        final Map<Long, Set<Long>> serving;
        final Map<String, List<Visit>> open = new HashMap<>();
        /** Visits this batch created or changed, per staff member: its queries cannot see those changes. */
        final Map<String, List<Visit>> touched = new HashMap<>();
        final Map<Long, NavigableMap<Integer, Instant>> countersSeen = new HashMap<>();
        final Map<Long, byte[]> fileKeys = new HashMap<>();
        final Object[] payloads;
        final List<AccessLog.Access> accesses = new ArrayList<>();

        Batch(List<PreparedScan> scans) {
            this.scans = scans;
            this.payloads = new Object[scans.size()];
            Set<String> ids = new LinkedHashSet<>();
            Set<String> staff = new LinkedHashSet<>();
            Set<String> uids = new LinkedHashSet<>();
            for (int i = 0; i < scans.size(); i++) {
                PreparedScan p = scans.get(i);
                ids.add(p.scanId());
                staff.add(p.staff());
                Object payload = payloadOf(p);
                payloads[i] = payload;
                if (payload instanceof SunPayload sun) {
                    uids.add(sun.uid());
                } else if (payload instanceof String uid) {
                    uids.add(uid);
                }
            }
            for (Scan s : visits.scans(ids)) {
                earlier.put(s.scanId(), new Earlier(s.scanId(), s.bodyHash(), s.staff(), s.answer()));
            }
            units = staffDirectory.unitsOf(staff);
            Set<Long> clientIds = new LinkedHashSet<>();
            for (Tag t : tags.activeByUids(uids)) {
                tagsByUid.put(t.uid(), t);
                clientIds.add(t.client().id());
            }
            serving = clients.providersServing(clientIds);
            for (Visit v : visits.openOf(staff)) {
                open.computeIfAbsent(v.staff(), k -> new ArrayList<>()).add(v);
            }
        }

        /** The tag's UID (a plain tag), its verified-to-decrypt SUN payload, or why it is neither. */
        private Object payloadOf(PreparedScan p) {
            try {
                if (p.sun() != null) {
                    return SunVerifier.decrypt(SunMessage.parse(p.sun()), keys.metaReadKey());
                }
                return Tag.normalizeUid(p.tagUid());
            } catch (RuntimeException e) {
                return e;
            }
        }

        Object register(int index) {
            PreparedScan p = scans.get(index);
            Earlier before = earlier.get(p.scanId());
            if (before != null) {
                if (!before.bodyHash().equals(p.bodyHash()) || !before.staff().equals(p.staff())) {
                    return new UnprocessableException("scan.idReused", "scanId", "scanId " + p.scanId()
                            + " was already used for a different scan; make a new UUID for every tap");
                }
                return new ScanResult(before.answer(), false, before.scanId());
            }
            Checked checked;
            try {
                checked = check(index, p);
            } catch (RuntimeException refused) {
                return refused;
            }
            String answer = apply(p, checked);
            earlier.put(p.scanId(), new Earlier(p.scanId(), p.bodyHash(), p.staff(), answer));
            return new ScanResult(answer, true, p.scanId());
        }

        /** Everything that may refuse the scan, before anything is changed. */
        private Checked check(int index, PreparedScan p) {
            StaffUnit me = units.get(p.staff());
            if (me == null || me.providerId() == null) {
                throw new AccessDeniedException("scan.noProvider", "Your account belongs to no provider");
            }
            Object payload = payloads[index];
            if (payload instanceof RuntimeException refused) {
                throw refused;
            }
            Tag tag;
            Integer counter = null;
            SunCounterPolicy.Decision decision = null;
            if (payload instanceof SunPayload sun) {
                tag = active(sun.uid());
                if (tag.kind() != TagKind.NTAG424) {
                    throw new InvalidInputException("scan.tag.notSun", "sun", "Tag " + sun.uid()
                            + " is registered as a plain tag; register it as NTAG424 with its key");
                }
                byte[] fileKey = fileKeys.computeIfAbsent(tag.id(), id -> keys.open(tag.encryptedFileReadKey()));
                if (!SunVerifier.macValid(SunMessage.parse(p.sun()), sun, fileKey)) {
                    throw new SunMacMismatchException(sun.uid());
                }
                counter = sun.counter();
                decision = SunCounterPolicy.decide(tag.highestCounter(), seen(tag, counter), counter,
                        p.queuedOffline(), p.deviceTime().toInstant());
                if (decision == SunCounterPolicy.Decision.REPLAY) {
                    throw new ConflictException("scan.sun.replay", "sun", "Tag " + sun.uid() + " read counter "
                            + counter + " was already used: this message is a replay, not a new tap");
                }
            } else {
                String uid = (String) payload;
                tag = active(uid);
                if (tag.kind() == TagKind.NTAG424) {
                    throw new InvalidInputException("scan.tag.sunRequired", "tagUid", "Tag " + uid
                            + " signs every tap; send its SUN message (sun=e=..&c=..), not the copyable UID");
                }
            }
            long clientId = tag.client().id();
            if (!serving.getOrDefault(clientId, Set.of()).contains(me.providerId())) {
                accesses.add(new AccessLog.Access(p.staff(), me.providerName(), clientId, AccessAction.DENIED,
                        AccessLogEntry.Channel.API, "outside reach"));
                throw new AccessDeniedException("client.outsideReach",
                        "Client " + clientId + " is outside your district or provider", clientId);
            }
            LocalDate day = p.deviceTime().atZoneSameInstant(Visit.ZONE).toLocalDate();
            rules.requireService(p.serviceCode(), day);
            return new Checked(me, tag, counter, decision, rules.on(day));
        }

        private Tag active(String uid) {
            Tag tag = tagsByUid.get(uid);
            if (tag == null) {
                throw new NotFoundException("scan.tag.unknown", "No active tag with UID " + uid
                        + " (unknown, revoked or detached)", uid);
            }
            return tag;
        }

        /**
         * The counters seen on the tag around this one: none to read when it is above the highest (every accepted
         * counter raises the highest or stays below it), else the stored ones and this batch's.
         */
        private NavigableMap<Integer, Instant> seen(Tag tag, int counter) {
            NavigableMap<Integer, Instant> mine = countersSeen.getOrDefault(tag.id(), Collections.emptyNavigableMap());
            if (tag.highestCounter() == null || counter > tag.highestCounter()) {
                return mine;
            }
            NavigableMap<Integer, Instant> all = new TreeMap<>(tags.countersSeen(tag.id(), counter));
            all.putAll(mine);
            return all;
        }

        /** Registers a scan that passed its checks: the visit, the scan row and the access log. */
        private String apply(PreparedScan p, Checked c) {
            Tag tag = c.tag();
            VisitRules visitRules = c.rules();
            if (c.counter() != null) {
                tag.sawCounter(c.counter());
                countersSeen.computeIfAbsent(tag.id(), k -> new TreeMap<>()).put(c.counter(),
                        p.deviceTime().toInstant());
            }
            Scan scan = new Scan(p.scanId(), p.bodyHash(), p.staff(), tag, p.type(), p.deviceTime(), p.receivedAt(),
                    p.serviceCode(), p.declined(), p.queuedOffline(), c.counter());
            Instant at = p.deviceTime().toInstant();
            long clientId = tag.client().id();
            String staff = p.staff();
            boolean skewed = ScanService.skewed(scan, visitRules);
            List<Visit> mineOpen = open.computeIfAbsent(staff, k -> new ArrayList<>());
            Instant from = at.minusSeconds(visitRules.repeatWindowSeconds());
            Instant to = at.plusSeconds(visitRules.repeatWindowSeconds());
            Visit visit;
            ScanOutcome outcome;
            if (scan.type() == ScanType.ARRIVAL) {
                Optional<Visit> repeat = latest(visits.arrivedBetween(staff, clientId, from, to), staff,
                        v -> v.clientId() == clientId && within(v.arrivalAt(), from, to));
                if (repeat.isPresent()) {
                    visit = repeat.get();
                    outcome = ScanOutcome.REPEAT;
                } else {
                    for (Visit v : mineOpen) {
                        v.abandon();
                        touch(v);
                    }
                    mineOpen.clear();
                    visit = visits.add(Visit.arrival(tag.client(), visits.provider(c.me().providerId()), staff,
                            p.serviceCode(), at, p.declined(), visitRules));
                    mineOpen.add(visit);
                    outcome = ScanOutcome.OPENED;
                }
            } else {
                Optional<Visit> atClient = mineOpen.stream().filter(v -> v.clientId() == clientId).findFirst();
                if (atClient.isPresent()) {
                    visit = atClient.get();
                    visit.depart(at, visitRules);
                    mineOpen.remove(visit);
                    for (Visit other : overlapping(visit)) {
                        other.flag(Deviation.Kind.OVERLAP, "Overlaps visit " + visit.id());
                        visit.flag(Deviation.Kind.OVERLAP, "Overlaps visit " + other.id());
                        touch(other);
                    }
                    outcome = ScanOutcome.COMPLETED;
                } else {
                    Optional<Visit> repeat = latest(visits.departedBetween(staff, clientId, from, to), staff,
                            v -> v.clientId() == clientId && within(v.departureAt(), from, to));
                    if (repeat.isPresent()) {
                        visit = repeat.get();
                        outcome = ScanOutcome.REPEAT;
                    } else {
                        visit = visits.add(Visit.departureOnly(tag.client(), visits.provider(c.me().providerId()),
                                staff, p.serviceCode(), at, p.declined(), visitRules));
                        outcome = ScanOutcome.UNPAIRED;
                    }
                }
            }
            if (p.declined()) {
                visit.markDeclined();
            }
            if (skewed) {
                visit.flag(Deviation.Kind.CLOCK_SKEW, "Phone clock " + scan.skewSeconds() + " s from the server's");
            }
            if (c.decision() == SunCounterPolicy.Decision.MANUAL_REVIEW) {
                visit.flag(Deviation.Kind.COUNTER_REVIEW, "Tag counter " + c.counter() + " lower than already seen");
            }
            touch(visit);
            scan.recordOutcome(outcome, visit);
            // The answer is stored with the scan row in its INSERT (a persisted visit has its id from the sequence
            // already), and computed now: a later scan of this batch may change the same visit.
            String answer = JSON.toJson(ScanService.answer(scan, visit, tag, skewed));
            scan.rememberAnswer(answer);
            visits.addScan(scan);
            accesses.add(new AccessLog.Access(staff, c.me().providerName(), clientId, AccessAction.CREATE,
                    AccessLogEntry.Channel.API, "scan " + scan.type() + " " + outcome));
            return answer;
        }

        private void touch(Visit v) {
            List<Visit> mine = touched.computeIfAbsent(v.staff(), k -> new ArrayList<>());
            if (mine.stream().noneMatch(t -> t == v)) {
                mine.add(v);
            }
        }

        /** The latest (highest id) of the visits read and this batch's own, that match as they stand now. */
        private Optional<Visit> latest(List<Visit> read, String staff, Predicate<Visit> matches) {
            Map<Visit, Boolean> all = new IdentityHashMap<>();
            read.forEach(v -> all.put(v, Boolean.TRUE));
            touched.getOrDefault(staff, List.of()).forEach(v -> all.put(v, Boolean.TRUE));
            return all.keySet().stream().filter(matches).max(Comparator.comparing(Visit::id));
        }

        /** The staff member's other visits overlapping this one, read or changed in this batch, as they stand now. */
        private List<Visit> overlapping(Visit visit) {
            Map<Visit, Boolean> all = new IdentityHashMap<>();
            visits.overlapping(visit.staff(), visit.arrivalAt(), visit.departureAt(), visit.id())
                    .forEach(v -> all.put(v, Boolean.TRUE));
            touched.getOrDefault(visit.staff(), List.of()).forEach(v -> all.put(v, Boolean.TRUE));
            List<Visit> result = new ArrayList<>();
            for (Visit other : all.keySet()) {
                if (other != visit && other.arrivalAt() != null && other.departureAt() != null
                        && other.arrivalAt().isBefore(visit.departureAt())
                        && other.departureAt().isAfter(visit.arrivalAt())) {
                    result.add(other);
                }
            }
            result.sort(Comparator.comparing(Visit::id));
            return result;
        }
    }

    private static boolean within(Instant t, Instant from, Instant to) {
        return t != null && !t.isBefore(from) && !t.isAfter(to);
    }

    /** What the checks found: the staff member's unit, the tag, its counter and the rules of the day. */
    private record Checked(StaffUnit me, Tag tag, Integer counter, SunCounterPolicy.Decision decision,
                           VisitRules rules) {
    }
}
