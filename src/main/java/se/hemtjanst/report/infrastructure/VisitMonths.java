package se.hemtjanst.report.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.hemtjanst.shared.infrastructure.Jdbc;

/**
 * The monthly per-client visit summary (changelog 014): what the follow-up reports read instead of a month of
 * visit rows, and its upkeep.
 *
 * <p>Exact at every read: a trigger marks every changed visit's client and day in {@code visit_change} within the
 * writing transaction. A read takes the summary for the clients without a mark in the month and aggregates the
 * visits of the marked clients themselves, in one statement. {@link #refresh} folds the marks into the summary:
 * it deletes the marks it read first and then rebuilds those clients' months from the visits, in one
 * transaction, so a mark is only gone once the rows that include its change are written.
 */
@ApplicationScoped
// Reads go straight to JDBC on the transaction's connection (there is none outside a transaction): joins the
// caller's transaction, or runs in one of its own when called outside (a test, say).
@jakarta.transaction.Transactional
public class VisitMonths {

    /** Which clients a figure is about: all, a district's (the client's district), a provider's, one client. */
    public enum Unit { ALL, DISTRICT, PROVIDER, CLIENT }

    /**
     * A month with more marked clients than this is rebuilt whole (one set-based statement). Client by client costs
     * under a millisecond each; the whole month of Stockholm took 43 s on Derby while phones scanned, so it is kept
     * for months marked as a whole (after a bulk load) and for more marked clients than a month normally has.
     */
    static final int WHOLE_MONTH_CLIENTS = 20_000;
    /** A read lists at most this many marked clients; with more, it reads the month from the visits. */
    static final int READ_MARKED_CLIENTS = 1_000;

    @PersistenceContext(unitName = "hemtjanst")
    EntityManager em;

    /**
     * Per client: minutes and number of the month's complete, not declined visits of the given services. Clients
     * without such visits are absent.
     */
    public Map<Long, long[]> performed(Unit unit, Long id, YearMonth month, Collection<String> services) {
        Map<Long, long[]> result = new HashMap<>();
        if (services.isEmpty()) {
            return result;
        }
        String in = " IN (" + placeholders(services.size()) + ")";
        String client = summaryClient(unit);
        Part summary = new Part("SELECT " + client + ", SUM(s.minutes), SUM(s.visits) FROM"
                + summaryFrom("visit_month", "IX_VISIT_MONTH_COVER", unit)
                + " s.month_start = ? AND s.service_code" + in + condition("s", unit),
                " GROUP BY " + client, client);
        summary.params.add(Date.valueOf(month.atDay(1)));
        summary.params.addAll(services);
        addUnit(summary.params, unit, id);
        Part visits = new Part("SELECT v.client_id, SUM(v.minutes), COUNT(*) FROM visit v" + join("v", unit)
                + " WHERE v.visit_day BETWEEN ? AND ? AND v.status = 'COMPLETE' AND v.declined = FALSE"
                + " AND v.service_code" + in + condition("v", unit), " GROUP BY v.client_id", "v.client_id");
        visits.params.add(Date.valueOf(month.atDay(1)));
        visits.params.add(Date.valueOf(month.atEndOfMonth()));
        visits.params.addAll(services);
        addUnit(visits.params, unit, id);
        for (Object[] r : read(month, summary, visits)) {
            long[] acc = result.computeIfAbsent(number(r[0]), k -> new long[2]);
            acc[0] += number(r[1]);
            acc[1] += number(r[2]);
        }
        return result;
    }

