package se.hemtjanst.billing.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import se.hemtjanst.billing.domain.ExactHours;
import se.hemtjanst.shared.infrastructure.InLists;
import se.hemtjanst.shared.infrastructure.Jdbc;

/**
 * The ordered time per client and month (changelog 017): Beviljad tid LOV of the frame, rounded as the reports show
 * it, kept for a window of months around today so that the municipality's follow-up need not prorate every order
 * at each view. Exact at every read: triggers mark the client of every changed order, version
 * or pause in {@code granted_change} within the writing transaction; a read takes the summary for the clients
 * without a mark and computes the marked ones from their orders ({@link BillingInputs#grantedRamtid}, the
 * settlement's own proration), and a month outside the built window is computed from the orders altogether.
 *
 * <p>For the whole municipality only: a district's 1,250 orders are prorated in less time than its clients' rows are
 * read (measured on both databases, docs/benchmarks.md). The figure is the client's: all its orders, of every
 * provider, prorated together; a provider's own share (a client who changed provider) is computed from its orders.
 */
@ApplicationScoped
// Reads go straight to JDBC on the transaction's connection (there is none outside a transaction): joins the
// caller's transaction, or runs in one of its own when called outside (a test, say).
@jakarta.transaction.Transactional
public class GrantedMonths {

    /** The window kept built: this many months before the current one (a year of follow-up and its comparison). */
    static final int MONTHS_BACK = 13;
    /** And this many after it (orders written ahead). */
    static final int MONTHS_AHEAD = 1;
    /** A read lists at most this many marked clients; with more, it computes from the orders. */
    static final int READ_MARKED_CLIENTS = 1_000;
    /** A fold with more marked clients than this rebuilds every built month whole (after a bulk load). */
    static final int WHOLE_CLIENTS = 2_000;
    /** Orders read per chunk of marked clients (an IN list of the client ids). */
    private static final int CLIENT_CHUNK = 512;

    @PersistenceContext(unitName = "hemtjanst")
    EntityManager em;

    @Inject
    BillingInputs inputs;

    @Inject
    Clock clock;

