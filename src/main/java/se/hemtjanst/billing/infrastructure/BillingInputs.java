package se.hemtjanst.billing.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.hemtjanst.billing.domain.ClientMonth;
import se.hemtjanst.billing.domain.ExactHours;
import se.hemtjanst.billing.domain.FrameOrderVersion;
import se.hemtjanst.billing.domain.GrantedTime;
import se.hemtjanst.billing.domain.OutOfFrameService;
import se.hemtjanst.billing.domain.PausePeriod;
import se.hemtjanst.billing.domain.PerformedVisit;
import se.hemtjanst.catalog.domain.ServiceType;
import se.hemtjanst.order.domain.OrderStatus;
import se.hemtjanst.shared.infrastructure.Jdbc;
import se.hemtjanst.visit.domain.Visit;
import se.hemtjanst.visit.domain.VisitStatus;

/**
 * Assembles the billing inputs of a provider's month from the orders and visits, set-based: projection queries for the
 * orders (with their versions, pauses and services outside the frame; see {@link #orderFacts}), one for the visits, one
 * for the catalogue — never a query per client. The screen (one client) and the monthly run (every client) use this
 * same assembly, so they give identical figures. A read-side projection: it changes nothing.
 */
@ApplicationScoped
public class BillingInputs {

    @PersistenceContext(unitName = "hemtjanst")
    EntityManager em;

    @jakarta.inject.Inject
    java.time.Clock clock;

    /** The client months of a provider, by client id; only clients with an order in force or a visit. */
    public Map<Long, ClientMonth> forProvider(long providerId, YearMonth month, Long onlyClient) {
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        String where = " where o.provider.id = :provider"
                + " and o.status <> :draft and o.validity.validFrom <= :last"
                + " and (o.validity.validTo is null or o.validity.validTo >= :first)"
                + (onlyClient == null ? "" : " and o.client.id = :client");
        Map<String, Object> params = new HashMap<>(Map.of("provider", providerId, "draft", OrderStatus.DRAFT,
                "first", first, "last", last));
        if (onlyClient != null) {
            params.put("client", onlyClient);
        }
        Instant from = first.atStartOfDay(Visit.ZONE).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(Visit.ZONE).toInstant();
        // The visits: the columns billing needs, read straight from the result set (no entities, and no JPA result rows
        // either: a Stockholm-sized month is a million visits, and loading Visit entities would fetch each visit's
        // deviations and client with queries of their own). Columns of the visit table only, so the covering index
        // ix_visit_billing (changelog 012) answers it without a join or a row fetch. Locked is decided in the query
        // (locked once its correction window has passed, whether or not the nightly lock has run yet), so the row
        // carries one flag instead of a date to convert.
        String visitSql = "select client_id, service_code, arrival_at, departure_at, declined,"
                + " case when locked = TRUE or correct_by < ? then 1 else 0 end from visit"
                + " where provider_id = ? and status = ? and arrival_at >= ? and arrival_at < ?"
                + (onlyClient == null ? "" : " and client_id = ?");
        List<Object> visitParams = new ArrayList<>(List.of(java.sql.Date.valueOf(LocalDate.now(clock)), providerId,
                VisitStatus.COMPLETE.name(), Timestamp.from(from), Timestamp.from(to)));
        if (onlyClient != null) {
            visitParams.add(onlyClient);
        }
        Map<String, ServiceType> catalogue = catalogue();
        Map<Long, List<OrderFacts>> ordersByClient = orderFacts(where, params, catalogue);
        Map<Long, List<PerformedVisit>> visitsByClient = new HashMap<>();
        Map<String, VisitService> services = new HashMap<>();
        Jdbc.query(em, visitSql, visitParams, row -> {
            VisitService service = services.computeIfAbsent(row.getString(2), code -> VisitService.of(code, catalogue));
            // Timestamp to Instant as the entity's InstantConverter reads them, so both read the same instants.
            visitsByClient.computeIfAbsent(row.getLong(1), k -> new ArrayList<>()).add(new PerformedVisit(
                    service.code(), service.name(), service.inFrame(), service.lovBilled(),
                    row.getTimestamp(3).toInstant(), row.getTimestamp(4).toInstant(), row.getBoolean(5),
                    row.getInt(6) == 1));
        });
        Map<Long, ClientMonth> result = new LinkedHashMap<>();
        java.util.Set<Long> clients = new java.util.LinkedHashSet<>(ordersByClient.keySet());
        clients.addAll(visitsByClient.keySet());
        for (Long clientId : clients) {
            GrantedTime granted = granted(ordersByClient.getOrDefault(clientId, List.of()));
            result.put(clientId, new ClientMonth(String.valueOf(clientId), month, granted,
                    visitsByClient.getOrDefault(clientId, List.of())));
        }
        return result;
    }