    /** Per client with a complete visit in the month (declined included): the number of different staff met. */
    public Map<Long, Long> staff(Unit unit, Long id, YearMonth month) {
        String client = summaryClient(unit);
        Part summary = new Part("SELECT " + client + ", SUM(s.staff_count) FROM"
                + summaryFrom("visit_month_staff", "IX_VISIT_MONTH_STAFF_COVER", unit)
                + " s.month_start = ?" + condition("s", unit), " GROUP BY " + client, client);
        summary.params.add(Date.valueOf(month.atDay(1)));
        addUnit(summary.params, unit, id);
        Part visits = new Part("SELECT v.client_id, COUNT(DISTINCT v.staff) FROM visit v" + join("v", unit)
                + " WHERE v.visit_day BETWEEN ? AND ? AND v.status = 'COMPLETE'" + condition("v", unit),
                " GROUP BY v.client_id", "v.client_id");
        visits.params.add(Date.valueOf(month.atDay(1)));
        visits.params.add(Date.valueOf(month.atEndOfMonth()));
        addUnit(visits.params, unit, id);
        Map<Long, Long> result = new HashMap<>();
        for (Object[] r : read(month, summary, visits)) {
            result.merge(number(r[0]), number(r[1]), Long::sum);
        }
        return result;
    }

    /**
     * Per client with complete visits (declined included) from {@code first} to {@code last}, at most 31 days: the
     * number of different staff met and the number of visits. One statement: the days' columns of
     * {@code visit_staff_days} for the clients without a mark in the days, the visits for the marked ones; a
     * whole-month mark in a month of the window, or more than {@value #READ_MARKED_CLIENTS} marked clients, reads
     * the visits only.
     */
    public Map<Long, long[]> staffInDays(Unit unit, Long id, LocalDate first, LocalDate last) {
        if (last.isBefore(first) || first.plusDays(30).isBefore(last)) {
            throw new IllegalArgumentException("1 to 31 days, not " + first + " to " + last);
        }
        YearMonth firstMonth = YearMonth.from(first);
        YearMonth lastMonth = YearMonth.from(last);
        @SuppressWarnings("unchecked")
        List<Object> marked = em.createNativeQuery("SELECT DISTINCT client_id FROM visit_change"
                        + " WHERE visit_day BETWEEN ? AND ? FETCH FIRST " + (READ_MARKED_CLIENTS + 1) + " ROWS ONLY")
                .setParameter(1, Date.valueOf(first)).setParameter(2, Date.valueOf(last)).getResultList();
        boolean wholeMonthMarked = number(em.createNativeQuery("SELECT COUNT(*) FROM visit_change"
                        + " WHERE client_id IS NULL AND visit_day BETWEEN ? AND ?")
                .setParameter(1, Date.valueOf(firstMonth.atDay(1)))
                .setParameter(2, Date.valueOf(lastMonth.atEndOfMonth())).getSingleResult()) > 0;
        List<String> parts = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        String visits = "SELECT v.client_id, v.staff, COUNT(*) AS n FROM visit v" + join("v", unit)
                + " WHERE v.visit_day BETWEEN ? AND ? AND v.status = 'COMPLETE'" + condition("v", unit);
        if (wholeMonthMarked || marked.size() > READ_MARKED_CLIENTS || marked.contains(null)) {
            params.add(Date.valueOf(first));
            params.add(Date.valueOf(last));
            addUnit(params, unit, id);
            return staffPerClient(rows("SELECT v.client_id, COUNT(DISTINCT v.staff), COUNT(*) FROM visit v"
                    + join("v", unit) + " WHERE v.visit_day BETWEEN ? AND ? AND v.status = 'COMPLETE'"
                    + condition("v", unit) + " GROUP BY v.client_id", params));
        } else if (marked.isEmpty() && firstMonth.equals(lastMonth)) {
            // The common case, one month and nothing to refold: one grouped read of the summary, without the derived
            // table (which makes Derby sort every row twice).
            String sum = daySum(first.getDayOfMonth(), last.getDayOfMonth());
            params.add(Date.valueOf(firstMonth.atDay(1)));
            addUnit(params, unit, id);
            return staffPerClient(rows("SELECT s.client_id, COUNT(DISTINCT s.staff), SUM(" + sum + ")"
                    + " FROM visit_staff_days s" + join("s", unit) + " WHERE s.month_start = ? AND " + sum + " > 0"
                    + condition("s", unit) + " GROUP BY s.client_id", params));
        } else {
            List<Long> clients = se.hemtjanst.shared.infrastructure.InLists.padded(
                    marked.stream().map(VisitMonths::number).toList());
            String list = " (" + placeholders(clients.size()) + ")";
            for (YearMonth m = firstMonth; !m.isAfter(lastMonth); m = m.plusMonths(1)) {
                int from = m.equals(firstMonth) ? first.getDayOfMonth() : 1;
                int to = m.equals(lastMonth) ? last.getDayOfMonth() : m.lengthOfMonth();
                String sum = daySum(from, to);
                parts.add("SELECT s.client_id, s.staff, " + sum + " AS n FROM visit_staff_days s" + join("s", unit)
                        + " WHERE s.month_start = ? AND " + sum + " > 0" + condition("s", unit)
                        + (clients.isEmpty() ? "" : " AND s.client_id NOT IN" + list));
                params.add(Date.valueOf(m.atDay(1)));
                addUnit(params, unit, id);
                params.addAll(clients);
            }
            if (!clients.isEmpty()) {
                parts.add(visits + " AND v.client_id IN" + list + " GROUP BY v.client_id, v.staff");
                params.add(Date.valueOf(first));
                params.add(Date.valueOf(last));
                addUnit(params, unit, id);
                params.addAll(clients);
            }
        }
        return staffPerClient(rows("SELECT x.client_id, COUNT(DISTINCT x.staff), SUM(x.n) FROM ("
                + String.join(" UNION ALL ", parts) + ") x GROUP BY x.client_id", params));
    }