    /**
     * Rounded ordered hours of every client per month from {@code from} to {@code to} (each month present) and
     * client (clients without ordered time in the month absent). Empty when a month is outside the built window or
     * more than {@value #READ_MARKED_CLIENTS} clients wait to be folded: the caller then computes from the orders.
     */
    public Optional<Map<YearMonth, Map<Long, BigDecimal>>> ramtid(YearMonth from, YearMonth to) {
        long months = from.until(to, java.time.temporal.ChronoUnit.MONTHS) + 1;
        if (number(em.createNativeQuery("SELECT COUNT(*) FROM granted_month_built WHERE month_start BETWEEN ? AND ?")
                .setParameter(1, Date.valueOf(from.atDay(1))).setParameter(2, Date.valueOf(to.atDay(1)))
                .getSingleResult()) != months) {
            return Optional.empty();
        }
        List<Long> marked = ((List<?>) em.createNativeQuery("SELECT DISTINCT client_id FROM granted_change"
                + " FETCH FIRST " + (READ_MARKED_CLIENTS + 1) + " ROWS ONLY").getResultList()).stream()
                .map(GrantedMonths::number).toList();
        if (marked.size() > READ_MARKED_CLIENTS) {
            return Optional.empty();
        }
        // A statement per month: the month is then known without reading a date per row, and each month's map is
        // filled straight from its rows (16,000 a month), read from the covering index alone.
        List<Long> padded = InLists.padded(marked);
        String sql = "SELECT s.client_id, s.hours FROM granted_month s WHERE s.month_start = ?"
                + (padded.isEmpty() ? "" : " AND s.client_id NOT IN ("
                + String.join(", ", java.util.Collections.nCopies(padded.size(), "?")) + ")");
        Map<YearMonth, Map<Long, BigDecimal>> result = new LinkedHashMap<>();
        int expected = -1;
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            List<Object> params = new ArrayList<>();
            params.add(Date.valueOf(m.atDay(1)));
            params.addAll(padded);
            // Sized after the previous month's clients, so the map is not rehashed as it fills.
            Map<Long, BigDecimal> month = new HashMap<>(expected < 0 ? 16 : expected * 4 / 3 + 16);
            Jdbc.query(em, sql, params, rs -> month.put(rs.getLong(1), rs.getBigDecimal(2)));
            expected = month.size();
            result.put(m, month);
        }
        if (!marked.isEmpty()) {
            positive(inputs.grantedRamtid("o.client.id in :clients", Map.of("clients", padded), from, to), from, to)
                    .forEach((m, clients) -> result.get(m).putAll(clients));
        }
        return Optional.of(result);
    }

    /**
     * One step of upkeep, in the caller's transaction: folds the marks (every marked client's built months computed
     * again from the committed orders), or else builds one missing month of the window. Returns how much it did
     * (clients folded, or the rows of a built month; at least 1 after a build), 0 when there was nothing to do.
     */
    public int refresh() {
        Object[] pending = (Object[]) em.createNativeQuery("SELECT MAX(id), COUNT(DISTINCT client_id)"
                + " FROM granted_change").getSingleResult();
        TreeSet<YearMonth> built = builtMonths();
        if (pending[0] != null) {
            long upTo = number(pending[0]);
            long clients = number(pending[1]);
            // Marks first, then the orders: a change committed before the delete is in what is read after it; one
            // committed later leaves a mark with a higher id for the next fold.
            List<Long> marked = clients > WHOLE_CLIENTS ? List.of()
                    : ((List<?>) em.createNativeQuery("SELECT DISTINCT client_id FROM granted_change WHERE id <= ?")
                    .setParameter(1, upTo).getResultList()).stream().map(GrantedMonths::number).toList();
            em.createNativeQuery("DELETE FROM granted_change WHERE id <= ?").setParameter(1, upTo).executeUpdate();
            if (!built.isEmpty()) {
                if (clients > WHOLE_CLIENTS) {
                    rebuild(built);
                } else {
                    rebuildClients(marked, built);
                }
            }
            return (int) Math.max(1, clients);
        }
        YearMonth now = YearMonth.now(clock);
        YearMonth first = now.minusMonths(MONTHS_BACK);
        YearMonth last = now.plusMonths(MONTHS_AHEAD);
        // The current month first, then back in time, then ahead: the months most asked for are built first.
        List<YearMonth> wanted = new ArrayList<>();
        for (YearMonth m = now; !m.isBefore(first); m = m.minusMonths(1)) {
            wanted.add(m);
        }
        for (YearMonth m = now.plusMonths(1); !m.isAfter(last); m = m.plusMonths(1)) {
            wanted.add(m);
        }
        for (YearMonth m : wanted) {
            if (!built.contains(m)) {
                int rows = build(m);
                // Months that left the window are dropped: their figures are computed from the orders when asked.
                em.createNativeQuery("DELETE FROM granted_month WHERE month_start < ?")
                        .setParameter(1, Date.valueOf(first.atDay(1))).executeUpdate();
                em.createNativeQuery("DELETE FROM granted_month_built WHERE month_start < ?")
                        .setParameter(1, Date.valueOf(first.atDay(1))).executeUpdate();
                return Math.max(1, rows);
            }
        }
        return 0;
    }

    private TreeSet<YearMonth> builtMonths() {
        TreeSet<YearMonth> built = new TreeSet<>();
        for (Object o : em.createNativeQuery("SELECT month_start FROM granted_month_built").getResultList()) {
            built.add(YearMonth.from(day(o instanceof Object[] a ? a[0] : o)));
        }
        return built;
    }

    /** Builds one month for every client from the committed orders. */
    private int build(YearMonth month) {
        Map<YearMonth, Map<Long, BigDecimal>> figures = positive(inputs.grantedRamtid("1 = 1", Map.of(), month, month),
                month, month);
        em.createNativeQuery("DELETE FROM granted_month WHERE month_start = ?")
                .setParameter(1, Date.valueOf(month.atDay(1))).executeUpdate();
        int rows = insert(figures);
        em.createNativeQuery("INSERT INTO granted_month_built (month_start, built_at) VALUES (?, ?)")
                .setParameter(1, Date.valueOf(month.atDay(1)))
                .setParameter(2, Timestamp.from(clock.instant())).executeUpdate();
        return rows;
    }

    /** Every built month again, for every client (after a bulk load of orders). */
    private void rebuild(TreeSet<YearMonth> built) {
        Map<YearMonth, Map<Long, BigDecimal>> figures = positive(inputs.grantedRamtid("1 = 1", Map.of(),
                built.first(), built.last()), built.first(), built.last());
        figures.keySet().retainAll(built);
        em.createNativeQuery("DELETE FROM granted_month").executeUpdate();
        insert(figures);
    }

    /** The built months of the given clients again, a chunk of clients per orders query. */
    private void rebuildClients(List<Long> clients, TreeSet<YearMonth> built) {
        for (int i = 0; i < clients.size(); i += CLIENT_CHUNK) {
            List<Long> chunk = clients.subList(i, Math.min(clients.size(), i + CLIENT_CHUNK));
            Map<YearMonth, Map<Long, BigDecimal>> figures = positive(inputs.grantedRamtid("o.client.id in :clients",
                    Map.of("clients", InLists.padded(chunk)), built.first(), built.last()), built.first(), built.last());
            figures.keySet().retainAll(built);
            Jdbc.perRow(em, "DELETE FROM granted_month WHERE client_id = ?", chunk,
                    (st, client) -> st.setLong(1, client));
            insert(figures);
        }
    }

    private int insert(Map<YearMonth, Map<Long, BigDecimal>> figures) {
        List<Object[]> rows = new ArrayList<>();
        figures.forEach((m, clients) -> clients.forEach((client, h) -> rows.add(new Object[] {client, m, h})));
        Jdbc.perRow(em, "INSERT INTO granted_month (client_id, month_start, hours) VALUES (?, ?, ?)", rows,
                (st, r) -> {
                    st.setLong(1, (Long) r[0]);
                    st.setDate(2, Date.valueOf(((YearMonth) r[1]).atDay(1)));
                    st.setBigDecimal(3, (BigDecimal) r[2]);
                });
        return rows.size();
    }

    /**
     * By month from {@code from} to {@code to} (each present), rounded as shown (2 decimals, once per client and
     * month); clients without ordered time in a month left out of it.
     */
    public static Map<YearMonth, Map<Long, BigDecimal>> positive(Map<Long, Map<YearMonth, ExactHours>> exact,
                                                                YearMonth from, YearMonth to) {
        Map<YearMonth, Map<Long, BigDecimal>> result = new LinkedHashMap<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            result.put(m, new HashMap<>());
        }
        exact.forEach((client, months) -> months.forEach((m, h) -> {
            BigDecimal r = h.rounded();
            Map<Long, BigDecimal> month = result.get(m);
            if (r.signum() > 0 && month != null) {
                month.put(client, r);
            }
        }));
        return result;
    }

    private static long number(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }

    private static LocalDate day(Object o) {
        return o instanceof Date d ? d.toLocalDate() : (LocalDate) o;
    }

    /** The months kept built (monitoring and tests). */
    public Set<YearMonth> built() {
        return builtMonths();
    }
}