    /**
     * Beviljad tid LOV of the frame (ramtid prorated for versions and order periods, pauses deducted) per client and
     * month, for the clients a condition on the order selects ({@code o} is the order: e.g.
     * {@code o.client.district.id = :unit}). Two projection queries (orders with versions, pauses; see
     * {@link #orderFacts}): the ramtid needs no services outside the frame, and a municipality has 16,000 orders.
     * The proration is the settlement's own ({@link #granted(List)}).
     */
    public Map<Long, Map<YearMonth, ExactHours>> grantedRamtid(String orderCondition, Long unit, YearMonth from,
                                                                YearMonth to) {
        return grantedRamtid(orderCondition, unit == null ? Map.of() : Map.of("unit", unit), from, to);
    }

    /** As {@link #grantedRamtid(String, Long, YearMonth, YearMonth)}, the condition's parameters named. */
    public Map<Long, Map<YearMonth, ExactHours>> grantedRamtid(String orderCondition, Map<String, ?> conditionParams,
                                                                YearMonth from, YearMonth to) {
        String where = " where o.status <> :draft"
                + " and o.validity.validFrom <= :last and (o.validity.validTo is null or o.validity.validTo >= :first)"
                + " and " + orderCondition;
        Map<String, Object> params = new HashMap<>(Map.of("draft", OrderStatus.DRAFT, "first", from.atDay(1),
                "last", to.atEndOfMonth()));
        params.putAll(conditionParams);
        Map<Long, List<OrderFacts>> byClient = orderFacts(where, params, null);
        Map<Long, Map<YearMonth, ExactHours>> result = new LinkedHashMap<>();
        byClient.forEach((clientId, list) -> {
            GrantedTime granted = granted(list);
            Map<YearMonth, ExactHours> months = new LinkedHashMap<>();
            for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
                months.put(m, granted.ramtidLov(m));
            }
            result.put(clientId, months);
        });
        return result;
    }

    /**
     * What the granted time depends on, per client, for the orders the condition selects ({@code o} is the order):
     * projection queries, no entities. The orders with their versions in one query (an order has at least one
     * version), the pauses in another, and - with a catalogue - the services outside the frame in a third (their
     * LOV billing from the catalogue). Loading the order entities instead fetched every version's service lines
     * and goals as objects: a fifth of the monthly run's time, for the few columns read here.
     */
    private Map<Long, List<OrderFacts>> orderFacts(String where, Map<String, Object> params,
                                                   Map<String, ServiceType> catalogue) {
        TypedQuery<Object[]> rows = em.createQuery("select o.id, o.client.id, o.validity.validFrom,"
                + " o.validity.validTo, o.endedOn, v.appliesFrom, v.overrideHours, v.computedHours, v.id"
                + " from FrameOrder o join o.versions v" + where + " order by o.id, v.versionNo", Object[].class);
        params.forEach(rows::setParameter);
        TypedQuery<Object[]> pauseRows = em.createQuery("select o.id, p.firstDay, p.lastDay from FrameOrder o"
                + " join o.pauses p" + where + " order by o.id, index(p)", Object[].class);
        params.forEach(pauseRows::setParameter);
        Map<Long, List<PausePeriod>> pauses = new HashMap<>();
        for (Object[] r : pauseRows.getResultList()) {
            pauses.computeIfAbsent((Long) r[0], k -> new ArrayList<>())
                    .add(new PausePeriod((LocalDate) r[1], (LocalDate) r[2]));
        }
        Map<Long, List<OutOfFrameService>> outside = new HashMap<>();
        if (catalogue != null) {
            TypedQuery<Object[]> serviceRows = em.createQuery("select v.id, s.serviceCode, s.serviceName, s.ownHours"
                    + " from FrameOrder o join o.versions v join v.services s" + where + " and s.inFrame = false"
                    + " order by v.id, index(s)", Object[].class);
            params.forEach(serviceRows::setParameter);
            for (Object[] r : serviceRows.getResultList()) {
                ServiceType type = catalogue.get((String) r[1]);
                outside.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add(new OutOfFrameService((String) r[1],
                        (String) r[2], (java.math.BigDecimal) r[3], type == null || type.lovBilled()));
            }
        }
        Map<Long, List<OrderFacts>> byClient = new LinkedHashMap<>();
        Long currentOrder = null;
        List<VersionFacts> versions = null;
        for (Object[] r : rows.getResultList()) {
            Long orderId = (Long) r[0];
            if (!orderId.equals(currentOrder)) {
                currentOrder = orderId;
                versions = new ArrayList<>();
                byClient.computeIfAbsent((Long) r[1], k -> new ArrayList<>()).add(new OrderFacts((LocalDate) r[2],
                        (LocalDate) r[3], (LocalDate) r[4], versions, pauses.getOrDefault(orderId, List.of())));
            }
            java.math.BigDecimal hours = r[6] != null ? (java.math.BigDecimal) r[6] : (java.math.BigDecimal) r[7];
            versions.add(new VersionFacts((LocalDate) r[5], hours, outside.getOrDefault((Long) r[8], List.of())));
        }
        return byClient;
    }

    /** The service codes inside the frame (any definition of the code). */
    public java.util.Set<String> inFrameCodes() {
        java.util.Set<String> codes = new java.util.HashSet<>();
        catalogue().values().stream().filter(ServiceType::inFrame).forEach(s -> codes.add(s.code()));
        return codes;
    }

    /** The catalogue by code (its newest definition): names, in/out of frame, LOV-billed. */
    private Map<String, ServiceType> catalogue() {
        Map<String, ServiceType> byCode = new HashMap<>();
        for (ServiceType s : em.createQuery("select s from ServiceType s order by s.validity.validFrom", ServiceType.class)
                .setHint("eclipselink.read-only", "true").getResultList()) {
            byCode.put(s.code(), s);
        }
        return byCode;
    }

    /** What billing needs of a visit's service code from the catalogue (an unknown code: in the frame, LOV-billed). */
    private record VisitService(String code, String name, boolean inFrame, boolean lovBilled) {
        static VisitService of(String code, Map<String, ServiceType> catalogue) {
            ServiceType type = catalogue.get(code);
            return type == null ? new VisitService(code, code, true, true)
                    : new VisitService(code, type.name(), type.inFrame(), type.lovBilled());
        }
    }

    /** What the granted time of an order depends on: its period, its versions in order and its pauses. */
    record OrderFacts(LocalDate validFrom, LocalDate validTo, LocalDate endedOn, List<VersionFacts> versions,
                      List<PausePeriod> pauses) {
    }

    /** A version: the day it applies from, its ramtid per month and the services outside the frame. */
    record VersionFacts(LocalDate appliesFrom, java.math.BigDecimal ramtidHours, List<OutOfFrameService> outside) {
    }

    /**
     * The order versions in force, each from its first day to the day before the next version (or the order's
     * end), and the pauses. A later order of the same client and provider cuts an earlier one short.
     */
    static GrantedTime granted(List<OrderFacts> orders) {
        List<FrameOrderVersion> versions = new ArrayList<>();
        List<PausePeriod> pauses = new ArrayList<>();
        for (OrderFacts order : orders) {
            LocalDate start = order.validFrom();
            LocalDate end = order.validTo();
            if (order.endedOn() != null && order.endedOn().isBefore(start)) {
                continue;
            }
            List<VersionFacts> vs = order.versions();
            for (int i = 0; i < vs.size(); i++) {
                VersionFacts v = vs.get(i);
                LocalDate from = v.appliesFrom().isBefore(start) ? start : v.appliesFrom();
                LocalDate to = i + 1 < vs.size() ? vs.get(i + 1).appliesFrom().minusDays(1) : end;
                if (to != null && to.isBefore(from)) {
                    continue;
                }
                versions.add(new FrameOrderVersion(from, to, v.ramtidHours(), v.outside()));
            }
            pauses.addAll(order.pauses());
        }
        versions.sort(Comparator.comparing(FrameOrderVersion::validFrom));
        List<FrameOrderVersion> disjoint = new ArrayList<>();
        for (int i = 0; i < versions.size(); i++) {
            FrameOrderVersion v = versions.get(i);
            if (i + 1 < versions.size()) {
                LocalDate nextFrom = versions.get(i + 1).validFrom();
                if (v.validTo() == null || !v.validTo().isBefore(nextFrom)) {
                    if (!nextFrom.isAfter(v.validFrom())) {
                        continue;
                    }
                    v = new FrameOrderVersion(v.validFrom(), nextFrom.minusDays(1), v.ramtidHoursPerMonth(),
                            v.outOfFrameServices());
                }
            }
            disjoint.add(v);
        }
        return new GrantedTime(disjoint, pauses);
    }
}