    private static Map<Long, long[]> staffPerClient(List<Object[]> rows) {
        Map<Long, long[]> result = new HashMap<>();
        for (Object[] r : rows) {
            result.put(number(r[0]), new long[] {number(r[1]), number(r[2])});
        }
        return result;
    }

    /** The SQL sum of the day columns {@code from} to {@code to}. */
    private static String daySum(int from, int to) {
        StringBuilder sum = new StringBuilder(dayColumn(from));
        for (int d = from + 1; d <= to; d++) {
            sum.append(" + ").append(dayColumn(d));
        }
        return sum.toString();
    }

    /** A SELECT without its GROUP BY, the GROUP BY, the client column to restrict, and the parameters. */
    private static final class Part {
        final String select;
        final String groupBy;
        final String client;
        final List<Object> params = new ArrayList<>();

        Part(String select, String groupBy, String client) {
            this.select = select;
            this.groupBy = groupBy;
            this.client = client;
        }
    }

    /**
     * The month's rows: from the summary for the clients without a mark in the month, from the visits for the
     * marked ones, in one statement. The marked clients are read first: if one of them is folded meanwhile, it is
     * still read from its visits, which is exact; a mark that arrives meanwhile is a change committed after this
     * read began. A whole-month mark, or a bulk of marked clients, reads the visits only.
     */
    private List<Object[]> read(YearMonth month, Part summary, Part visits) {
        @SuppressWarnings("unchecked")
        List<Object> marked = em.createNativeQuery("SELECT DISTINCT client_id FROM visit_change"
                        + " WHERE visit_day BETWEEN ? AND ? FETCH FIRST " + (READ_MARKED_CLIENTS + 1) + " ROWS ONLY")
                .setParameter(1, Date.valueOf(month.atDay(1))).setParameter(2, Date.valueOf(month.atEndOfMonth()))
                .getResultList();
        if (marked.isEmpty()) {
            return rows(summary.select + summary.groupBy, summary.params);
        }
        if (marked.size() > READ_MARKED_CLIENTS || marked.contains(null)) {
            return rows(visits.select + visits.groupBy, visits.params);
        }
        List<Long> clients = se.hemtjanst.shared.infrastructure.InLists.padded(
                marked.stream().map(VisitMonths::number).toList());
        String list = " (" + placeholders(clients.size()) + ")";
        List<Object> params = new ArrayList<>(summary.params);
        params.addAll(clients);
        params.addAll(visits.params);
        params.addAll(clients);
        return rows(summary.select + " AND " + summary.client + " NOT IN" + list + summary.groupBy + " UNION ALL "
                + visits.select + " AND " + visits.client + " IN" + list + visits.groupBy, params);
    }

