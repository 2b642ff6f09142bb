package se.hemtjanst.report.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.hemtjanst.billing.application.GrantedHoursService;
import se.hemtjanst.catalog.application.RuleService;
import se.hemtjanst.catalog.domain.RuleKey;
import se.hemtjanst.client.application.ClientService;
import se.hemtjanst.identity.application.AccessLog;
import se.hemtjanst.identity.application.CurrentUser;
import se.hemtjanst.identity.domain.AccessAction;
import se.hemtjanst.identity.domain.Account;
import se.hemtjanst.identity.domain.Role;
import se.hemtjanst.organization.domain.District;
import se.hemtjanst.organization.domain.Provider;
import se.hemtjanst.report.infrastructure.VisitMonths;
import se.hemtjanst.shared.domain.AccessDeniedException;
import se.hemtjanst.shared.domain.InvalidInputException;
import se.hemtjanst.shared.domain.NotFoundException;
import se.hemtjanst.visit.domain.VisitStatus;

/**
 * Ordered (prognos) versus performed (utfall) time per month, for the municipality, a district, a provider or one
 * client — the same figures for the assessor and the provider when they look at the same client. Ordered is
 * Beviljad tid LOV of the frame (ramtid prorated, pauses deducted, as billing computes it); performed is the
 * minutes of completed, not declined visits of services inside the frame. Set-based: one query for the orders,
 * one aggregate per month over the monthly visit summary, one for the names.
 *
 * <p>Who sees what: system administration everything; an assessor the municipality's and their own district's
 * totals and their district's clients; a provider manager their own provider's totals and clients. Client rows
 * are written to the access log.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.ASSESSOR_NAME, Role.PROVIDER_MANAGER_NAME})
public class FollowUpService {

    /** What the figures are about. */
    public enum Level { MUNICIPALITY, DISTRICT, PROVIDER, CLIENT }

    /** One month: hours with two decimals, the clients with an order in force or a visit. */
    public record MonthFigures(YearMonth month, BigDecimal ordered, BigDecimal performed, int clients, int visits) {
        /** Performed minus ordered, in percent of ordered; null when nothing was ordered. */
        public BigDecimal deviationPercent() {
            return FollowUpService.deviation(ordered, performed);
        }
    }

    /** One client in one month. */
    public record ClientFigures(long clientId, String name, String district, BigDecimal ordered, BigDecimal performed,
                                int visits) {
        public BigDecimal deviationPercent() {
            return FollowUpService.deviation(ordered, performed);
        }
    }

    /** One visit behind a client's month. */
    public record VisitLine(long visitId, LocalDate day, String staff, String serviceCode, int minutes, boolean manual,
                            boolean declined) {
    }

    /** A client for individuppföljning: the months that deviated, newest last. */
    public record FollowUpCase(long clientId, String name, List<MonthFigures> months) {
    }

    /** Staff continuity of a month: clients with visits and the average number of different staff they met. */
    public record Continuity(YearMonth month, int clients, BigDecimal averageStaff) {
    }

    /**
     * The national indicator over 14 days from {@code from}: clients aged 65 or more with at least two visits a day
     * on average (28 visits), and the average number of different staff each of them met.
     */
    public record NationalContinuity(LocalDate from, LocalDate to, int clients, BigDecimal averageStaff) {
    }

    /** One staff member's month: shift minutes (device sessions), visit minutes and the share with clients. */
    public record StaffTime(String staff, long shiftMinutes, long visitMinutes, BigDecimal sharePercent) {
    }

    /** The subject of a report as the person may see it: level, unit and its name. */
    public record Subject(Level level, Long id, String name) {
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

    @PersistenceContext(unitName = "hemtjanst")
    EntityManager em;

    @Inject
    GrantedHoursService granted;

    @Inject
    ClientService clients;

    @Inject
    RuleService rules;

    @Inject
    se.hemtjanst.messaging.application.MessageService messages;

    @Inject
    CurrentUser currentUser;

    @Inject
    AccessLog accessLog;

    @Inject
    Clock clock;

    @Inject
    VisitMonths visitMonths;

    @Inject
    jakarta.enterprise.inject.Instance<FollowUpMemo> memo;

    static BigDecimal deviation(BigDecimal ordered, BigDecimal performed) {
        if (ordered == null || ordered.signum() == 0) {
            return null;
        }
        return performed.subtract(ordered).multiply(HUNDRED).divide(ordered, 1, RoundingMode.HALF_UP);
    }

    /** The subject the person looks at when they give none: their district, their provider, or the municipality. */
    public Subject defaultSubject() {
        Account me = currentUser.account().orElseThrow();
        if (me.has(Role.ASSESSOR) && me.district() != null) {
            return new Subject(Level.DISTRICT, me.district().id(), me.district().name());
        }
        if (me.has(Role.PROVIDER_MANAGER) && me.provider() != null) {
            return new Subject(Level.PROVIDER, me.provider().id(), me.provider().name());
        }
        return new Subject(Level.MUNICIPALITY, null, "");
    }

    /** What the person may choose to look at: the municipality, districts and providers within their reach. */
    public List<Subject> subjects() {
        Account me = currentUser.account().orElseThrow();
        List<Subject> list = new ArrayList<>();
        if (me.has(Role.ADMIN) || me.has(Role.ASSESSOR)) {
            list.add(new Subject(Level.MUNICIPALITY, null, ""));
        }
        if (me.has(Role.ADMIN)) {
            em.createQuery("select d from District d order by d.name", District.class).getResultList()
                    .forEach(d -> list.add(new Subject(Level.DISTRICT, d.id(), d.name())));
            em.createQuery("select p from Provider p order by p.name", Provider.class).getResultList()
                    .forEach(p -> list.add(new Subject(Level.PROVIDER, p.id(), p.name())));
        } else if (me.has(Role.ASSESSOR) && me.district() != null) {
            list.add(new Subject(Level.DISTRICT, me.district().id(), me.district().name()));
        } else if (me.has(Role.PROVIDER_MANAGER) && me.provider() != null) {
            list.add(new Subject(Level.PROVIDER, me.provider().id(), me.provider().name()));
        }
        return list;
    }

    /** Checks the person may see the subject and names it; refusals are logged for a client. */
    public Subject subject(Level level, Long id) {
        Account me = currentUser.account().orElseThrow();
        if (level == null) {
            throw new InvalidInputException("report.level", "level", "level is MUNICIPALITY, DISTRICT, PROVIDER or CLIENT");
        }
        if (level != Level.MUNICIPALITY && id == null) {
            throw new InvalidInputException("report.id.required", "id", "id is required for " + level);
        }
        switch (level) {
            case MUNICIPALITY -> {
                if (!me.has(Role.ADMIN) && !me.has(Role.ASSESSOR)) {
                    throw new AccessDeniedException("report.forbidden", "The municipality's totals are for "
                            + "system administration and assessors");
                }
                return new Subject(level, null, "");
            }
            case DISTRICT -> {
                District d = em.find(District.class, id);
                if (d == null) {
                    throw new NotFoundException("report.notFound", "No district " + id, id);
                }
                if (!me.has(Role.ADMIN) && (me.district() == null || !me.district().id().equals(id))) {
                    throw new AccessDeniedException("report.forbidden", "District " + id + " is not yours");
                }
                return new Subject(level, id, d.name());
            }
            case PROVIDER -> {
                Provider p = em.find(Provider.class, id);
                if (p == null) {
                    throw new NotFoundException("report.notFound", "No provider " + id, id);
                }
                if (!me.has(Role.ADMIN) && (me.provider() == null || !me.provider().id().equals(id))) {
                    throw new AccessDeniedException("report.forbidden", "Provider " + id + " is not yours");
                }
                return new Subject(level, id, p.name());
            }
            default -> {
                var c = clients.inReach(id);
                return new Subject(level, id, c.firstName() + " " + c.lastName());
            }
        }
    }

    /** Ordered and performed per month, from {@code from} to {@code to}. */
    public List<MonthFigures> months(Level level, Long id, YearMonth from, YearMonth to) {
        Subject s = subject(level, id);
        Map<YearMonth, Map<Long, BigDecimal>> ordered = orderedTime(s, from, to);
        Set<String> inFrame = granted.inFrameCodes();
        List<MonthFigures> result = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            Map<Long, long[]> performed = performed(s, m, inFrame);
            BigDecimal orderedSum = BigDecimal.ZERO.setScale(2);
            // Clients with ordered or performed time: those with performed time, and those with only ordered time.
            int active = performed.size();
            for (Map.Entry<Long, BigDecimal> e : ordered.getOrDefault(m, Map.of()).entrySet()) {
                orderedSum = orderedSum.add(e.getValue());
                if (!performed.containsKey(e.getKey())) {
                    active++;
                }
            }
            BigDecimal performedSum = BigDecimal.ZERO.setScale(2);
            int visits = 0;
            for (long[] p : performed.values()) {
                performedSum = performedSum.add(hours(p[0]));
                visits += (int) p[1];
            }
            result.add(new MonthFigures(m, orderedSum, performedSum, active, visits));
        }
        if (s.level() == Level.CLIENT) {
            accessLog.record(s.id(), AccessAction.READ, "follow-up " + from + "–" + to);
        }
        return result;
    }

    /** Staff continuity per month: the average number of different staff per client with visits (one query a month). */
    public List<Continuity> continuity(Level level, Long id, YearMonth from, YearMonth to) {
        Subject s = subject(level, id);
        if (to.isBefore(from) || from.plusMonths(GrantedHoursService.MAX_MONTHS - 1).isBefore(to)) {
            throw new InvalidInputException("report.months.range", "from", "from not after to, at most "
                    + GrantedHoursService.MAX_MONTHS + " months", GrantedHoursService.MAX_MONTHS);
        }
        List<Continuity> result = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            Map<Long, Long> staff = visitMonths.staff(unit(s.level()), s.id(), m);
            result.add(new Continuity(m, staff.size(), averageOf(staff.values())));
        }
        if (s.level() == Level.CLIENT) {
            accessLog.record(s.id(), AccessAction.READ, "continuity " + from + "–" + to);
        }
        return result;
    }

    /**
     * The national indicator (personalkontinuitet) for the 14 days from {@code from}: the different staff and the
     * visits per client from the daily staff summary (see {@link VisitMonths#staffInDays}), then the clients aged 65
     * or more on the first day among those with at least 28 visits.
     */
    public NationalContinuity nationalContinuity(Level level, Long id, LocalDate from) {
        Subject s = subject(level, id);
        if (from == null) {
            throw new InvalidInputException("request.param.date", "from", "from is YYYY-MM-DD");
        }
        LocalDate to = from.plusDays(13);
        LocalDate bornBy = from.minusYears(65);
        Map<Long, long[]> perClient = visitMonths.staffInDays(unit(s.level()), s.id(), from, to);
        perClient.values().removeIf(c -> c[1] < 28);
        long staff = 0;
        int clients = 0;
        for (Map.Entry<Long, String> e : identityDigits(s, perClient.keySet()).entrySet()) {
            if (e.getValue() != null && !se.hemtjanst.shared.domain.PersonalIdentityNumber.of12(e.getValue())
                    .birthDate().isAfter(bornBy)) {
                staff += perClient.get(e.getKey())[0];
                clients++;
            }
        }
        if (s.level() == Level.CLIENT) {
            accessLog.record(s.id(), AccessAction.READ, "national continuity " + from + "–" + to);
        }
        BigDecimal average = clients == 0 ? null
                : BigDecimal.valueOf(staff).divide(BigDecimal.valueOf(clients), 1, RoundingMode.HALF_UP);
        return new NationalContinuity(from, to, clients, average);
    }

    /**
     * The personal identity digits of the given clients: the unit's clients in one query for the municipality and a
     * district, otherwise by the ids in lists of at most 1,024.
     */
    private Map<Long, String> identityDigits(Subject s, Set<Long> clientIds) {
        Map<Long, String> digits = new HashMap<>();
        if (clientIds.isEmpty()) {
            return digits;
        }
        if (s.level() == Level.MUNICIPALITY || s.level() == Level.DISTRICT) {
            TypedQuery<Object[]> q = em.createQuery("select c.id, c.personalIdentityNumberDigits from Client c"
                    + (s.level() == Level.DISTRICT ? " where c.district.id = :unit" : ""), Object[].class);
            if (s.level() == Level.DISTRICT) {
                q.setParameter("unit", s.id());
            }
            for (Object[] r : q.getResultList()) {
                if (clientIds.contains((Long) r[0])) {
                    digits.put((Long) r[0], (String) r[1]);
                }
            }
            return digits;
        }
        List<Long> ids = new ArrayList<>(clientIds);
        for (int i = 0; i < ids.size(); i += 1024) {
            for (Object[] r : em.createQuery("select c.id, c.personalIdentityNumberDigits from Client c"
                            + " where c.id in :ids", Object[].class)
                    .setParameter("ids", se.hemtjanst.shared.infrastructure.InLists.padded(
                            ids.subList(i, Math.min(ids.size(), i + 1024))))
                    .getResultList()) {
                digits.put((Long) r[0], (String) r[1]);
            }
        }
        return digits;
    }

    private static BigDecimal averageOf(java.util.Collection<Long> staffCounts) {
        if (staffCounts.isEmpty()) {
            return null;
        }
        long staff = staffCounts.stream().mapToLong(Long::longValue).sum();
        return BigDecimal.valueOf(staff).divide(BigDecimal.valueOf(staffCounts.size()), 1, RoundingMode.HALF_UP);
    }

    /**
     * Share of staff time spent with clients, for the city's own units: per staff member, the minutes of completed
     * visits over the minutes of their work shifts (the phones' device sessions, cut to the month; a shift never
     * ended counts until it expired, at most 12 hours, or until now); the last row is the unit's total. Two queries.
     */
    public List<StaffTime> staffTime(long providerId, YearMonth month) {
        Subject s = subject(Level.PROVIDER, providerId);
        Provider provider = em.find(Provider.class, s.id());
        if (!provider.ownOperation()) {
            throw new se.hemtjanst.shared.domain.ConflictException("report.staffTime.ownOnly", null,
                    "The share of staff time with clients is followed for the city's own units only");
        }
        java.time.Instant from = month.atDay(1).atStartOfDay(ClockProducerZone.ZONE).toInstant();
        java.time.Instant to = month.plusMonths(1).atDay(1).atStartOfDay(ClockProducerZone.ZONE).toInstant();
        java.time.Instant now = clock.instant();
        Map<String, long[]> byStaff = new java.util.TreeMap<>();
        for (Object[] r : em.createQuery("select d.account.username, d.startedAt, d.endedAt, d.revokedAt, d.expiresAt"
                        + " from DeviceSession d where d.account.provider.id = :p and d.startedAt < :to"
                        + " and d.expiresAt > :from", Object[].class)
                .setParameter("p", providerId).setParameter("from", from).setParameter("to", to).getResultList()) {
            java.time.Instant start = max((java.time.Instant) r[1], from);
            java.time.Instant end = r[2] != null ? (java.time.Instant) r[2] : r[3] != null ? (java.time.Instant) r[3]
                    : min((java.time.Instant) r[4], now);
            end = min(end, to);
            if (end.isAfter(start)) {
                // Seconds here, whole minutes (rounded) per person below.
                byStaff.computeIfAbsent((String) r[0], k -> new long[2])[0] +=
                        java.time.Duration.between(start, end).toSeconds();
            }
        }
        for (Object[] r : em.createQuery("select v.staff, sum(v.minutes) from Visit v where v.provider.id = :p"
                        + " and v.visitDay >= :first and v.visitDay <= :last and v.status = :complete group by v.staff",
                        Object[].class)
                .setParameter("p", providerId).setParameter("first", month.atDay(1))
                .setParameter("last", month.atEndOfMonth()).setParameter("complete", VisitStatus.COMPLETE)
                .getResultList()) {
            byStaff.computeIfAbsent((String) r[0], k -> new long[2])[1] += r[1] == null ? 0 : ((Number) r[1]).longValue();
        }
        List<StaffTime> rows = new ArrayList<>();
        long shifts = 0;
        long visits = 0;
        byStaff.values().forEach(v -> v[0] = (v[0] + 30) / 60);
        for (Map.Entry<String, long[]> e : byStaff.entrySet()) {
            rows.add(new StaffTime(e.getKey(), e.getValue()[0], e.getValue()[1], share(e.getValue()[1], e.getValue()[0])));
            shifts += e.getValue()[0];
            visits += e.getValue()[1];
        }
        rows.add(new StaffTime(null, shifts, visits, share(visits, shifts)));
        return rows;
    }

    private static BigDecimal share(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    private static java.time.Instant max(java.time.Instant a, java.time.Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static java.time.Instant min(java.time.Instant a, java.time.Instant b) {
        return a.isBefore(b) ? a : b;
    }

    /** Swedish time for month borders. */
    private static final class ClockProducerZone {
        static final java.time.ZoneId ZONE = java.time.ZoneId.of("Europe/Stockholm");
    }

    /** The clients behind a month of a district or provider (or the municipality), largest deviation first. */
    public List<ClientFigures> clients(Level level, Long id, YearMonth month) {
        Subject s = subject(level, id);
        Account me = currentUser.account().orElseThrow();
        if (s.level() == Level.MUNICIPALITY && !me.has(Role.ADMIN)) {
            // The municipality's totals are shared; its clients are not: an assessor drills into their district.
            throw new AccessDeniedException("report.forbidden", "Clients of the whole municipality are for"
                    + " system administration");
        }
        Map<Long, BigDecimal> ordered = orderedTime(s, month, month).getOrDefault(month, Map.of());
        Map<Long, long[]> performed = performed(s, month, granted.inFrameCodes());
        java.util.Set<Long> ids = new java.util.LinkedHashSet<>(ordered.keySet());
        ids.addAll(performed.keySet());
        Map<Long, String[]> names = names(s);
        List<ClientFigures> rows = new ArrayList<>();
        for (Long c : ids) {
            String[] n = names.get(c);
            if (n == null) {
                continue;
            }
            long[] p = performed.getOrDefault(c, new long[2]);
            rows.add(new ClientFigures(c, n[0], n[1],
                    ordered.getOrDefault(c, BigDecimal.ZERO.setScale(2)), hours(p[0]),
                    (int) p[1]));
        }
        rows.sort(Comparator.comparing((ClientFigures r) -> r.deviationPercent() == null ? BigDecimal.valueOf(10_000)
                : r.deviationPercent().abs()).reversed().thenComparing(ClientFigures::name));
        accessLog.recordListed(rows.stream().map(ClientFigures::clientId).toList(), "follow-up " + month);
        return rows;
    }

    /** The visits behind a client's month. */
    public List<VisitLine> visits(long clientId, YearMonth month) {
        subject(Level.CLIENT, clientId);
        Account me = currentUser.account().orElseThrow();
        String provider = me.has(Role.PROVIDER_MANAGER) && me.provider() != null ? " and v.provider.id = :p" : "";
        TypedQuery<Object[]> q = em.createQuery("select v.id, v.visitDay, v.staff, v.serviceCode, v.minutes,"
                + " v.manual, v.declined from Visit v where v.client.id = :c and v.visitDay >= :first"
                + " and v.visitDay <= :last and v.status = :complete" + provider
                + " order by v.visitDay, v.arrivalAt", Object[].class)
                .setParameter("c", clientId).setParameter("first", month.atDay(1))
                .setParameter("last", month.atEndOfMonth()).setParameter("complete", VisitStatus.COMPLETE);
        if (!provider.isEmpty()) {
            q.setParameter("p", me.provider().id());
        }
        List<VisitLine> lines = q.setMaxResults(2000).getResultList().stream().map(r -> new VisitLine((Long) r[0],
                (LocalDate) r[1], (String) r[2], (String) r[3], r[4] == null ? 0 : ((Number) r[4]).intValue(),
                Boolean.TRUE.equals(r[5]), Boolean.TRUE.equals(r[6]))).toList();
        accessLog.record(clientId, AccessAction.READ, "follow-up visits " + month);
        return lines;
    }

    /**
     * Individuppföljning for the assessor's district (or, for system administration, the municipality): clients
     * whose performed time deviated more than the setting's percent from the ordered time in each of the last
     * N whole months (N a setting, default 2).
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.ASSESSOR_NAME})
    public List<FollowUpCase> individualFollowUp() {
        List<FollowUpCase> cases = followUpCases();
        accessLog.recordListed(cases.stream().map(FollowUpCase::clientId).toList(), "individuppföljning");
        return cases;
    }

    /**
     * The individuppföljning list for a screen that shows it a page at a time: not logged here, so the screen must
     * log each page it shows with {@link #listed}. At municipality scale the list holds thousands of clients, and a
     * log row for each on every view would be rows nobody was shown.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.ASSESSOR_NAME})
    public List<FollowUpCase> individualFollowUpPaged() {
        return followUpCases();
    }

    /** Logs the clients of the individuppföljning list that a screen shows (one page, or all in an export). */
    @RolesAllowed({Role.ADMIN_NAME, Role.ASSESSOR_NAME})
    public void listed(List<Long> clientIds) {
        accessLog.recordListed(clientIds, "individuppföljning");
    }

    /** How many clients are on the individuppföljning list (a figure for the dashboard: no names, no log rows). */
    @RolesAllowed({Role.ADMIN_NAME, Role.ASSESSOR_NAME})
    public int individualFollowUpCount() {
        return followUpCases().size();
    }

    private List<FollowUpCase> followUpCases() {
        Account me = currentUser.account().orElseThrow();
        Subject s = me.has(Role.ASSESSOR) && me.district() != null
                ? new Subject(Level.DISTRICT, me.district().id(), me.district().name())
                : new Subject(Level.MUNICIPALITY, null, "");
        LocalDate today = LocalDate.now(clock);
        BigDecimal limit = new BigDecimal(setting(RuleKey.FOLLOW_UP_DEVIATION_PERCENT, today, "10"));
        int n = Integer.parseInt(setting(RuleKey.FOLLOW_UP_MONTHS_IN_ROW, today, "2"));
        YearMonth to = YearMonth.from(today).minusMonths(1);
        YearMonth from = to.minusMonths(n - 1L);
        Map<YearMonth, Map<Long, BigDecimal>> ordered = orderedTime(s, from, to);
        Set<String> inFrame = granted.inFrameCodes();
        Map<YearMonth, Map<Long, long[]>> performed = new LinkedHashMap<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            performed.put(m, performed(s, m, inFrame));
        }
        Map<Long, String[]> names = names(s);
        List<FollowUpCase> cases = new ArrayList<>();
        // A case has ordered time in every month (without it there is no deviation to measure): the first month's
        // clients are the candidates.
        for (Long client : ordered.getOrDefault(from, Map.of()).keySet()) {
            List<MonthFigures> months = new ArrayList<>();
            boolean every = true;
            for (YearMonth m = from; !m.isAfter(to) && every; m = m.plusMonths(1)) {
                BigDecimal o = ordered.getOrDefault(m, Map.of()).getOrDefault(client, BigDecimal.ZERO);
                long[] p = performed.get(m).getOrDefault(client, new long[2]);
                BigDecimal d = deviation(o, hours(p[0]));
                every = d != null && d.abs().compareTo(limit) > 0;
                months.add(new MonthFigures(m, o, hours(p[0]), 1, (int) p[1]));
            }
            if (every && names.containsKey(client)) {
                cases.add(new FollowUpCase(client, names.get(client)[0], months));
            }
        }
        cases.sort(Comparator.comparing(FollowUpCase::name).thenComparing(FollowUpCase::clientId));
        return cases;
    }

    /**
     * The last two whole months of a client, if ordered and performed time differed beyond the follow-up percent in
     * both (the provider may then ask the assessor to review the order); empty otherwise.
     */
    public List<MonthFigures> reviewGrounds(long clientId) {
        LocalDate today = LocalDate.now(clock);
        BigDecimal limit = new BigDecimal(setting(RuleKey.FOLLOW_UP_DEVIATION_PERCENT, today, "10"));
        YearMonth last = YearMonth.from(today).minusMonths(1);
        List<MonthFigures> months = months(Level.CLIENT, clientId, last.minusMonths(1), last);
        boolean both = months.stream().allMatch(m -> m.deviationPercent() != null
                && m.deviationPercent().abs().compareTo(limit) > 0);
        return both ? months : List.of();
    }

    /**
     * The provider asks the assessor to review the client's order: a review-request message to the district's
     * mailbox that refers to the order and states the two months' figures. Only on the grounds above.
     */
    @RolesAllowed(Role.PROVIDER_MANAGER_NAME)
    public se.hemtjanst.messaging.domain.TeamMessage requestReview(long clientId, String note) {
        List<MonthFigures> grounds = reviewGrounds(clientId);
        if (grounds.isEmpty()) {
            throw new se.hemtjanst.shared.domain.ConflictException("report.review.noGrounds", null,
                    "Ordered and performed time have not differed beyond the follow-up limit for the last two months");
        }
        Account me = currentUser.account().orElseThrow();
        // The order's id only: loading orders with their batch-fetched service lines into this writing transaction
        // trips EclipseLink's change detection on the OrderedService embeddable (see docs/architecture.md).
        Long orderId = em.createQuery("select o.id from FrameOrder o where o.client.id = :c and o.provider.id = :p"
                        + " and o.status in :inForce order by o.id desc", Long.class)
                .setParameter("c", clientId).setParameter("p", me.provider().id())
                .setParameter("inForce", List.of(se.hemtjanst.order.domain.OrderStatus.SENT,
                        se.hemtjanst.order.domain.OrderStatus.ACKNOWLEDGED))
                .setMaxResults(1).getResultStream().findFirst()
                .orElseThrow(() -> new se.hemtjanst.shared.domain.ConflictException("report.review.noOrder", null,
                        "The client has no order in force to your provider"));
        StringBuilder body = new StringBuilder("Beställd och utförd tid har skilt sig åt två månader i rad:");
        for (MonthFigures m : grounds) {
            body.append("\n").append(m.month()).append(": beställt ").append(swedish(m.ordered())).append(" h, utfört ")
                    .append(swedish(m.performed())).append(" h (").append(m.deviationPercent().signum() > 0 ? "+" : "")
                    .append(swedish(m.deviationPercent())).append(" %).");
        }
        if (note != null && !note.isBlank()) {
            body.append("\n\n").append(note.strip());
        }
        se.hemtjanst.messaging.application.MessageDraft draft = new se.hemtjanst.messaging.application.MessageDraft();
        draft.kind = "REVIEW_REQUEST";
        draft.orderId = orderId;
        draft.subject = "Begäran om omprövning av beställningen";
        draft.body = body.length() > 3900 ? body.substring(0, 3900) : body.toString();
        return messages.send(clientId, draft);
    }

    private static String swedish(BigDecimal d) {
        return d.toPlainString().replace('.', ',');
    }

    private String setting(RuleKey key, LocalDate day, String fallback) {
        try {
            return rules.valueOn(key.key(), day);
        } catch (NotFoundException e) {
            return fallback;
        }
    }

    /**
     * Ordered time per client and month of the subject: computed once per request for a unit (see
     * {@link FollowUpMemo}; outside a request, as in a timer, computed each time).
     */
    private Map<YearMonth, Map<Long, BigDecimal>> orderedTime(Subject s, YearMonth from, YearMonth to) {
        GrantedHoursService.Scope scope = scope(s.level());
        try {
            return memo.get().ordered(scope, s.id(), from, to, () -> granted.grantedRamtid(scope, s.id(), from, to));
        } catch (jakarta.enterprise.context.ContextNotActiveException noRequest) {
            return granted.grantedRamtid(scope, s.id(), from, to);
        }
    }

    private static GrantedHoursService.Scope scope(Level level) {
        return switch (level) {
            case MUNICIPALITY -> GrantedHoursService.Scope.ALL;
            case DISTRICT -> GrantedHoursService.Scope.DISTRICT;
            case PROVIDER -> GrantedHoursService.Scope.PROVIDER;
            case CLIENT -> GrantedHoursService.Scope.CLIENT;
        };
    }

    /**
     * Minutes and visits per client in a month, services inside the frame only: from the monthly summary, exact
     * (see {@link VisitMonths}).
     */
    private Map<Long, long[]> performed(Subject s, YearMonth month, Set<String> inFrame) {
        VisitMonths.Unit unit = unit(s.level());
        try {
            return memo.get().performed(unit, s.id(), month, inFrame,
                    () -> visitMonths.performed(unit, s.id(), month, inFrame));
        } catch (jakarta.enterprise.context.ContextNotActiveException noRequest) {
            return visitMonths.performed(unit, s.id(), month, inFrame);
        }
    }

    private static VisitMonths.Unit unit(Level level) {
        return switch (level) {
            case MUNICIPALITY -> VisitMonths.Unit.ALL;
            case DISTRICT -> VisitMonths.Unit.DISTRICT;
            case PROVIDER -> VisitMonths.Unit.PROVIDER;
            case CLIENT -> VisitMonths.Unit.CLIENT;
        };
    }

    /** Client names and districts within the subject: one query. */
    private Map<Long, String[]> names(Subject s) {
        String condition = switch (s.level()) {
            case MUNICIPALITY -> "";
            case DISTRICT -> " where c.district.id = :unit";
            case PROVIDER -> " where c.id in (select o.client.id from FrameOrder o where o.provider.id = :unit)";
            case CLIENT -> " where c.id = :unit";
        };
        TypedQuery<Object[]> q = em.createQuery("select c.id, c.firstName, c.lastName, d.name from Client c"
                + " join c.district d" + condition, Object[].class);
        if (s.level() != Level.MUNICIPALITY) {
            q.setParameter("unit", s.id());
        }
        Map<Long, String[]> names = new HashMap<>();
        for (Object[] r : q.getResultList()) {
            names.put((Long) r[0], new String[] {r[2] + ", " + r[1], (String) r[3]});
        }
        return names;
    }

    private static BigDecimal hours(long minutes) {
        return BigDecimal.valueOf(minutes).divide(SIXTY, 2, RoundingMode.HALF_UP);
    }
}