    /**
     * Folds up to {@code limit} marks (oldest first) into the summary; to run in a transaction of its own. Returns
     * the number of marks folded (0: the summary is up to date).
     */
    public int refresh(int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> marks = em.createNativeQuery("SELECT id, client_id, visit_day FROM visit_change ORDER BY id"
                + " FETCH FIRST " + limit + " ROWS ONLY").getResultList();
        if (marks.isEmpty()) {
            return 0;
        }
        Map<YearMonth, Set<Long>> clients = new LinkedHashMap<>();
        Map<YearMonth, List<Long>> ids = new LinkedHashMap<>();
        Set<YearMonth> whole = new LinkedHashSet<>();
        for (Object[] m : marks) {
            YearMonth month = YearMonth.from(day(m[2]));
            ids.computeIfAbsent(month, k -> new ArrayList<>()).add(number(m[0]));
            if (m[1] == null) {
                whole.add(month);
            } else {
                clients.computeIfAbsent(month, k -> new LinkedHashSet<>()).add(number(m[1]));
            }
        }
        clients.forEach((month, set) -> {
            if (set.size() > WHOLE_MONTH_CLIENTS) {
                whole.add(month);
            }
        });
        for (YearMonth month : whole) {
            // Only the marks read, by id: a range delete over the month's marks took so many row locks that Derby
            // escalated to a table lock and deadlocked with the visit trigger's inserts while phones scanned. Marks
            // written meanwhile stay and are folded again next time (the rebuild may already include them).
            perRow("DELETE FROM visit_change WHERE id = ?", ids.get(month), (st, id) -> st.setLong(1, id));
            rebuildMonth(month);
        }
        for (Map.Entry<YearMonth, Set<Long>> e : clients.entrySet()) {
            if (whole.contains(e.getKey())) {
                continue;
            }
            perRow("DELETE FROM visit_change WHERE id = ?", ids.get(e.getKey()), (st, id) -> st.setLong(1, id));
            rebuildClients(e.getKey(), e.getValue());
        }
        return marks.size();
    }

    /** Marks not folded yet (for monitoring and tests). */
    public long pending() {
        return number(em.createNativeQuery("SELECT COUNT(*) FROM visit_change").getSingleResult());
    }

    /**
     * Rebuilds the month of the marked clients, one client per statement execution in JDBC batches: each statement
     * reads one client's rows by index. A list of clients in an IN made Derby scan the whole month of the summary and
     * of the marks, testing every row against the list (seconds per fold while phones scan).
     */
    private void rebuildClients(YearMonth month, Collection<Long> clientIds) {
        Date first = Date.valueOf(month.atDay(1));
        Date last = Date.valueOf(month.atEndOfMonth());
        perRow("DELETE FROM visit_month WHERE month_start = ? AND client_id = ?", clientIds, (st, id) -> {
            st.setDate(1, first);
            st.setLong(2, id);
        });
        perRow("DELETE FROM visit_month_staff WHERE month_start = ? AND client_id = ?", clientIds, (st, id) -> {
            st.setDate(1, first);
            st.setLong(2, id);
        });
        perRow("DELETE FROM visit_staff_days WHERE month_start = ? AND client_id = ?", clientIds, (st, id) -> {
            st.setDate(1, first);
            st.setLong(2, id);
        });
        perRow("INSERT INTO visit_month (month_start, client_id, provider_id, service_code, visits, minutes)"
                + " SELECT CAST(? AS DATE), v.client_id, v.provider_id, v.service_code, COUNT(*),"
                + " SUM(COALESCE(v.minutes, 0)) FROM visit v WHERE v.client_id = ? AND v.visit_day BETWEEN ? AND ?"
                + " AND v.status = 'COMPLETE' AND v.declined = FALSE"
                + " GROUP BY v.client_id, v.provider_id, v.service_code", clientIds, (st, id) -> clientMonth(st, first,
                id, last));
        perRow("INSERT INTO visit_month_staff (month_start, client_id, provider_id, staff_count, visits)"
                + " SELECT CAST(? AS DATE), v.client_id, v.provider_id, COUNT(DISTINCT v.staff), COUNT(*)"
                + " FROM visit v WHERE v.client_id = ? AND v.visit_day BETWEEN ? AND ? AND v.status = 'COMPLETE'"
                + " GROUP BY v.client_id, v.provider_id", clientIds, (st, id) -> clientMonth(st, first, id, last));
        perRow(staffDaysInsert(month, " AND v.client_id = ?"), clientIds, (st, id) -> {
            int i = bindDays(st, month);
            st.setDate(i++, first);
            st.setDate(i++, last);
            st.setLong(i, id);
        });
    }

    /**
     * The INSERT of a month's {@code visit_staff_days} rows: per client, provider and staff member, the complete
     * visits of each day, counted by a comparison with each day of the month (a parameter each: portable SQL, where
     * extracting the day of a date is not). The days after the month's last are 0.
     */
    private static String staffDaysInsert(YearMonth month, String clientCondition) {
        StringBuilder columns = new StringBuilder();
        StringBuilder sums = new StringBuilder();
        for (int d = 1; d <= 31; d++) {
            columns.append(", ").append(dayColumn(d));
            sums.append(d <= month.lengthOfMonth() ? ", SUM(CASE WHEN v.visit_day = ? THEN 1 ELSE 0 END)" : ", 0");
        }
        return "INSERT INTO visit_staff_days (month_start, client_id, provider_id, staff" + columns + ")"
                + " SELECT CAST(? AS DATE), v.client_id, v.provider_id, v.staff" + sums + " FROM visit v"
                + " WHERE v.visit_day BETWEEN ? AND ? AND v.status = 'COMPLETE'" + clientCondition
                + " GROUP BY v.client_id, v.provider_id, v.staff";
    }

    /** Binds the month start and its days (parameters 1 to 1 + days); returns the next parameter's index. */
    private static int bindDays(PreparedStatement st, YearMonth month) throws SQLException {
        st.setDate(1, Date.valueOf(month.atDay(1)));
        for (int d = 1; d <= month.lengthOfMonth(); d++) {
            st.setDate(1 + d, Date.valueOf(month.atDay(d)));
        }
        return 2 + month.lengthOfMonth();
    }

    private static String dayColumn(int day) {
        return day < 10 ? "d0" + day : "d" + day;
    }

    private static void clientMonth(PreparedStatement st, Date first, long clientId, Date last) throws SQLException {
        st.setDate(1, first);
        st.setLong(2, clientId);
        st.setDate(3, first);
        st.setDate(4, last);
    }

    /** One statement executed once per value, in JDBC batches, on the transaction's connection. */
    private <T> void perRow(String sql, Collection<T> values, Jdbc.Binder<T> binder) {
        Jdbc.perRow(em, sql, values, binder);
    }

    /** Rebuilds the whole month from the committed visits: one set-based statement per table. */
    private void rebuildMonth(YearMonth month) {
        Date first = Date.valueOf(month.atDay(1));
        Date last = Date.valueOf(month.atEndOfMonth());
        update("DELETE FROM visit_month WHERE month_start = ?", List.of(first));
        update("DELETE FROM visit_month_staff WHERE month_start = ?", List.of(first));
        update("DELETE FROM visit_staff_days WHERE month_start = ?", List.of(first));
        update("INSERT INTO visit_month (month_start, client_id, provider_id, service_code, visits, minutes)"
                + " SELECT CAST(? AS DATE), v.client_id, v.provider_id, v.service_code, COUNT(*),"
                + " SUM(COALESCE(v.minutes, 0)) FROM visit v WHERE v.visit_day BETWEEN ? AND ?"
                + " AND v.status = 'COMPLETE' AND v.declined = FALSE"
                + " GROUP BY v.client_id, v.provider_id, v.service_code", List.of(first, first, last));
        update("INSERT INTO visit_month_staff (month_start, client_id, provider_id, staff_count, visits)"
                + " SELECT CAST(? AS DATE), v.client_id, v.provider_id, COUNT(DISTINCT v.staff), COUNT(*)"
                + " FROM visit v WHERE v.visit_day BETWEEN ? AND ? AND v.status = 'COMPLETE'"
                + " GROUP BY v.client_id, v.provider_id", List.of(first, first, last));
        List<Object> params = new ArrayList<>();
        params.add(first);
        for (int d = 1; d <= month.lengthOfMonth(); d++) {
            params.add(Date.valueOf(month.atDay(d)));
        }
        params.add(first);
        params.add(last);
        update(staffDaysInsert(month, ""), params);
    }

    /**
     * The summary table {@code s} and, for a district, its clients {@code c}, up to and including WHERE. A district
     * is read from its clients (the client table's district index), each client's month looked up in the summary's
     * covering index: Derby otherwise hashes the whole month of the summary and fetches each row's client. The
     * comments are Derby's optimizer overrides (they must end the line); PostgreSQL reads them as comments and plans
     * the join itself (see docs/benchmarks.md, "Derby query plans").
     */
    private static String summaryFrom(String table, String coverIndex, Unit unit) {
        if (unit == Unit.DISTRICT) {
            return " --DERBY-PROPERTIES joinOrder=FIXED\n client c, " + table + " s"
                    + " --DERBY-PROPERTIES joinStrategy=NESTEDLOOP, index=" + coverIndex + "\n WHERE s.client_id = c.id AND";
        }
        return " " + table + " s WHERE";
    }

    /** The client column of a summary read: the district's client when read from the clients. */
    private static String summaryClient(Unit unit) {
        return unit == Unit.DISTRICT ? "c.id" : "s.client_id";
    }

    private static String join(String alias, Unit unit) {
        return unit == Unit.DISTRICT ? " JOIN client c ON c.id = " + alias + ".client_id" : "";
    }

    private static String condition(String alias, Unit unit) {
        return switch (unit) {
            case ALL -> "";
            case DISTRICT -> " AND c.district_id = ?";
            case PROVIDER -> " AND " + alias + ".provider_id = ?";
            case CLIENT -> " AND " + alias + ".client_id = ?";
        };
    }

    private static void addUnit(List<Object> params, Unit unit, Long id) {
        if (unit != Unit.ALL) {
            if (id == null) {
                throw new IllegalArgumentException("an id is needed for " + unit);
            }
            params.add(id);
        }
    }

    private List<Object[]> rows(String sql, List<Object> params) {
        List<Object[]> rows = new ArrayList<>();
        Jdbc.query(em, sql, params, rs -> {
            int columns = rs.getMetaData().getColumnCount();
            Object[] row = new Object[columns];
            for (int i = 0; i < columns; i++) {
                row[i] = rs.getObject(i + 1);
            }
            rows.add(row);
        });
        return rows;
    }

    private void update(String sql, List<?> params) {
        Query q = em.createNativeQuery(sql);
        for (int i = 0; i < params.size(); i++) {
            q.setParameter(i + 1, params.get(i));
        }
        q.executeUpdate();
    }

    private static String placeholders(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    private static long number(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }

    private static LocalDate day(Object o) {
        return o instanceof Date d ? d.toLocalDate() : (LocalDate) o;
    }
}
